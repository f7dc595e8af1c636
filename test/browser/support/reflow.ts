// Reflow (WCAG 1.4.10) and clipping checks shared by the layout specs.
import type { Page } from 'playwright-core';
import { failureScreenshot } from './browser.js';

/** The page's own width against the viewport: wider means sideways scrolling. */
export const overflow = (page: Page) => page.evaluate(() => {
  const d = document.documentElement;
  return { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth };
});

/** Elements whose content is cut off by overflow: hidden/clip (screen-reader-only text excepted). */
export const clipped = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('body *'))
  .filter((el) => {
    if (el.closest('.visually-hidden') || el.offsetParent === null) return false;
    const cs = getComputedStyle(el);
    const hides = (v: string) => v === 'hidden' || v === 'clip';
    return (hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1);
  })
  .map((el) => `${el.tagName.toLowerCase()}.${el.className}`));

/**
 * The page as it is, at 320 and 640 CSS px and at 320 with large text: one line per width and mode that
 * scrolls sideways (with a screenshot named after shotName). Leaves the page in the default mode.
 */
export async function reflowProblems(page: Page, label: string, shotName: string): Promise<string[]> {
  const problems: string[] = [];
  for (const [width, mode] of [[320, 'default'], [640, 'default'], [320, 'large-text']] as const) {
    await page.setViewportSize({ width, height: 640 });
    await page.evaluate((large) => document.documentElement.classList.toggle('large-text', large), mode === 'large-text');
    const o = await overflow(page);
    if (o.scrollWidth > o.clientWidth) {
      problems.push(`${label} ${width}px ${mode}: scrollWidth ${o.scrollWidth} > ${o.clientWidth}`);
      await failureScreenshot(page, `${shotName}-${width}-${mode}`);
    }
  }
  await page.evaluate(() => document.documentElement.classList.remove('large-text'));
  return problems;
}
