// What the keyboard journeys wait for and check, shared by the journey files.
import { expect } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { newPage, settle, visit } from './browser.js';
import { focused, tab } from './keyboard.js';

/** After a failed submit: the error summary has focus (with a visible outline) and the title says so. */
export async function expectErrorSummaryFocused(page: Page, titlePrefix = '错误：') {
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
  // the title follows in the same update; its effect may run a frame after focus moved (2 s at most, then it fails)
  await page.waitForFunction((p) => document.title.startsWith(p), titlePrefix, { timeout: 2000 }).catch(() => undefined);
  expect(await page.title()).toMatch(new RegExp(`^${titlePrefix}`));
  expect((await focused(page)).outlineOk).toBe(true);
}

/** The polite live region says this (it speaks a moment after the change). */
export async function expectAnnounced(page: Page, text: string) {
  try {
    await page.waitForFunction((t) => document.querySelector('[data-testid="announcer"]')?.textContent?.includes(t), text, { timeout: 10_000 });
  } catch {
    throw new Error(`never announced "${text}"; the live region says "${await page.getByTestId('announcer').textContent()}"`);
  }
}

/** Waits for the page whose h1 is this text, or matches this pattern (client-side navigation has no load event). */
export async function expectH1(page: Page, text: string | RegExp) {
  const source = typeof text === 'string' ? `^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : text.source;
  try {
    await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('main h1')?.textContent ?? ''), source, { timeout: 15_000 });
  } catch {
    throw new Error(`expected the h1 to match ${String(text)}, it says "${await page.locator('main h1').first().innerText()}"; ${page.url()}`);
  }
  await settle(page);
}

/** The text of the main landmark. */
export const mainText = (page: Page) => page.locator('main').innerText();

/** In forced-colours mode every focus stop (up to max, or until focus leaves the page) still shows an outline and is not covered. */
export async function expectFocusShownInForcedColours(browser: Browser, path: string, session?: string, max = 40) {
  const { page, context } = await newPage(browser, { forcedColors: 'active', session });
  try {
    await visit(page, path);
    for (let i = 0; i < max; i++) {
      const s = await tab(page); // fails on a stop without an outline of at least 2px, or one that is covered
      if (s.isBody) break;
    }
  } finally {
    await context.close();
  }
}
