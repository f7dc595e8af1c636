// axe-core in the page: the WCAG 2.x A/AA rules (with label-content-name-mismatch switched on, and the
// 7:1 enhanced contrast rule in high-contrast mode) and best-practice as a second gate. What axe could not
// decide ("incomplete") is saved under test-output/axe/ for a person to review.
//
// axe-core is put into the page once per page load and run there (axe.run). Measured on the job search page:
// @axe-core/playwright's analyze() took 4 to 7 times as long, because every call injects axe again, opens a
// second page to finish the run and builds a selector for every passing node; the product's pages have no frames,
// which is what its extra work is for. Only violations and incomplete results are reported in full.
//
// The display modes (large text, high contrast) change styles: where the page's markup and what is shown stay the
// same (scan-route.ts checks that on every route it visits, markupFingerprint below), the rules that read only
// markup, names and visibility cannot come out differently, so the whole rule set runs once, in the default mode,
// and in the other modes only the rules whose outcome can depend on styles do.
import axe from 'axe-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { failureScreenshot, type Mode } from './browser.js';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules that read computed styles or layout: colours (contrast, links told apart from text only by colour),
 * sizes and spacing of targets, scrolling regions (overflow), orientation locks in the style sheets. Every other
 * rule reads markup, accessible names and whether an element is shown, which a display mode does not change.
 */
export const STYLE_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'css-orientation-lock'];

/**
 * The style rules that read colours only. A display mode's colours are the same in every language (one style sheet,
 * no colour depends on the words), so a second language's visit leaves them to the first language's (scan-route.ts):
 * they are also the costliest rules, measured at 70% of a high-contrast scan.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface AxeNode { target: unknown; failureSummary?: string }
interface AxeRule { id: string; impact?: string | null; help: string; tags: string[]; nodes: AxeNode[] }
interface AxeRun { violations: AxeRule[]; incomplete: AxeRule[]; passes: AxeRule[] }

function describe(results: AxeRule[]): string[] {
  return results.map((r) => `${r.id} (${r.impact}): ${r.help}\n    ${r.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')).join('\n    ')}`);
}

export interface AxeOutcome { wcag: string[]; bestPractice: string[] }

export interface ScanOptions {
  /** The 7:1 rule as well (high-contrast mode). */
  enhancedContrast?: boolean;
  /** Only the rules that depend on styles (STYLE_RULES): for a display mode after the full scan of the same markup. */
  stylesOnly?: boolean;
  /** With stylesOnly: the colour rules left out too (a second language's visit; see COLOUR_RULES). */
  withoutColour?: boolean;
}

/**
 * Has every page of the context load axe-core itself (an init script, sent to the browser once per tab), instead of
 * sending its 500 kB source with each page load: for the tabs that scan every page they load (scan-route.ts).
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

/** Runs axe-core in the page (put there first if this page load does not have it yet). */
async function runAxe(page: Page, options: Record<string, unknown>): Promise<AxeRun> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate((o) => (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<AxeRun> } }).axe.run(document, o)
    .then((r) => ({ violations: r.violations, incomplete: r.incomplete, passes: r.passes.map((p) => ({ ...p, nodes: [] })) })), options);
}

export async function scan(page: Page, name: string, { enhancedContrast = false, stylesOnly = false, withoutColour = false }: ScanOptions = {}): Promise<AxeOutcome> {
  const colour = !(stylesOnly && withoutColour);
  const styleRules = colour ? [...STYLE_RULES, ...(enhancedContrast ? ['color-contrast-enhanced'] : [])] : STYLE_RULES.filter((r) => !COLOUR_RULES.includes(r));
  // colours in the middle of a transition are not what anyone reads
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const result = await runAxe(page, stylesOnly
    ? {
      // both contrast rules in high-contrast mode: the 7:1 one leaves text under 4.5:1 to the AA rule (minThreshold)
      runOnly: { type: 'rule', values: styleRules },
      // a rule that is off by default (the 7:1 one) must also be switched on, naming it in runOnly is not enough
      rules: enhancedContrast && colour ? { 'color-contrast-enhanced': { enabled: true } } : {},
      resultTypes: ['violations', 'incomplete'],
    }
    // one run covers both gates; violations are told apart by their best-practice tag
    : {
      runOnly: { type: 'tag', values: [...WCAG_TAGS, 'best-practice'] },
      rules: { 'label-content-name-mismatch': { enabled: true }, ...(enhancedContrast ? { 'color-contrast-enhanced': { enabled: true } } : {}) },
      resultTypes: ['violations', 'incomplete'],
    });
  const isBestPractice = (r: { tags: string[] }) => r.tags.includes('best-practice');
  mkdirSync('test-output/axe', { recursive: true });
  writeFileSync(`test-output/axe/${name.replace(/[^\w.-]+/g, '_')}.json`, JSON.stringify({
    url: page.url(),
    rules: stylesOnly ? (colour ? 'styles' : 'styles without colour') : 'all',
    incomplete: result.incomplete.map((r) => ({ id: r.id, help: r.help, nodes: r.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })) })),
    passed: result.passes.map((r) => r.id),
  }, null, 2));
  const outcome = {
    wcag: describe(result.violations.filter((r) => !isBestPractice(r))),
    bestPractice: describe(result.violations.filter(isBestPractice)),
  };
  if (outcome.wcag.length || outcome.bestPractice.length) await failureScreenshot(page, `axe-${name}`);
  return outcome;
}

