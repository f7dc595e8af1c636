// The shared per-route visit: one route in one language, reached once (in a tab kept per person and language, which
// follows the route as a link would: arrive below), and every check of a route run in that visit, so a new screen
// adds its route to a list instead of a file that loads every page again:
//   - axe, the whole rule set, in the default mode;
//   - the large-text and high-contrast modes switched on as the page's own buttons do, and axe's style rules in
//     each (7:1 contrast in high contrast) after proving that the mode changed neither the markup nor what is
//     shown; where it did (a chart drawn again at another size), the whole rule set runs in that mode instead.
//     In English the colour rules are left to the Chinese visit of the same route (a mode's colours do not depend
//     on the language); the other style rules (target size, scrolling regions) run, as the words' length matters;
//   - target sizes in the default and the large-text modes (44px and 60px; choices 24px);
//   - reflow: nothing scrolls sideways at 320 and 640 CSS px, nor at 320 with large text or with text at 200% (WCAG 1.4.10, 1.4.4); no table
//     scrolls inside its box under 640 (cards); names in table cells stay on one line at 640 and 1280;
//   - where the route asks for them: a 32px browser font with large text (1.4.4: text grows, nothing scrolls
//     sideways) and the text-spacing override at 640 CSS px (1.4.12: nothing clipped or scrolling sideways);
//   - the route's own expectations of what the page shows (so a scan is never of an error or an empty page);
//   - the tab's title (2.4.2): not the loading title once loaded, ending with the product's name, naming the page
//     (its h1 or the title the route declares);
//   - in English, the language of parts (3.1.2): every visible text with Chinese characters is in an element whose
//     closest lang is Chinese.
// Two visits do less, as what they leave out cannot come out differently from another visit of the same list:
//   - a route marked `variant` (another state of a screen the list visits in full: other data, another role, a filter,
//     an empty list) is checked in the default mode only: axe's whole rule set, target sizes, title, language marks and
//     its expectations; the modes and reflow are the screen's style sheet and layout, which the full visit checks;
//   - in English the high-contrast mode is not scanned when the markup stayed the same: without the colour rules only
//     target sizes and scrolling regions would run, which its style sheet (colours, borders on containers) and the
//     words do not change; the Chinese visit scans that mode in full.
import type { Browser, Page } from 'playwright-core';
import { appendFileSync, mkdirSync } from 'node:fs';
import { fingerprintDifference, markupFingerprint, preloadAxe, scan, setModeClasses, type Fingerprint } from './axe.js';
import { baseUrl } from './api.js';
import { failureScreenshot, newContext, settle, tabIn, visit, type Locale, type Mode } from './browser.js';
import { clipped, overflow, reflowProblems } from './reflow.js';
import { targetProblems, type TargetCount } from './targets.js';

export interface RouteReport {
  default: string[];
  largeText: string[];
  highContrast: string[];
  bestPractice: string[];
  targets: string[];
  reflow: string[];
  bigFont: string[];
  textSpacing: string[];
  /** The route's own expectation of the page, when it has one and it failed. */
  content: string[];
  /** The tab's title after loading: not the loading title, the product's name at the end, the page named. */
  title: string[];
  /** English pages: Chinese text not marked lang="zh-…". */
  lang: string[];
}

export const NO_PROBLEMS: RouteReport = {
  default: [], largeText: [], highContrast: [], bestPractice: [], targets: [], reflow: [], bigFont: [], textSpacing: [], content: [], title: [], lang: [],
};

export interface RouteCheckOptions {
  /** Checked on the loaded page before anything else; throws (or fails an expect) when the page is not what the route is about. */
  expectPage?: (page: Page) => Promise<void>;
  /** Counts of measured controls are added here, so a suite can prove its selectors found something. */
  measured?: TargetCount;
  /** Also a 32px browser font (CDP Page.setFontSizes) with the large-text mode. */
  bigFont?: boolean;
  /** Also the text-spacing override. */
  textSpacing?: boolean;
  /** The name the tab's title must contain when it is not the h1's text. */
  title?: string;
  /**
   * Another state of a screen that the same list visits in full (other data, another role, a filter, an empty list):
   * loaded, its expectations, title and language marks, axe's whole rule set and target sizes in the default mode.
   * The display modes and reflow depend on the screen's style sheet and layout, which the full visit checks.
   */
  variant?: boolean;
}

