// One route in one language, scanned in the three display modes the person can choose. The modes are
// switched with the page's own buttons.
import type { Browser } from 'playwright-core';
import { scan } from './axe.js';
import { newPage, screenshot, visit, type Locale } from './browser.js';

const MAIN_SCREENS = ['home', 'jobs', 'job-detail', 'sign-up', 'profile-wizard-consent', 'profile-wizard-disability', 'applications',
  'postings', 'posting-new', 'applicants'];

export interface ModeResults { default: string[]; largeText: string[]; highContrast: string[]; bestPractice: string[] }

export async function scanRouteInAllModes(browser: Browser, name: string, path: string, locale: Locale, session?: string): Promise<ModeResults> {
  const { page, context } = await newPage(browser, { locale, session });
  try {
    const t0 = Date.now();
    await visit(page, path);
    const t1 = Date.now();
    const label = (zh: string, en: string) => (locale === 'en' ? en : zh);
    const base = `${name}-${locale}`;
    // every route in the default mode; the main screens in every mode (Chinese)
    const shotAllModes = locale === 'zh-CN' && MAIN_SCREENS.includes(name);
    const d = await scan(page, `${base}-default`);
    await screenshot(page, `${base}-default`);
    await page.getByRole('button', { name: label('大字模式', 'Large text') }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('large-text'));
    const l = await scan(page, `${base}-large-text`);
    if (shotAllModes) await screenshot(page, `${base}-large-text`);
    await page.getByRole('button', { name: label('大字模式', 'Large text') }).click();
    await page.getByRole('button', { name: label('高对比度', 'High contrast') }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('high-contrast'));
    const h = await scan(page, `${base}-high-contrast`, { enhancedContrast: true });
    if (shotAllModes) await screenshot(page, `${base}-high-contrast`);
    if (process.env.BROWSER_TIMING) console.log(`${base}: load ${t1 - t0} ms, scans ${Date.now() - t1} ms`);
    return { default: d.wcag, largeText: l.wcag, highContrast: h.wcag, bestPractice: [...d.bestPractice, ...l.bestPractice, ...h.bestPractice] };
  } finally {
    await context.close();
  }
}

export const NO_VIOLATIONS: ModeResults = { default: [], largeText: [], highContrast: [], bestPractice: [] };
