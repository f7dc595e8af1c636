// Pages in the shared Chromium: a fresh context per page with the language, display modes and session a
// test asks for; screenshots under test-output/screens when a check fails (all of them with BROWSER_SCREENSHOTS=all).
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl } from './api.js';

export type Locale = 'zh-CN' | 'en';
export type Mode = 'default' | 'large-text' | 'high-contrast';

export interface PageOptions {
  locale?: Locale;
  mode?: Mode;
  /** The zyt_session cookie value of a signed-in user. */
  session?: string;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
}

export async function connect(): Promise<Browser> {
  const ws = process.env.BROWSER_WS_ENDPOINT;
  if (!ws) throw new Error('BROWSER_WS_ENDPOINT is not set: run through jest.browser.config.js');
  return chromium.connect(ws);
}

/** A browser context (a profile of its own) with the language, display modes and session a test asks for. */
export async function newContext(browser: Browser, opts: PageOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    locale: opts.locale === 'en' ? 'en-US' : 'zh-CN',
    reducedMotion: opts.reducedMotion ?? 'no-preference',
    forcedColors: opts.forcedColors ?? 'none',
  });
  const mode = opts.mode ?? 'default';
  const prefs = {
    locale: opts.locale ?? 'zh-CN',
    display: JSON.stringify({ largeText: mode === 'large-text', highContrast: mode === 'high-contrast' }),
  };
  // the person's saved preferences, set once per tab: later changes made in the page must survive reloads
  await context.addInitScript((p: { locale: string; display: string }) => {
    if (window.sessionStorage.getItem('zyt.test.prefs')) return;
    window.localStorage.setItem('zyt.locale', p.locale);
    window.localStorage.setItem('zyt.display', p.display);
    window.sessionStorage.setItem('zyt.test.prefs', '1');
  }, prefs);
  // counts requests in flight, so a test knows when the page has its data without networkidle's fixed wait
  await context.addInitScript(() => {
    const w = window as unknown as { __inflight: number };
    w.__inflight = 0;
    const original = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      w.__inflight++;
      try {
        return await original(...args);
      } finally {
        setTimeout(() => { w.__inflight--; }, 0);
      }
    };
  });
  if (opts.session) await context.addCookies([{ name: 'zyt_session', value: opts.session, url: baseUrl() }]);
  return context;
}

/** A new tab in a context: the saved preferences are set again for it (they are set once per tab). */
export async function tabIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  return page;
}

/** A page in a fresh context of its own. */
export async function newPage(browser: Browser, opts: PageOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, opts);
  return { context, page: await tabIn(context) };
}

/** Loads a path and waits until the page has its h1 and no request is pending. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(baseUrl() + path);
  await settle(page);
}

export async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(() => (window as unknown as { __inflight?: number }).__inflight === 0
    && !document.querySelector('main [role="status"]')?.textContent?.match(/正在加载|Loading/));
  // one more frame: React commits what the last response brought
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/**
 * A picture of the page for a person to look at: taken only with BROWSER_SCREENSHOTS=all (they cost time on every
 * run, and nobody looks at the ones of pages that passed). Checks that fail take theirs with failureScreenshot.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.BROWSER_SCREENSHOTS !== 'all') return;
  await takeScreenshot(page, name);
}

/** A picture of a page on which a check failed (test-output/screens/failed-*.png), unless BROWSER_SCREENSHOTS=off. */
export async function failureScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.BROWSER_SCREENSHOTS === 'off') return;
  await takeScreenshot(page, `failed-${name}`).catch(() => undefined);
}

async function takeScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-output/screens', { recursive: true });
  await page.screenshot({ path: `test-output/screens/${name.replace(/[^\w.-]+/g, '_')}.png`, fullPage: true });
}
