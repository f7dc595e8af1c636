// The shared per-route visit: one route in one language, loaded once, and every check of a route run in that
// visit, so a new screen adds its route to a list instead of a file that loads every page again:
//   - axe, the whole rule set, in the default mode;
//   - the large-text and high-contrast modes switched on with the page's own buttons, proving that neither
//     changes the markup or what is shown, and axe's style rules in each (7:1 contrast in high contrast);
//   - target sizes in the default and the large-text modes (44px and 60px; choices 24px);
//   - reflow: nothing scrolls sideways at 320 and 640 CSS px, nor at 320 with large text (WCAG 1.4.10);
//   - the route's own expectations of what the page shows (so a scan is never of an error or an empty page).
import type { Browser, Page } from 'playwright-core';
import { markupFingerprint, scan } from './axe.js';
import { failureScreenshot, newPage, visit, type Locale } from './browser.js';
import { reflowProblems } from './reflow.js';
import { targetProblems, type TargetCount } from './targets.js';

export interface RouteReport {
  default: string[];
  largeText: string[];
  highContrast: string[];
  bestPractice: string[];
  /** Display modes that changed the markup or what is shown (the style-only scans would then miss something). */
  markupChangedBy: string[];
  targets: string[];
  reflow: string[];
  /** The route's own expectation of the page, when it has one and it failed. */
  content: string[];
}

export const NO_PROBLEMS: RouteReport = {
  default: [], largeText: [], highContrast: [], bestPractice: [], markupChangedBy: [], targets: [], reflow: [], content: [],
};

export interface RouteCheckOptions {
  /** Checked on the loaded page before anything else; throws (or fails an expect) when the page is not what the route is about. */
  expectPage?: (page: Page) => Promise<void>;
  /** Counts of measured controls are added here, so a suite can prove its selectors found something. */
  measured?: TargetCount;
}

async function clickMode(page: Page, label: string, cls: string, on: boolean) {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.waitForFunction(([c, want]) => document.documentElement.classList.contains(c as string) === want, [cls, on] as const);
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 60), i + 60)}… became …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

export async function checkRoute(browser: Browser, name: string, path: string, locale: Locale, session?: string,
  opts: RouteCheckOptions = {}): Promise<RouteReport> {
  const { page, context } = await newPage(browser, { locale, session });
  const report: RouteReport = structuredClone(NO_PROBLEMS);
  const base = `${name}-${locale}`;
  try {
    const t0 = Date.now();
    await visit(page, path);
    const t1 = Date.now();
    if (opts.expectPage) {
      try {
        await opts.expectPage(page);
      } catch (e) {
        report.content.push(String((e as Error).message ?? e).slice(0, 500));
        await failureScreenshot(page, `content-${base}`);
      }
    }
    const label = (zh: string, en: string) => (locale === 'en' ? en : zh);
    const large = label('大字模式', 'Large text');
    const contrast = label('高对比度', 'High contrast');
    const count = (c: TargetCount) => {
      if (opts.measured) {
        opts.measured.targets += c.targets;
        opts.measured.choices += c.choices;
      }
    };

    // the default mode: every rule, target sizes
    const before = await markupFingerprint(page);
    const d = await scan(page, `${base}-default`);
    report.default = d.wcag;
    report.bestPractice.push(...d.bestPractice);
    const t = await targetProblems(page, `${name} default`, 44);
    report.targets.push(...t.problems);
    count(t.count);

    // large text, by its button
    await clickMode(page, large, 'large-text', true);
    const afterLarge = await markupFingerprint(page);
    if (afterLarge.markup !== before.markup) report.markupChangedBy.push(`large-text: ${firstDifference(before.markup, afterLarge.markup)}`);
    else if (afterLarge.shown !== before.shown) report.markupChangedBy.push('large-text: other elements shown');
    const l = await scan(page, `${base}-large-text`, { stylesOnly: true });
    report.largeText = l.wcag;
    report.bestPractice.push(...l.bestPractice);
    const tl = await targetProblems(page, `${name} large-text`, 60);
    report.targets.push(...tl.problems);
    count(tl.count);
    await clickMode(page, large, 'large-text', false);

    // high contrast, by its button
    await clickMode(page, contrast, 'high-contrast', true);
    const afterContrast = await markupFingerprint(page);
    if (afterContrast.markup !== before.markup) report.markupChangedBy.push(`high-contrast: ${firstDifference(before.markup, afterContrast.markup)}`);
    else if (afterContrast.shown !== before.shown) report.markupChangedBy.push('high-contrast: other elements shown');
    const h = await scan(page, `${base}-high-contrast`, { enhancedContrast: true, stylesOnly: true });
    report.highContrast = h.wcag;
    report.bestPractice.push(...h.bestPractice);
    await clickMode(page, contrast, 'high-contrast', false);
    if (report.targets.length) await failureScreenshot(page, `targets-${base}`);

    // reflow at 320 and 640 CSS px, and at 320 with large text
    const t2 = Date.now();
    report.reflow = await reflowProblems(page, base, `reflow-${base}`);
    if (process.env.BROWSER_TIMING) console.log(`${base}: load ${t1 - t0} ms, scans ${t2 - t1} ms, reflow ${Date.now() - t2} ms`);
    return report;
  } finally {
    await context.close();
  }
}