/** Sets a display mode the way the page's own buttons do (they may be inert behind an open dialog). */
export async function setModeClasses(page: Page, mode: Mode): Promise<void> {
  await page.evaluate((m) => {
    document.documentElement.classList.toggle('large-text', m === 'large-text');
    document.documentElement.classList.toggle('high-contrast', m === 'high-contrast');
  }, mode);
}

export interface ModeOutcomes { default: AxeOutcome; 'large-text': AxeOutcome; 'high-contrast': AxeOutcome }

/**
 * The page as it is now (a form with its errors, an open dialog …) in the three display modes: every rule in the
 * default mode, the style rules in the others (the modes are classes on <html>: the markup cannot change).
 * In the second language (English) of a state scanned in both, the colour rules and the high-contrast mode are left
 * to the first language's scan, as in the route visits (scan-route.ts): neither depends on the words.
 * Returns only the modes with violations, so `toEqual({})` passes on a clean page. Leaves the default mode on.
 */
export async function scanInAllModes(page: Page, name: string, { secondLanguage = false } = {}): Promise<Partial<ModeOutcomes>> {
  const failures: Partial<ModeOutcomes> = {};
  const modes = secondLanguage ? ['default', 'large-text'] as const : ['default', 'large-text', 'high-contrast'] as const;
  for (const mode of modes) {
    await setModeClasses(page, mode);
    const r = await scan(page, `${name}-${mode}`, { enhancedContrast: mode === 'high-contrast', stylesOnly: mode !== 'default', withoutColour: secondLanguage });
    if (r.wcag.length || r.bestPractice.length) failures[mode] = r;
  }
  await setModeClasses(page, 'default');
  return failures;
}

/**
 * What the rules other than STYLE_RULES read: the markup (with the display buttons' pressed state left out) and
 * which elements are shown. Equal fingerprints in two modes mean those rules cannot come out differently.
 * Only hashes cross to the test (a page's markup is up to hundreds of kilobytes, three times per route visit); the
 * page keeps the full text of the last fingerprint taken with `keep`, so fingerprintDifference can say what changed.
 */
export interface Fingerprint { markup: string; shown: string }

export const markupFingerprint = (page: Page, { keep = false }: { keep?: boolean } = {}): Promise<Fingerprint> => page.evaluate((k) => {
  const clone = document.body.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[aria-pressed]').forEach((el) => el.removeAttribute('aria-pressed'));
  const full = {
    markup: clone.outerHTML,
    shown: Array.from(document.body.querySelectorAll('*')).map((el) => (el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) ? '1' : '0')).join(''),
  };
  if (k) (window as unknown as { __zytFingerprint: typeof full }).__zytFingerprint = full;
  // cyrb53: a 53-bit string hash, plenty to tell two versions of one page apart
  const hash = (str: string) => {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < str.length; i++) {
      const ch = str.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return `${str.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
  };
  return { markup: hash(full.markup), shown: hash(full.shown) };
}, keep);

/** Where the page's markup now first differs from the fingerprint kept in it ('' when the same). */
export const fingerprintDifference = (page: Page): Promise<string> => page.evaluate(() => {
  const kept = (window as unknown as { __zytFingerprint?: { markup: string } }).__zytFingerprint;
  if (!kept) return 'no fingerprint kept';
  const clone = document.body.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[aria-pressed]').forEach((el) => el.removeAttribute('aria-pressed'));
  const [a, b] = [kept.markup, clone.outerHTML];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length ? '' : `…${a.slice(Math.max(0, i - 60), i + 60)}… became …${b.slice(Math.max(0, i - 60), i + 60)}…`;
});