const APP_NAME: Record<Locale, string> = { 'zh-CN': '助业通', en: 'Zhuyetong' };
/** The home page's h1 is a sentence about the product; its tab says 首页 / Home. */
const HOME_TITLE: Record<Locale, string> = { 'zh-CN': '首页', en: 'Home' };
const LOADING_TITLE: Record<Locale, string> = { 'zh-CN': '正在加载，请稍等……', en: 'Loading, please wait…' };

/** 2.4.2: the loaded page's title is its own, not the loading state's, and ends with the product's name. */
export async function titleProblems(page: Page, label: string, locale: Locale, declared?: string): Promise<string[]> {
  // the title follows the last commit: give it the frame it needs
  const loading = `${LOADING_TITLE[locale]} - ${APP_NAME[locale]}`;
  await page.waitForFunction((l) => document.title !== l, loading, { timeout: 2000 }).catch(() => undefined);
  const { title, h1 } = await page.evaluate(() => ({
    title: document.title,
    h1: (document.querySelector('main h1') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '',
  }));
  const problems: string[] = [];
  if (title === loading || title.startsWith(LOADING_TITLE[locale])) problems.push(`${label}: the title is still the loading title`);
  else {
    if (!title.endsWith(` - ${APP_NAME[locale]}`)) problems.push(`${label}: the title "${title}" does not end with " - ${APP_NAME[locale]}"`);
    const name = declared ?? h1;
    if (!name || !title.includes(name)) problems.push(`${label}: the title "${title}" does not contain "${name}"${declared ? '' : ' (the h1)'}`);
  }
  return problems;
}

/** 3.1.2, English pages: visible text with Chinese characters whose closest lang is not Chinese (at most 10 named). */
export async function langProblems(page: Page, label: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const cjk = /[\u2e80-\u2fdf\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e]/;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!cjk.test(text)) continue;
      const el = n.parentElement;
      // what a person typed into a field is theirs, in whatever language they wrote it
      if (!el || el.closest('script, style, noscript, template, textarea, [hidden], [aria-hidden="true"]')) continue;
      if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.toLowerCase().startsWith('zh')) out.push(`"${text.trim().slice(0, 40)}" in <${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}>`);
    }
    return out;
  });
  if (!found.length) return [];
  return [`${label}: ${found.length} Chinese text(s) not marked lang="zh-CN": ${[...new Set(found)].slice(0, 10).join('; ')}`];
}

export const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

/** 1.4.4: with a 32px browser font and the large-text mode, body text is at least 45px and nothing scrolls sideways. */
async function bigFontProblems(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  await page.setViewportSize({ width: 1280, height: 900 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 32 } });
  await setModeClasses(page, 'large-text');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  if (body < 45) problems.push(`${label}: body text ${body}px with a 32px browser font and large text`);
  const o = await overflow(page);
  if (o.scrollWidth > o.clientWidth) problems.push(`${label}: scrollWidth ${o.scrollWidth} > ${o.clientWidth} with a 32px browser font and large text`);
  if (problems.length) await failureScreenshot(page, `font-32px-${label}`);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  await cdp.detach();
  await setModeClasses(page, 'default');
  return problems;
}

/** 1.4.12: line height 1.5, letter spacing .12em, word spacing .16em and paragraph spacing 2em clip nothing. */
async function textSpacingProblems(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  await page.setViewportSize({ width: 640, height: 800 });
  const override = await page.addStyleTag({ content: TEXT_SPACING_CSS });
  const o = await overflow(page);
  if (o.scrollWidth > o.clientWidth) problems.push(`${label}: scrolls sideways with the text-spacing override`);
  const cut = await clipped(page);
  if (cut.length) problems.push(`${label}: clipped with the text-spacing override: ${cut.join(', ')}`);
  if (problems.length) await failureScreenshot(page, `text-spacing-${label}`);
  // the tab goes on to the next route without a new load (arrive)
  await override.evaluate((e) => (e as Element).remove());
  return problems;
}

/**
 * Turns a display mode on the way the page's own buttons do (classes on <html>; the buttons themselves are tried
 * by keyboard in layout.browser-spec.ts), then waits two frames: whatever redraws on a size change (the charts)
 * has done so before the page is compared and scanned.
 */
async function switchMode(page: Page, mode: Mode) {
  await setModeClasses(page, mode);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
}

/**
 * Whether only the style rules need to run in a mode: the markup and what is shown are as in the default mode.
 * When not, the reason is written to test-output/axe/full-scans.jsonl (the whole rule set then runs).
 */
