// The action-plan dashboard and the quarterly report in real Chromium against the real server: axe on every
// route (city and county views, zh-CN and en, three display modes) and after the public-welfare form's states;
// a city staff member's keyboard-only journey from the workbench through the dashboard (into a county and
// back), the public-welfare form (a bad number, then a good one) and the quarterly report, whose Excel export
// must hold the numbers the page shows; and the report's print layout. Today no plan is in force (the 2022-2024 plan
// ended): the dashboard says so, and the journey picks the 2022-2024 plan to follow it. Last, a city staff member
// enters a new plan in force today, keyboard only, and the dashboard follows it (so that runs after the rest).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { arrangePlanWorld, HUAIBIN, MASSAGE_JOURNEY, TEST_TARGETS, XIXIAN, type PlanWorld } from './staff-plan-world.js';
import { scanInAllModes } from './support/axe.js';
import { connect, failureScreenshot, newPage, screenshot, settle, visit, type Locale } from './support/browser.js';
import { chooseOption, focused, tab, tabTo, typeText, walkPage } from './support/keyboard.js';
import { checkRoute, NO_PROBLEMS } from './support/scan-route.js';
import { expectAnnounced, expectErrorSummaryFocused, expectH1 } from './support/expectations.js';

let browser: Browser;
let world: PlanWorld;

beforeAll(async () => {
  browser = await connect();
  world = await arrangePlanWorld();
});
afterAll(async () => {
  await browser.close();
});

// the 2022-2024 plan the migration ships
const SEEDED_PLAN = '0e5c2a2e-2022-4024-a000-000000006900';
const SEEDED_TITLE = '信阳市促进残疾人就业三年行动实施方案（2022-2024年）';

const ROUTES: Array<{ name: string; path: string | (() => string); session?: () => string; variant?: true }> = [
  // the workbench every staff tool starts from
  { name: 'workbench', path: '/staff' },
  // no plan in force today: said plainly, this year against the last plan's (derived) yearly pace
  { name: 'plan-city', path: '/staff/plan' },
  // the ended 2022-2024 plan: its final result
  { name: 'plan-ended', variant: true, path: `/staff/plan?plan=${SEEDED_PLAN}` },
  { name: 'plan-county', variant: true, path: `/staff/plan?plan=${SEEDED_PLAN}&county=${XIXIAN}` },
  // the plans: the list, a new one, the shipped one
  { name: 'plans', path: '/staff/plans' },
  { name: 'plans-new', path: '/staff/plans/new' },
  { name: 'plans-edit', path: `/staff/plans/${SEEDED_PLAN}` },
  // the current quarter, which no plan covers
  { name: 'quarterly-current', variant: true, path: '/staff/reports/quarterly' },
  // an address naming no county of the city: the server's words and the way back
  { name: 'plan-unknown-county', variant: true, path: '/staff/plan?county=000000' },
  { name: 'quarterly-city', path: '/staff/reports/quarterly?year=2023&quarter=1' },
  { name: 'quarterly-county', variant: true, path: `/staff/reports/quarterly?year=2023&quarter=2&county=${XIXIAN}` },
  // a quarter nobody in the county was placed in: the empty breakdowns say so in words
  { name: 'quarterly-county-empty', variant: true, path: `/staff/reports/quarterly?year=2022&quarter=3&county=${HUAIBIN}` },
  // the placement register, recording a hire, and one placement with its history (ended, then corrected)
  { name: 'placements', path: '/staff/placements' },
  { name: 'placements-excluded', variant: true, path: '/staff/placements?status=excluded' },
  { name: 'placement-record', path: '/staff/placements/new' },
  { name: 'placement', path: () => `/staff/placements/${world.placementId}` },
  // issue 15: the report as 息县's staff see it (its submission state), the city's submissions (a county opened: its
  // frozen figures, the return form, two versions to compare), priority outreach (all, and one county and group)
  { name: 'quarterly-county-staff', variant: true, path: '/staff/reports/quarterly?year=2023&quarter=2', session: () => world.xixianStaff },
  { name: 'submissions', path: '/staff/reports/submissions?year=2023&quarter=2' },
  { name: 'submission-open', path: `/staff/reports/submissions?year=2023&quarter=2&county=${XIXIAN}` },
  { name: 'outreach', path: '/staff/outreach' },
  { name: 'outreach-filtered', variant: true, path: `/staff/outreach?county=${XIXIAN}&group=MINIMUM_INCOME` },
  // issue 17: campaigns (the list with the 助残类公益性岗位, a new one, one with its progress, changing it)
  { name: 'campaigns', path: '/staff/campaigns' },
  { name: 'campaign-new', path: '/staff/campaigns/new' },
  { name: 'campaign', path: () => `/staff/campaigns/${world.campaignId}` },
  { name: 'campaign-edit', variant: true, path: () => `/staff/campaigns/${world.campaignId}/edit` },
  // finding placements to link to it: 息县's three, one linked already (link and unlink buttons)
  { name: 'campaign-placements', path: () => `/staff/campaigns/${world.campaignId}/placements?q=${encodeURIComponent('息县国有农业')}` },
];

describe('the plan routes: axe in every display mode, target sizes, reflow', () => {
  describe.each(['zh-CN', 'en'] as const)('%s', (locale) => {
    it.each(ROUTES.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
      // the busiest: a 32px browser font and the text-spacing override too
      const busy = ['plan-city', 'quarterly-city'].includes(route.name);
      const path = typeof route.path === 'function' ? route.path() : route.path;
      const session = 'session' in route && route.session ? route.session() : world.staff;
      const report = await checkRoute(browser, `staff-${route.name}`, path, locale, session, { bigFont: busy, textSpacing: busy, variant: route.variant });
      expect(report).toEqual(NO_PROBLEMS);
    });
  });
});

/** Focuses a control and presses a key on it (the way a keyboard user reaches a state). */
async function pressOn(page: Page, selector: string, key = 'Enter') {
  await page.locator(selector).focus();
  await page.keyboard.press(key);
}

describe('axe: the public-welfare form after a failed and a good submit', () => {
  it.each(['zh-CN', 'en'] as const)('%s, in the default, large-text and high-contrast modes', async (locale: Locale) => {
    const { page, context } = await newPage(browser, { locale, session: world.staff });
    try {
      await visit(page, `/staff/plan?plan=${SEEDED_PLAN}&county=${XIXIAN}`);
      await page.locator('#welfare-total').fill('-3');
      await pressOn(page, '#welfare-form-title ~ button[type=submit]');
      await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
      const failed = await scanInAllModes(page, `staff-plan-welfare-error-${locale}`, { secondLanguage: locale === 'en' });
      // a year of the plan nobody else reports for in this county: the journey reports 2023
      await page.locator('#welfare-year').selectOption('2022');
      await page.locator('#welfare-total').fill('12');
      await pressOn(page, '#welfare-form-title ~ button[type=submit]');
      await page.locator('#welfare-form-title ~ .notice.success').waitFor();
      await settle(page);
      const saved = await scanInAllModes(page, `staff-plan-welfare-saved-${locale}`, { secondLanguage: locale === 'en' });
      expect({ failed, saved }).toEqual({ failed: {}, saved: {} });
    } finally {
      await context.close();
    }
  });
});

async function enter(page: Page) {
  await page.keyboard.press('Enter');
}

/** The cells after the row header named `header` in the table captioned `caption`. */
async function rowCells(page: Page, caption: string | RegExp, header: string): Promise<string[]> {
  const table = page.getByRole('table', { name: caption });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });
  return (await row.getByRole('cell').allInnerTexts()).map((s) => s.trim());
}