async function onlyStylesChanged(page: Page, before: Fingerprint, route: string, mode: string): Promise<boolean> {
  const after = await markupFingerprint(page);
  const why = after.markup !== before.markup ? await fingerprintDifference(page)
    : after.shown !== before.shown ? 'other elements shown' : '';
  if (!why) return true;
  mkdirSync('test-output/axe', { recursive: true });
  appendFileSync('test-output/axe/full-scans.jsonl', `${JSON.stringify({ route, mode, why })}\n`);
  return false;
}

/**
 * One tab per person and language, kept from route to route: its renderer, the client's scripts and their compiled
 * code stay warm. Before each route it is put back as a new tab would be: the saved preferences set again at the
 * next load (the init script of newContext), the default viewport and font sizes.
 */
const warm = new WeakMap<Browser, Map<string, Promise<Page>>>();

async function tabFor(browser: Browser, locale: Locale, session?: string): Promise<Page> {
  const tabs = warm.get(browser) ?? new Map<string, Promise<Page>>();
  warm.set(browser, tabs);
  const key = `${locale} ${session ?? 'anonymous'}`;
  if (!tabs.has(key)) {
    tabs.set(key, newContext(browser, { locale, session }).then(async (context) => {
      await preloadAxe(context);
      // Apollo's devtools hook (client/src/app/apollo.ts): arrive() empties the cache before it follows a route
      await context.addInitScript(() => window.localStorage.setItem('zyt.devtools', 'on'));
      return tabIn(context);
    }));
  }
  let page = await tabs.get(key)!;
  if (page.isClosed()) {
    page = await tabIn(page.context());
    tabs.set(key, Promise.resolve(page));
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  if (page.url().startsWith('http')) await page.evaluate(() => window.sessionStorage.removeItem('zyt.test.prefs'));
  return page;
}

type ApolloWindow = Window & { __APOLLO_CLIENT__?: { clearStore(): Promise<unknown> } };

/**
 * Brings the warm tab to a route. From a page of the product the tab follows it as a link would (the history API, no
 * new load): the client's scripts, axe and their compiled code stay in the page, which measured at a third of a
 * visit's time. The same screen with other parameters keeps its h1, so the tab passes through a path that is no page
 * first (the not-found page). A first visit, or a page that never takes focus within 5 s, is loaded anew (visit).
 */
async function arrive(page: Page, path: string): Promise<'followed' | 'loaded' | 'reloaded'> {
  const here = page.url();
  if (!here.startsWith(baseUrl())) {
    await visit(page, path);
    return 'loaded';
  }
  const samePath = new URL(here).pathname === new URL(path, here).pathname;
  if ((!samePath || await follow(page, '/__zyt-test-hop')) && await follow(page, path)) {
    await settle(page);
    return 'followed';
  }
  await visit(page, path);
  return 'reloaded';
}

/**
 * Follows a path in the page. Apollo's cache is emptied first, so the page asks the server for everything as a new
 * load would. The new page has arrived when its h1 has focus (components/Page.tsx moves it there when the path
 * changes; focus was taken off the old page first). False when the client has no devtools hook or focus never came.
 */
async function follow(page: Page, path: string): Promise<boolean> {
  const started = await page.evaluate(async (p) => {
    const client = (window as ApolloWindow).__APOLLO_CLIENT__;
    if (!client) return false;
    await client.clearStore();
    (document.activeElement as HTMLElement | null)?.blur();
    window.history.pushState(null, '', p);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    return true;
  }, path);
  return started && page.waitForFunction(() => document.activeElement?.matches('main h1'), undefined, { timeout: 5000 })
    .then(() => true, () => false);
}

/**
 * For scans of a state (errors shown, a dialog open): the warm tab of this person and language, brought to the path
 * (arrive). The test changes the page and scans it; the next arrive leaves that page as a link would, and React drops
 * what was typed and opened. A test that fails closes the tab (closeOnFailure), so the next one starts afresh.
 */
export async function stateTab(browser: Browser, locale: Locale, session: string | undefined, path: string): Promise<Page> {
  const page = await tabFor(browser, locale, session);
  await arrive(page, path);
  return page;
}

/** Runs a state's checks on its tab; when they fail, the tab is closed (its state is unknown) and the failure thrown. */
export async function closeOnFailure(page: Page, checks: () => Promise<void>): Promise<void> {
  try {
    await checks();
  } catch (e) {
    await page.close();
    throw e;
  }
}

/** With BROWSER_TIMING set: how long each step of a route's visit took, one line per route. */
function lapTimer() {
  let last = Date.now();
  const laps: string[] = [];
  return {
    lap(what: string) {
      const now = Date.now();
      laps.push(`${what} ${now - last}`);
      last = now;
    },
    print(label: string) {
      if (process.env.BROWSER_TIMING) console.log(`${label}: ${laps.join(', ')} ms`);
    },
  };
}

export async function checkRoute(browser: Browser, name: string, path: string, locale: Locale, session?: string,
  opts: RouteCheckOptions = {}): Promise<RouteReport> {
  const timer = lapTimer();
  const page = await tabFor(browser, locale, session);
  timer.lap('tab');
  const report: RouteReport = structuredClone(NO_PROBLEMS);
  const base = `${name}-${locale}`;
  // the colours of a mode are the same in both languages: the Chinese visit checks them (axe.ts, COLOUR_RULES)
  const withoutColour = locale !== 'zh-CN';
  try {
    timer.lap(await arrive(page, path));
    if (opts.expectPage) {
      try {
        await opts.expectPage(page);
      } catch (e) {
        report.content.push(String((e as Error).message ?? e).slice(0, 500));
        await failureScreenshot(page, `content-${base}`);
      }
    }
    const home = new URL(path, 'http://x').pathname === '/';
    report.title = await titleProblems(page, base, locale, opts.title ?? (home ? HOME_TITLE[locale] : undefined));
    if (locale === 'en') report.lang = await langProblems(page, base);
    if (report.title.length || report.lang.length) await failureScreenshot(page, `title-lang-${base}`);
    timer.lap('title+lang');
    const count = (c: TargetCount) => {
      if (opts.measured) {
        opts.measured.targets += c.targets;
        opts.measured.choices += c.choices;
      }
    };

    // the default mode: every rule, target sizes
    const before = await markupFingerprint(page, { keep: true });
    timer.lap('fingerprint');
    const d = await scan(page, `${base}-default`);
    timer.lap('axe-all');
    report.default = d.wcag;
    report.bestPractice.push(...d.bestPractice);
    const t = await targetProblems(page, `${name} default`, 44);
    report.targets.push(...t.problems);
    count(t.count);
    timer.lap('targets');

    if (opts.variant) {
      timer.print(base);
      return report;
    }

    // large text
    await switchMode(page, 'large-text');
    timer.lap('switch');
    const l = await scan(page, `${base}-large-text`, { stylesOnly: await onlyStylesChanged(page, before, base, 'large-text'), withoutColour });
    timer.lap('axe-large');
    report.largeText = l.wcag;
    report.bestPractice.push(...l.bestPractice);
    const tl = await targetProblems(page, `${name} large-text`, 60);
    report.targets.push(...tl.problems);
    count(tl.count);

    // high contrast: in a second language with the same markup, only the style rules without the colour ones would
    // run (target sizes, scrolling regions); the high-contrast style sheet changes colours and puts borders on
    // containers, not the size of any control, and nothing in it depends on the words: the Chinese visit scans it
    await switchMode(page, 'high-contrast');
    timer.lap('switch');
    const contrastStylesOnly = await onlyStylesChanged(page, before, base, 'high-contrast');
    if (!(withoutColour && contrastStylesOnly)) {
      const h = await scan(page, `${base}-high-contrast`, { enhancedContrast: true, stylesOnly: contrastStylesOnly, withoutColour });
      report.highContrast = h.wcag;
      report.bestPractice.push(...h.bestPractice);
    }
    timer.lap('axe-contrast');
    await switchMode(page, 'default');
    if (report.targets.length) await failureScreenshot(page, `targets-${base}`);

    // reflow at 320 and 640 CSS px, and at 320 with large text and with text at 200%
    timer.lap('switch');
    report.reflow = await reflowProblems(page, base, `reflow-${base}`);
    timer.lap('reflow');
    if (opts.bigFont) report.bigFont = await bigFontProblems(page, base);
    // last: the override stays in the page
    if (opts.textSpacing) report.textSpacing = await textSpacingProblems(page, base);
    timer.lap('font+spacing');
    timer.print(base);
    return report;
  } catch (e) {
    // a tab left in an unknown state is not used again
    await page.close();
    throw e;
  }
}