describe('keyboard only: a city staff member follows the plan and sends the quarterly report', () => {
  let page: Page;
  let pageNumbers: Record<string, string[]>;

  beforeAll(async () => {
    ({ page } = await newPage(browser, { session: world.staff }));
  });

  it('goes from the workbench to the dashboard, which says no plan is in force; picks the 2022-2024 plan, into 息县 and back', async () => {
    await visit(page, '/staff');
    expect((await tab(page)).name).toBe('跳到主要内容');
    await tabTo(page, '行动计划进展');
    await enter(page);
    await expectH1(page, '行动计划进展');
    await expect(page.locator('main .notice').first().innerText()).resolves.toMatch(/没有正在实施的行动方案。/);
    await expect(page.locator('main').innerText()).resolves.toContain('年均进度是推算的，不是方案文本设定的');
    expect(await page.getByRole('progressbar', { name: /^时间进度/ }).count()).toBe(0);

    await tabTo(page, 'plan-plan');
    await chooseOption(page, new RegExp(`^${SEEDED_TITLE.replace(/[()（）]/g, '.')}`));
    await tabTo(page, '查看');
    await enter(page);
    await page.waitForFunction(() => document.querySelector('.plan-status')?.textContent?.startsWith('本方案已于'));
    await settle(page);
    expect((await focused(page)).tag).toBe('h1');
    // the ended plan: its final result against the target, not the time elapsed
    expect(await page.getByRole('progressbar', { name: /^完成目标：/ }).getAttribute('max')).toBe('6900');
    expect(await page.getByRole('progressbar', { name: /^时间进度/ }).count()).toBe(0);
    await expect(page.getByRole('heading', { level: 2, name: '最终结果' }).count()).resolves.toBe(1);
    await expect(page.locator('.plan-card').innerText()).resolves.toContain(SEEDED_TITLE);
    // each target against its own figure (this file's world gives the plan a year's and two counties' targets)
    const TARGETS = '方案设定的目标和完成情况';
    const [year2023] = await rowCells(page, '每年新增就业和累计', '2023年');
    expect(await rowCells(page, TARGETS, '2023年，全市：新增就业')).toEqual(['8 人', `${year2023} 人`, `${Math.round((Number(year2023) / 8) * 1000) / 10}%`,
      Number(year2023) >= 8 ? '已达到' : '未达到', TEST_TARGETS[0].targetSource]);
    expect(await rowCells(page, TARGETS, '方案期，淮滨县：新增就业')).toEqual(['2 人', '2 人', '100%', '已达到', TEST_TARGETS[1].targetSource]);
    expect(await rowCells(page, TARGETS, '2024年，息县：新增就业')).toEqual(['2 人', '0 人', '0%', '未达到', TEST_TARGETS[2].targetSource]);

    await tabTo(page, 'plan-county');
    await chooseOption(page, '息县');
    await tabTo(page, '查看');
    await enter(page);
    await expectH1(page, '行动计划进展：息县');
    expect((await focused(page)).tag).toBe('h1');
    expect(page.url()).toContain(`plan=${SEEDED_PLAN}&county=${XIXIAN}`);
    // 息县's own numbers: three placed, two in the first quarter of 2023, one on a public-welfare post
    await expect(page.locator('.stat-grid').innerText()).resolves.toContain('3 人');
    expect(await rowCells(page, '每季度新增就业', '2023年第1季度')).toEqual(['2']);
    expect(await rowCells(page, '每季度新增就业', '2023年第2季度')).toEqual(['1']);
    expect(await rowCells(page, '每年新增就业和累计', '2023年')).toEqual(['3', '3']);
    expect(await rowCells(page, '各就业形式新增就业', '公益性岗位')).toEqual(['1', '33.3%']);
    expect(await rowCells(page, '各行动方向新增就业', '国有企业安排')).toEqual(['2', '66.7%']);
    expect(await page.getByRole('table', { name: '各县区新增就业' }).count()).toBe(0);
    // 息县 sees its own target only
    expect(await page.getByRole('table', { name: '方案设定的目标和完成情况' }).getByRole('rowheader').allInnerTexts()).toEqual(['2024年，息县：新增就业']);

    await tabTo(page, '返回全市');
    await enter(page);
    await expectH1(page, '行动计划进展');
    expect(new URL(page.url()).search).toBe(`?plan=${SEEDED_PLAN}`);
    expect((await rowCells(page, '各县区新增就业', '息县')).slice(0, 1)).toEqual(['3']);
    expect((await rowCells(page, '各县区新增就业', '淮滨县')).slice(0, 1)).toEqual(['2']);
    await screenshot(page, 'journey-staff-plan-city');
  });

  it('reports 息县\'s new public-welfare posts: a bad number shows the error summary, a good one saves', async () => {
    await tabTo(page, 'welfare-county');
    await chooseOption(page, '息县');
    await tab(page);
    await chooseOption(page, '2023年');
    await tabTo(page, 'welfare-total');
    await typeText(page, '四十');
    await tabTo(page, '保存岗位数');
    await enter(page);
    await expectErrorSummaryFocused(page);
    const link = await tab(page);
    expect(link.name).toBe('新增公益性岗位总数请填 0 到 1000000 之间的整数');
    await enter(page);
    expect((await focused(page)).id).toBe('welfare-total');
    await expect(page.locator('#welfare-total').getAttribute('aria-invalid')).resolves.toBe('true');
    await typeText(page, '40');
    await tabTo(page, '保存岗位数');
    await enter(page);
    await expectAnnounced(page, '已保存：息县2023年新增公益性岗位 40 个。');
    expect(await page.title()).not.toMatch(/^错误/);
    await expect(page.locator('#welfare-total').getAttribute('aria-invalid')).resolves.toBeNull();

    // in 息县, one public-welfare placement of the posts reported: the share is worked out from the form's number
    await tabTo(page, '查看息县', { back: true });
    await enter(page);
    await expectH1(page, '行动计划进展：息县');
    const [hires, posts] = await rowCells(page, '公益性岗位安排残疾人', '息县');
    expect(hires).toBe('1');
    expect(Number(posts)).toBeGreaterThanOrEqual(40); // 40 for 2023, plus 12 for 2022 once the axe states ran
  });

  it('goes to the quarterly report, picks 2023 Q1 for the city and exports the same numbers to Excel', async () => {
    await tabTo(page, '行动计划工作台', { back: true });
    await enter(page);
    await expectH1(page, '行动计划工作台');
    await tabTo(page, '季度报表');
    await enter(page);
    await expectH1(page, '季度报表');

    await tabTo(page, 'quarterly-year');
    await chooseOption(page, '2023年');
    await tab(page);
    await chooseOption(page, '第1季度');
    await tab(page);
    await chooseOption(page, '全市（各县区汇总）');
    await tabTo(page, '查看报表');
    await enter(page);
    await page.waitForFunction(() => document.activeElement?.id === 'quarterly-report'
      && document.activeElement.textContent === '2023年第1季度报表：全市');
    await settle(page);
    await expectAnnounced(page, '已显示2023年第1季度报表：全市。');
    expect(page.url()).toMatch(/year=2023&quarter=1$/);

    const caption = '2023年第1季度报表：全市：各县区新增就业';
    pageNumbers = { 息县: await rowCells(page, caption, '息县'), 淮滨县: await rowCells(page, caption, '淮滨县') };
    // this file's own placements: 息县 two in Q1 (two in the year and plan so far), 淮滨县 one
    expect(pageNumbers).toEqual({ 息县: ['2', '2', '2'], 淮滨县: ['1', '1', '1'] });
    // the year's target the plan sets (this file's world), against the year to date
    await expect(page.locator('.plan-year-target').innerText()).resolves.toMatch(/^2023年目标：8 人。本年累计 \d+ 人，完成目标 [\d.]+%。/);

    await tabTo(page, '导出 Excel');
    const [download] = await Promise.all([page.waitForEvent('download'), enter(page)]);
    expect(download.suggestedFilename()).toBe('残疾人就业季度报表-2023年第1季度.xlsx');
    // the browser may run elsewhere (connected over a socket): save a copy here, then read it
    mkdirSync('test-output/downloads', { recursive: true });
    const file = 'test-output/downloads/staff-quarterly-2023-Q1.xlsx';
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as never);
    const sheet = wb.getWorksheet('季度报表')!;
    expect((sheet.getRow(3).values as unknown[]).slice(1, 6)).toEqual(['县区', '县区代码', '本季度新增就业', '本年累计', '方案期累计']);
    const fromSheet: Record<string, string[]> = {};
    sheet.eachRow((row) => {
      const v = row.values as unknown[];
      if (v[1] === '息县' || v[1] === '淮滨县') fromSheet[v[1] as string] = v.slice(3, 6).map(String);
    });
    expect(fromSheet).toEqual(pageNumbers);
  });

  it('prints the report alone: no header, navigation or buttons, and table rows kept whole', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const layout = await page.evaluate(() => {
        const shown = (sel: string) => Array.from(document.querySelectorAll(sel)).some((e) => getComputedStyle(e).display !== 'none');
        const row = document.querySelector('.print-report tbody tr')!;
        return {
          header: shown('.site-header'), nav: shown('.main-nav'), footer: shown('.site-footer'), buttons: shown('.print-report .button-row'),
          form: shown('.no-print'), tables: document.querySelectorAll('.print-report table').length, rowBreak: getComputedStyle(row).breakInside,
          scrolls: getComputedStyle(document.querySelector('.print-report .table-wrap')!).overflowX,
        };
      });
      // the counties, three breakdowns, and (issue 15) four-ones coverage, cohorts, public-welfare posts and retention
      expect(layout).toEqual({ header: false, nav: false, footer: false, buttons: false, form: false, tables: 8, rowBreak: 'avoid', scrolls: 'visible' });
      // a PDF of the printed report, for a person to look at
      await page.pdf({ path: 'test-output/screens/staff-quarterly-print.pdf' }).catch(() => undefined);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('layout and motion of the plan screens', () => {
  const PATHS = ['/staff/plan', `/staff/plan?county=${XIXIAN}`, '/staff/reports/quarterly?year=2023&quarter=1'];
  const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it.each(['default', 'large-text'] as const)('loaded at 320 and 640 CSS px in the %s mode: nothing scrolls sideways, the charts shrink to fit', async (mode) => {
    const problems: string[] = [];
    const { page, context } = await newPage(browser, { session: world.staff, mode, viewport: { width: 320, height: 700 } });
    try {
      for (const path of PATHS) {
        for (const width of [320, 640]) {
          await page.setViewportSize({ width, height: 700 });
          await visit(page, path);
          const over = await sideways(page);
          if (over > 0) problems.push(`${path} ${width}px ${mode}: ${over}px sideways`);
          const wideCharts = await page.evaluate(() => Array.from(document.querySelectorAll('.plan-chart svg'))
            .filter((svg) => svg.getBoundingClientRect().right > document.documentElement.clientWidth).length);
          if (wideCharts) problems.push(`${path} ${width}px ${mode}: ${wideCharts} chart(s) wider than the page`);
          if (over > 0 || wideCharts) await failureScreenshot(page, `staff-plan-reflow-${width}-${mode}`);
        }
      }
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('the charts add no tab stops and no trap: Tab walks the dashboard from the top to the end and out', async () => {
    const { page, context } = await newPage(browser, { session: world.staff });
    try {
      // the 2022-2024 plan, which has placements in both charts (this year, with no plan in force, has none)
      await visit(page, `/staff/plan?plan=${SEEDED_PLAN}`);
      const stops = await walkPage(page);
      const inCharts = await page.evaluate(() => document.querySelectorAll('.plan-chart [tabindex]:not([tabindex="-1"]), .plan-chart a, .plan-chart button').length);
      expect(inCharts).toBe(0);
      expect(stops.map((s) => s.name)).toEqual(expect.arrayContaining(['查看', '查看息县', '保存岗位数']));
      // every chart is one image with its words, and its table follows it
      const charts = await page.evaluate(() => Array.from(document.querySelectorAll('.plan-chart')).map((f) => ({
        img: f.querySelector('[role=img]')?.getAttribute('aria-label') ?? '',
        svg: !!f.querySelector('svg'),
        next: f.nextElementSibling?.querySelector('caption')?.textContent ?? '',
      })));
      expect(charts).toEqual([
        { img: expect.stringMatching(/^折线图：每季度新增就业人数。.*具体数字见图下面的表格。$/), svg: true, next: '每季度新增就业' },
        { img: expect.stringMatching(/^柱状图：各县区新增就业人数。.*具体数字见图下面的表格。$/), svg: true, next: '各县区新增就业' },
        { img: expect.stringMatching(/^柱状图：各优先群体的登记人数。.*具体数字见图下面的表格。$/), svg: true, next: '各优先群体登记、在岗和本年得到服务的人数' },
      ]);
    } finally {
      await context.close();
    }
  });

  it('with reduced motion nothing animates, and in forced colours focus is still an outline', async () => {
    const { page, context } = await newPage(browser, { session: world.staff, reducedMotion: 'reduce', forcedColors: 'active' });
    try {
      await visit(page, '/staff/plan');
      const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
      expect(running).toBe(0);
      for (let i = 0; i < 25; i++) await tab(page); // each stop: an outline of at least 2px, not covered
    } finally {
      await context.close();
    }
  });
});

describe('an address that names no county', () => {
  it('says what is wrong in words and links back to the whole city', async () => {
    const { page, context } = await newPage(browser, { session: world.staff });
    try {
      await visit(page, '/staff/plan?county=000000');
      await expect(page.locator('main .notice').innerText()).resolves.toContain('请选择本市的县区');
      await tabTo(page, '返回全市');
      await enter(page);
      await expectH1(page, '行动计划进展');
    } finally {
      await context.close();
    }
  });
});

describe('recording a hire made outside the platform, keyboard only', () => {
  it('a submit with gaps lists them; then the employer is found, chosen and the hire recorded, and its page shows the history', async () => {
    const { page, context } = await newPage(browser, { session: world.staff });
    try {
      await visit(page, `/staff/placements/new?seeker=${world.journeySeekerId}`);
      await expectH1(page, '登记平台外的就业');
      await tabTo(page, '登记就业');
      await page.keyboard.press('Enter');
      await expectErrorSummaryFocused(page);
      expect(await page.locator('.error-summary').innerText()).toContain('请选择用人单位');
      await tabTo(page, 'pr-org-words');
      await typeText(page, '淮滨县民营电商');
      await page.keyboard.press('Enter');
      await expectAnnounced(page, '找到1项');
      await tabTo(page, '淮滨县民营电商服务中心');
      await page.keyboard.press('Space');
      expect((await focused(page)).checked).toBe(true);
      await tabTo(page, 'pr-form-0');
      await page.keyboard.press('Space');
      await tabTo(page, 'pr-start');
      await typeText(page, '2025-06-01');
      await tabTo(page, 'pr-evidence');
      await typeText(page, '查看了劳动合同原件');
      await tabTo(page, '登记就业');
      await page.keyboard.press('Enter');
      await expectH1(page, /^就业登记：/);
      expect(await page.title()).not.toMatch(/^错误/);
      const history = await page.getByRole('table', { name: '这条登记的变更记录，最早的在前' }).innerText();
      expect(history).toContain('登记');
      expect(history).toContain('残联工作人员');
    } finally {
      await context.close();
    }
  });
});

describe('keyboard only: staff register a workshop, link a placement to it, and a visitor finds it (plan （四）); blind massage (（八）)', () => {
  it('a save with nothing filled in names the fields; the filled form registers it in 息县', async () => {
    const { page, context } = await newPage(browser, { session: world.staff });
    try {
      await visit(page, '/staff');
      await tabTo(page, '就业工坊与基地登记');
      await page.keyboard.press('Enter');
      await expectH1(page, '就业工坊与基地登记');
      await tabTo(page, '登记新的就业工坊');
      await page.keyboard.press('Enter');
      await expectH1(page, '登记就业工坊或基地');
      await tabTo(page, '保存');
      await page.keyboard.press('Enter');
      await expectErrorSummaryFocused(page);
      expect(await page.locator('.error-summary').innerText()).toContain('请选择类型');
      await tabTo(page, 'wf-kind-0');
      await page.keyboard.press('Space');
      await tabTo(page, 'wf-name');
      await typeText(page, '息县柳编美丽工坊');
      await tabTo(page, 'wf-county');
      await chooseOption(page, '息县');
      await tabTo(page, 'wf-capacity');
      await typeText(page, '5');
      await tabTo(page, 'wf-work');
      await typeText(page, '柳编、草编');
      await tabTo(page, 'wf-home');
      await page.keyboard.press('Space');
      await tabTo(page, 'wf-contact');
      await typeText(page, '周主任');
      await tabTo(page, 'wf-phone');
      await typeText(page, '0376-7712345');
      await tabTo(page, '保存');
      await page.keyboard.press('Enter');
      await expectH1(page, '就业工坊与基地登记');
      expect(await page.title()).not.toMatch(/^错误/);
      const list = await page.getByRole('table', { name: /^息县的就业工坊与基地/ }).innerText();
      expect(list).toContain('息县柳编美丽工坊');
      expect(list).toContain('0 / 5');
    } finally {
      await context.close();
    }
  });

  it('on a placement\'s page staff choose the workshop; the history says so and the workshop counts the person', async () => {
    const { page, context } = await newPage(browser, { session: world.staff });
    try {
      await visit(page, `/staff/placements/${world.placementId}`);
      await expectH1(page, /^就业登记：/);
      await tabTo(page, 'pl-workshop');
      await chooseOption(page, /^息县柳编美丽工坊/);
      await tabTo(page, '保存就业工坊');
      await page.keyboard.press('Enter');
      await expectAnnounced(page, '已保存，已通知本人');
      expect(await page.locator('main').innerText()).toContain('这份工作登记在“息县柳编美丽工坊”');
      // the history reloads after the save: its last entry names the workshop
      await page.waitForFunction(() => Array.from(document.querySelectorAll('main table')).some((t) => t.textContent?.includes('就业工坊：（空） → 息县柳编美丽工坊')));
    } finally {
      await context.close();
    }
  });

  it('blind massage (（八）): a clinic registered after a failed save, a blind person\'s qualification recorded, then corrected', async () => {
    const { page, context } = await newPage(browser, { session: world.staff });
    try {
      await visit(page, '/staff/massage');
      await expectH1(page, '盲人按摩机构与资格');
      await tabTo(page, '登记按摩机构');
      await page.keyboard.press('Enter');
      await expectErrorSummaryFocused(page);
      expect(await page.locator('.error-summary').innerText()).toContain('请从查找结果中选择');
      await tabTo(page, 'mc-org-words');
      await typeText(page, '明目盲人推拿');
      await page.keyboard.press('Enter');
      await expectAnnounced(page, '找到1项');
      await tabTo(page, MASSAGE_JOURNEY.organization);
      await page.keyboard.press('Space');
      await tabTo(page, 'mc-kind-0');
      await page.keyboard.press('Space');
      await tabTo(page, 'mc-reg');
      await typeText(page, 'PDY4115230088');
      await tabTo(page, 'mc-on');
      await typeText(page, '2022-03-01');
      await tabTo(page, '登记按摩机构');
      await page.keyboard.press('Enter');
      await expectAnnounced(page, '已登记按摩机构');
      expect(await page.title()).not.toMatch(/^错误/);
      await expect(page.getByRole('table', { name: /^已登记的按摩机构/ }).innerText()).resolves.toContain(MASSAGE_JOURNEY.organization);
      await tabTo(page, 'mq-seeker-words');
      await typeText(page, MASSAGE_JOURNEY.person);
      await page.keyboard.press('Enter');
      await expectAnnounced(page, '找到1项');
      await tabTo(page, new RegExp(`^${MASSAGE_JOURNEY.person}`));
      await page.keyboard.press('Space');
      await tabTo(page, 'mq-kind-0');
      await page.keyboard.press('Space');
      await tabTo(page, 'mq-issuer');
      await typeText(page, '河南省卫生健康委员会');
      await tabTo(page, 'mq-on');
      await typeText(page, '2020-11-10');
      await tabTo(page, '记录资格');
      await page.keyboard.press('Enter');
      await expectAnnounced(page, '已记录，已通知本人');
      // its change page: a new date of issue, saved, and back on the register with what was done said
      await tabTo(page, `修改${MASSAGE_JOURNEY.person}的资格`);
      await page.keyboard.press('Enter');
      await expectH1(page, '修改按摩资格');
      await screenshot(page, 'journey-staff-massage-change');
      await tabTo(page, 'mq-on');
      await typeText(page, '2019-11-10');
      await tabTo(page, '保存修改');
      await page.keyboard.press('Enter');
      await expectH1(page, '盲人按摩机构与资格');
      await expect(page.locator('main .notice').first().innerText()).resolves.toContain('已保存按摩资格的修改，已通知本人');
      const row = await page.getByRole('table', { name: /^已记录的按摩资格/ }).getByRole('row', { name: new RegExp(MASSAGE_JOURNEY.person) }).innerText();
      expect(row).toContain('2019');
    } finally {
      await context.close();
    }
  });

  it('a visitor goes to 就业工坊, chooses 息县 and home-based work, and opens it', async () => {
    const { page, context } = await newPage(browser);
    try {
      await visit(page, '/');
      await tabTo(page, '就业工坊');
      await page.keyboard.press('Enter');
      await expectH1(page, '家门口的工作：就业工坊与基地');
      await tabTo(page, 'ws-county');
      await chooseOption(page, '息县');
      await tabTo(page, 'ws-home');
      await page.keyboard.press('Space');
      expect((await focused(page)).checked).toBe(true);
      await tabTo(page, '查找');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'workshops-results');
      await page.waitForFunction(() => document.querySelector('section[aria-labelledby="workshops-results"] [role="status"]')?.textContent === '找到1个地方');
      await tabTo(page, '息县柳编美丽工坊');
      await page.keyboard.press('Enter');
      await expectH1(page, '息县柳编美丽工坊');
      // the placement linked above ended in 2023: it is on record but nobody works there now
      expect(await page.locator('main').innerText()).toContain('可容纳5人，现在0人在这里工作');
    } finally {
      await context.close();
    }
  });
});

// Last in this file: from here on a plan is in force today, which the tests above do not expect.
describe('keyboard only: 淮滨县\'s staff submit 2024 Q3; the city returns it with a reason', () => {
  it('the county signs after a confirm step naming what is signed', async () => {
    const { page, context } = await newPage(browser, { session: world.huaibinStaff.session });
    try {
      await visit(page, '/staff');
      await tabTo(page, '季度报表');
      await enter(page);
      await expectH1(page, '季度报表');
      await tabTo(page, 'quarterly-year');
      await chooseOption(page, '2024年');
      await tab(page);
      await chooseOption(page, '第3季度');
      await tabTo(page, '查看报表');
      await enter(page);
      await page.waitForFunction(() => document.activeElement?.id === 'quarterly-report');
      expect(await page.locator('.plan-submit-status').innerText()).toBe('本季度尚未提交。');
      await tabTo(page, '提交本季度报表');
      await enter(page);
      // the confirm step takes focus and says who signs what
      await page.waitForFunction(() => document.activeElement?.id === 'quarterly-confirm');
      expect(await page.locator('.plan-confirm p').innerText()).toContain('您将以“淮滨县工作人员”的名义签署淮滨县2024年第3季度报表');
      const confirm = await tab(page);
      expect(confirm.name).toBe('确认签署并提交');
      await enter(page);
      await expectAnnounced(page, '已提交淮滨县2024年第3季度报表（第1版）。');
      await page.waitForFunction(() => document.activeElement?.classList.contains('plan-submit-status'));
      expect(await page.locator('.plan-submit-status').innerText()).toMatch(/^已提交第1版：淮滨县工作人员于.+签署。$/);
    } catch (e) {
      await failureScreenshot(page, 'staff-plan-submit-journey');
      throw e;
    } finally {
      await context.close();
    }
  });

  it('the city opens it from the workbench, is refused an empty reason, returns it with one, and the county is told', async () => {
    const { page, context } = await newPage(browser, { session: world.staff });
    try {
      await visit(page, '/staff');
      await tabTo(page, '季度报表报送');
      await enter(page);
      await expectH1(page, '季度报表报送');
      await tabTo(page, 'submissions-year');
      await chooseOption(page, '2024年');
      await tab(page);
      await chooseOption(page, '第3季度');
      await tabTo(page, '查看报送情况');
      await enter(page);
      await page.getByRole('table', { name: '2024年第3季度各县区报送情况' }).waitFor();
      expect(await rowCells(page, '2024年第3季度各县区报送情况', '淮滨县')).toEqual(expect.arrayContaining(['已提交', '第1版']));
      await tabTo(page, '查看淮滨县的报表');
      await enter(page);
      await page.waitForFunction(() => document.activeElement?.id === 'submission-detail');
      await tabTo(page, '退回第1版');
      await enter(page);
      await expectErrorSummaryFocused(page);
      expect((await tab(page)).name).toBe('请填写退回原因');
      await enter(page);
      expect((await focused(page)).id).toBe('return-reason');
      await typeText(page, '公益性岗位总数与人社局统计不一致');
      await tabTo(page, '退回第1版');
      await enter(page);
      await expectAnnounced(page, '已退回淮滨县的第1版，县区工作人员会收到通知。');
      expect(await page.title()).not.toMatch(/^错误/);
      const { myNotifications } = await world.huaibinStaff.gql<{ myNotifications: { items: Array<{ kind: string; body: string }> } }>(
        `{ myNotifications { items { kind body } } }`);
      expect(myNotifications.items.find((n) => n.kind === 'QUARTERLY_REPORT_RETURNED')?.body).toContain('公益性岗位总数与人社局统计不一致');
    } catch (e) {
      await failureScreenshot(page, 'staff-plan-return-journey');
      throw e;
    } finally {
      await context.close();
    }
  });
});

describe('keyboard only: a city staff member enters a new plan in force today, and the dashboard follows it', () => {
  const NEW_TITLE = '信阳市促进残疾人就业行动方案（2025-2027年）';
  let page: Page;

  beforeAll(async () => {
    ({ page } = await newPage(browser, { session: world.staff }));
  });

  it('opens the plans from the workbench; a save with nothing filled in names the fields and focuses the summary', async () => {
    await visit(page, '/staff');
    await tabTo(page, '行动方案');
    await enter(page);
    await expectH1(page, '行动方案');
    expect(await rowCells(page, '全部行动方案', SEEDED_TITLE)).toEqual(['2022年1月1日至2024年12月31日', '已结束', '6,900 人',
      expect.stringContaining(`在仪表盘查看${SEEDED_TITLE}`)]);
    await tabTo(page, '录入新的行动方案');
    await enter(page);
    await expectH1(page, '录入行动方案');

    await tabTo(page, '保存方案');
    await enter(page);
    await expectErrorSummaryFocused(page);
    const first = await tab(page);
    expect(first.name).toBe('请填写方案名称');
    await enter(page);
    expect((await focused(page)).id).toBe('plan-title');
    await expect(page.locator('#plan-title').getAttribute('aria-invalid')).resolves.toBe('true');
  });

  it('fills in the plan as its text states it and saves it', async () => {
    await typeText(page, NEW_TITLE);
    await tabTo(page, 'plan-start');
    await typeText(page, '2025-01-01');
    await tab(page);
    expect((await focused(page)).id).toBe('plan-end');
    await typeText(page, '2027-12-31');
    await tabTo(page, 'add-basis');
    await enter(page);
    expect((await focused(page)).id).toBe('basis-0-title');
    await typeText(page, '河南省促进残疾人就业行动方案');
    await tabTo(page, 'target-0-metric');
    await chooseOption(page, '新增就业（人）');
    await tab(page);
    await typeText(page, '9000');
    await tabTo(page, 'target-0-targetSource');
    await typeText(page, '一、任务目标');
    await tabTo(page, '保存方案');
    await enter(page);
    await expectH1(page, '行动方案');
    await expectAnnounced(page, `已保存：${NEW_TITLE}。`);
    expect((await rowCells(page, '全部行动方案', NEW_TITLE)).slice(0, 3)).toEqual(['2025年1月1日至2027年12月31日', '正在实施', '9,000 人']);
  });

  it('the dashboard now opens on the new plan, in force today, with its target and the time elapsed', async () => {
    await tabTo(page, '行动计划工作台', { back: true });
    await enter(page);
    await expectH1(page, '行动计划工作台');
    await tabTo(page, '行动计划进展');
    await enter(page);
    await expectH1(page, '行动计划进展');
    await expect(page.locator('.plan-status').innerText()).resolves.toMatch(/^本方案正在实施，统计到/);
    await expect(page.locator('.plan-card').innerText()).resolves.toContain(NEW_TITLE);
    expect(await page.getByRole('progressbar', { name: /^完成目标：/ }).getAttribute('max')).toBe('9000');
    expect(await page.getByRole('progressbar', { name: /^时间进度/ }).count()).toBe(1);
    expect(await page.locator('main .notice').filter({ hasText: '没有正在实施的行动方案' }).count()).toBe(0);
    await screenshot(page, 'journey-staff-plan-new-plan');
  });
});

describe('keyboard only: a city staff member defines a campaign, links a fair and sees its progress (issue 17)', () => {
  const NAME = '万名学子回归工程（键盘测试）';
  let page: Page;

  beforeAll(async () => {
    ({ page } = await newPage(browser, { session: world.staff }));
  });

  it('opens the campaigns from the workbench; a save with nothing filled in names the fields and focuses the summary', async () => {
    await visit(page, '/staff');
    await tabTo(page, '专项行动');
    await enter(page);
    await expectH1(page, '专项行动');
    await tabTo(page, '新建专项行动');
    await enter(page);
    await expectH1(page, '新建专项行动');
    await tabTo(page, '保存专项行动');
    await enter(page);
    await expectErrorSummaryFocused(page);
    const first = await tab(page);
    expect(first.name).toBe('请填写中文名称');
    await enter(page);
    expect((await focused(page)).id).toBe('campaign-name-zh');
    await expect(page.locator('#campaign-name-zh').getAttribute('aria-invalid')).resolves.toBe('true');
  });

  it('fills it in and saves it: its page opens with the progress and the target marked 待核实', async () => {
    await typeText(page, NAME);
    await tab(page);
    await typeText(page, 'Graduates Return (keyboard test)');
    await tab(page);
    expect((await focused(page)).id).toBe('campaign-kind');
    await chooseOption(page, '万名学子回归工程');
    await tabTo(page, 'campaign-start');
    await typeText(page, '2026-01-01');
    await tab(page);
    await typeText(page, '2026-12-31');
    await tabTo(page, 'campaign-target-people');
    await typeText(page, '40');
    await tabTo(page, 'campaign-section');
    await typeText(page, '二、主要措施（七）');
    await tabTo(page, '保存专项行动');
    await enter(page);
    await expectH1(page, NAME);
    await expectAnnounced(page, `已保存“${NAME}”`);
    await expect(page.locator('main').innerText()).resolves.toContain('40人（待核实）');
    expect(await page.getByRole('progressbar', { name: /^安置0人，目标40人/ }).getAttribute('max')).toBe('40');
  });

  it('links a fair: the status says so and the fair is listed', async () => {
    await tabTo(page, 'campaign-fair');
    await chooseOption(page, new RegExp(`^${world.journeyFairTitle}`));
    await tabTo(page, '关联招聘会');
    await enter(page);
    await expectAnnounced(page, `已关联“${world.journeyFairTitle}”`);
    await expect(page.getByRole('region', { name: '关联的招聘会' }).getByRole('link', { name: world.journeyFairTitle }).count()).resolves.toBe(1);
    await screenshot(page, 'journey-staff-campaign');
  });

  it('finds placements by the employer\'s name and links one, confirming in a dialog that Escape closes', async () => {
    await tabTo(page, '查找并关联就业登记');
    await enter(page);
    await expectH1(page, '为专项行动关联就业登记');
    await tabTo(page, 'cp-words');
    await typeText(page, '淮滨县民营电商');
    await enter(page);
    await page.waitForFunction(() => document.activeElement?.id === 'cp-results');
    await page.waitForFunction(() => /^找到\d+条就业登记$/.test(document.querySelector('section[aria-labelledby="cp-results"] [role="status"]')?.textContent ?? ''));
    const opener = await tabTo(page, /^关联张\*在“淮滨县民营电商服务中心”的就业$/);
    await enter(page);
    await expect(page.getByRole('dialog', { name: '关联这条就业登记？' }).isVisible()).resolves.toBe(true);
    expect((await focused(page)).name).toBe('不改了');
    await page.keyboard.press('Escape');
    expect((await focused(page)).name).toBe(opener.name);
    await enter(page);
    const dialog = await scanInAllModes(page, 'staff-campaign-link-dialog-zh-CN', {});
    expect(dialog).toEqual({});
    await tabTo(page, '关联', { back: true });
    await enter(page);
    await expectAnnounced(page, `已把张*在“淮滨县民营电商服务中心”的就业登记关联到“${NAME}”`);
    await expect(page.getByRole('table', { name: '找到的就业登记' }).innerText()).resolves.toContain('已关联');
    await screenshot(page, 'journey-staff-campaign-placements');
  });
});
