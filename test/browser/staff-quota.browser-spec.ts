// Quota and levy screens in the browser: axe on every route (zh-CN and en; default, large-text and high-contrast
// modes), and the keyboard-only journeys: an employer enters the year's figures (a wrong staff count first), a
// city staff member finds the organization in the list below the ratio, and a policy setting is changed (the
// missing reason first) and shows in the history; the quota-review pack: an employer fills in insurance months (a
// wrong number first), downloads the pack's Excel and submits it, and county staff confirm it.
import { mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { scan } from './support/axe.js';
import { connect, newPage, settle, visit } from './support/browser.js';
import { chooseOption, focused, press, tab, tabTo, typeText } from './support/keyboard.js';
import { checkRoute, NO_PROBLEMS } from './support/scan-route.js';
import { wrappedShortCells } from './support/reflow.js';
import { arrangeQuotaWorld, QUOTA_ROUTES, QUOTA_YEAR, quotaSession, XINXIAN, type QuotaWorld } from './staff-quota-world.js';
import { expectAnnounced, expectErrorSummaryFocused, expectFocusShownInForcedColours, expectH1, mainText } from './support/expectations.js';

let browser: Browser;
let world: QuotaWorld;

beforeAll(async () => {
  browser = await connect();
  world = await arrangeQuotaWorld();
});
afterAll(async () => {
  await browser.close();
});

async function visitAs(session: string, run: (page: Page) => Promise<void>) {
  const { page, context } = await newPage(browser, { session });
  try {
    await run(page);
  } finally {
    await context.close();
  }
}

describe('quota screens: axe in every display mode, target sizes, reflow', () => {
  describe.each(['zh-CN', 'en'] as const)('%s', (locale) => {
    it.each(QUOTA_ROUTES.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
      // the busiest: a 32px browser font and the text-spacing override too
      const busy = ['staff-policy', 'employer-quota'].includes(route.name);
      const report = await checkRoute(browser, `quota-${route.name}`, route.path(world), locale, quotaSession(world, route.who), { bigFont: busy, textSpacing: busy, variant: route.variant });
      expect(report).toEqual(NO_PROBLEMS);
    });
  });

  it('the employer\'s genuineness page carries its own figures, with where staff would look', async () => {
    const { page, context } = await newPage(browser, { session: world.scanEmployer.session });
    try {
      await visit(page, `/employer/genuineness?period=${QUOTA_YEAR - 1}`);
      await expectH1(page, '本单位保留岗位与安置指标');
      const row = page.getByRole('table', { name: /的各项指标$/ }).getByRole('row', { name: /^6个月留存率/ });
      // its two employees started on 1 January and nobody confirmed them at 6 months: 0 of 2 retained
      await expect(row.innerText()).resolves.toMatch(/0%（0 \/ 2）\s+低于\d+%时核查/);
      expect(await mainText(page)).toContain('没有经残联核实属实的核查结论。');
      await visitAs(world.findingEmployer.session, async (p) => {
        await visit(p, `/employer/genuineness?period=${QUOTA_YEAR - 1}`);
        const card = p.getByRole('article', { name: '就业不到3个月' });
        await expect(card.innerText()).resolves.toContain('核实：入职六周即离职，岗位为挂名安排');
        await expect(card.innerText()).resolves.toContain('本单位1条就业登记不再计入任何统计');
      });
    } finally {
      await context.close();
    }
  });

  it('the scanned pages carry data: figures, people and settings', async () => {
    const { page, context } = await newPage(browser, { session: world.staff.session });
    try {
      await visit(page, `/staff/quota?year=${QUOTA_YEAR}&county=${XINXIAN}&org=${world.scanOrganizationId}`);
      const text = await mainText(page);
      expect(text).toContain('应安排人数：260 × 1.6% = 4.16 人。');
      expect(text).toContain('吴芳');
      expect(text).toContain('非全日制用工不计入。');
      await visit(page, '/staff/policy');
      expect(await mainText(page)).toContain('安排残疾人就业比例（%）');
    } finally {
      await context.close();
    }
  });
});

describe('the no-wrap check of the route visit', () => {
  it('finds a short Chinese name broken one character per line, and not one kept on one line', async () => {
    const { page, context } = await newPage(browser, {});
    try {
      await page.setContent(`<table><tr><td style="width:1em">王小芳</td><td style="width:1em;white-space:nowrap">罗山县</td>
        <td style="width:1em">这是一段超过八个汉字的说明文字</td></tr></table>`);
      expect(await wrappedShortCells(page)).toEqual(['王小芳 (3 lines)']);
    } finally {
      await context.close();
    }
  });
});

async function expectNoViolations(page: Page, name: string) {
  const r = await scan(page, name);
  expect(r).toEqual({ wcag: [], bestPractice: [] });
}

describe('keyboard only: the year\'s figures, the list below the ratio, and a policy change', () => {
  it('an employer enters a wrong staff count, meets the error summary, fixes it and sees the figures worked out again', async () => {
    const { page, context } = await newPage(browser, { session: world.journeyEmployer.session });
    try {
      await visit(page, '/employer/quota');
      expect((await tab(page)).name).toBe('跳到主要内容');
      // before: the profile's 200 staff, no wage: 200 × 1.6% = 3.2, no levy estimate
      expect(await mainText(page)).toContain('应安排人数：200 × 1.6% = 3.2 人。');
      expect(await mainText(page)).toContain('无法测算（未填年平均工资）');

      await tabTo(page, 'eq-staff');
      await typeText(page, '-5');
      await tabTo(page, '保存并重新计算');
      await press(page, 'Enter');
      await expectErrorSummaryFocused(page);
      await expectNoViolations(page, 'quota-employer-error');
      const link = await tab(page);
      expect(link.name).toBe('在职职工人数请填 0 到 1000000 之间的整数');
      await press(page, 'Enter');
      expect((await focused(page)).id).toBe('eq-staff');
      await expect(page.locator('#eq-staff').getAttribute('aria-invalid')).resolves.toBe('true');

      await typeText(page, '500');
      expect((await tab(page)).id).toBe('eq-wage');
      await typeText(page, '80000');
      await tabTo(page, '保存并重新计算');
      await press(page, 'Enter');
      // DOMAIN.md: 500 × 1.6% = 8 required; the level-2 employee counts as 2; shortfall 6; ratio 0.4% < 1% → pay 90%;
      // wage 80,000 is under the cap (2 × 75,100); due 6 × 80,000 = 480,000.00; payable 432,000.00
      await expectAnnounced(page, '已保存。应安排 8 人，预计缴纳保障金 432,000.00 元。');
      expect(await page.title()).not.toMatch(/^错误/);
      const text = await mainText(page);
      expect(text).toContain('应安排人数：500 × 1.6% = 8 人。');
      expect(text).toContain('计入的残疾职工：1 人，折算为 2 人');
      expect(text).toContain('差额人数：8 − 2 = 6 人（不取整）。');
      expect(text).toContain('应缴金额：6 × 80,000.00 = 480,000.00 元。');
      expect(text).toContain('实际安排比例为 0.4%，按应缴金额的 90% 缴纳：480,000.00 × 90% = 432,000.00 元。');
      await expect(page.getByTestId('quota-summary').innerText()).resolves.toContain('432,000.00 元');
    } finally {
      await context.close();
    }
  });

  it('a city staff member finds that organization in the list below the ratio for the year', async () => {
    const { page, context } = await newPage(browser, { session: world.staff.session });
    try {
      await visit(page, '/staff/quota');
      expect((await tab(page)).name).toBe('跳到主要内容');
      await tabTo(page, 'ql-year');
      await chooseOption(page, String(QUOTA_YEAR));
      await tabTo(page, 'ql-county');
      await chooseOption(page, '新县');
      await tabTo(page, '查看');
      await press(page, 'Enter');
      await page.waitForURL((u) => u.search.includes(`county=${XINXIAN}`) && u.search.includes(`year=${QUOTA_YEAR}`));
      await settle(page);
      const table = page.getByRole('table', { name: new RegExp(`^${QUOTA_YEAR}年度未达到比例的单位`) });
      const row = table.getByRole('row', { name: new RegExp(world.journeyOrganizationName) });
      await expect(row.innerText()).resolves.toContain('432,000.00 元');
      await tabTo(page, world.journeyOrganizationName);
      await press(page, 'Enter');
      await expectH1(page, `${world.journeyOrganizationName}：按比例安排就业`);
      expect((await focused(page)).tag).toBe('h1');
      expect(await mainText(page)).toContain('预计缴纳保障金：432,000.00 元。');
      await tabTo(page, '返回未达比例单位名单');
      await press(page, 'Enter');
      await expectH1(page, '按比例安排就业');
    } finally {
      await context.close();
    }
  });

  it('the employer enters the missing contract facts of an employee, who then counts: the levy falls', async () => {
    const { page, context } = await newPage(browser, { session: world.journeyEmployer.session });
    try {
      await visit(page, '/employer/quota');
      expect(await mainText(page)).toContain('还没有填写用工情况（合同、工资、社保）。');
      await tabTo(page, 'qc-placement');
      await chooseOption(page, /^孙丽/);
      await tabTo(page, 'qc-kind-0');
      expect((await press(page, 'ArrowDown')).id).toBe('qc-kind-1');
      expect((await focused(page)).checked).toBe(true);
      await tabTo(page, 'qc-months');
      await typeText(page, '24');
      expect((await tab(page)).id).toBe('qc-wage');
      await typeText(page, '2800');
      expect((await tab(page)).id).toBe('qc-insurance-0');
      expect((await press(page, 'Space')).checked).toBe(true);
      await tabTo(page, '保存用工情况');
      await press(page, 'Enter');
      // level 3 counts once: 3 counted of 8; shortfall 5; ratio 0.6% → 90%; due 5 × 80,000 = 400,000.00; payable 360,000.00
      await expectAnnounced(page, '已保存孙丽的用工情况。现在计入 3 人。');
      const text = await mainText(page);
      expect(text).toContain('应缴金额：5 × 80,000.00 = 400,000.00 元。');
      expect(text).toContain('预计缴纳保障金：360,000.00 元。');
    } finally {
      await context.close();
    }
  });

  it('a policy change without a reason is refused naming the field; with one it is saved and shows in the history', async () => {
    const { page, context } = await newPage(browser, { session: world.staff.session });
    const note = `年度核对，数值不变（${Date.now() % 100_000}）`;
    try {
      await visit(page, '/staff/policy');
      expect((await tab(page)).name).toBe('跳到主要内容');
      await tabTo(page, '全国最低安排比例（%）');
      await press(page, 'Enter');
      await expectH1(page, '政策参数：全国最低安排比例（%）');
      await tabTo(page, '保存修改');
      await press(page, 'Enter');
      await expectErrorSummaryFocused(page);
      await expectNoViolations(page, 'quota-policy-error');
      expect((await tab(page)).name).toBe('请填写修改说明');
      await press(page, 'Enter');
      expect((await focused(page)).id).toBe('pol-note');
      await expect(page.locator('#pol-note').getAttribute('aria-invalid')).resolves.toBe('true');
      await typeText(page, note);
      await tabTo(page, '保存修改');
      await press(page, 'Enter');
      await expectAnnounced(page, '已保存“全国最低安排比例（%）”的新值。');
      const history = page.getByRole('table', { name: '“全国最低安排比例（%）”的修改记录（最新的在前）' });
      await history.waitFor();
      await expect(history.innerText()).resolves.toContain(note);
      await expect(history.innerText()).resolves.toContain('残联工作人员');
    } finally {
      await context.close();
    }
  });
});

describe('keyboard only: the quota-review pack', () => {
  it('an employer fills in insurance months (13 first), downloads the pack and submits it; county staff confirm it', async () => {
    const { page, context } = await newPage(browser, { session: world.reviewEmployer.session });
    try {
      await visit(page, `/employer/quota-review?year=${QUOTA_YEAR}`);
      await expectH1(page, '按比例就业年审表');
      expect((await tab(page)).name).toBe('跳到主要内容');
      const field = await tabTo(page, /^何静（.+起）的社保缴纳月数/);
      await typeText(page, '13');
      await tabTo(page, '保存社保月数');
      await press(page, 'Enter');
      await expectErrorSummaryFocused(page);
      await expectNoViolations(page, 'quota-review-error');
      expect((await tab(page)).name).toBe('请填写0到12之间的整数');
      await press(page, 'Enter');
      expect((await focused(page)).id).toBe(field.id);
      await typeText(page, '12');
      await tabTo(page, '保存社保月数');
      await press(page, 'Enter');
      await expectAnnounced(page, '已保存社保缴纳月数。');
      // 300 × 1.6% = 4.8 required; level 2 counts 2; short 2.8; 2.8 × 60,000 = 168,000.00; ratio 0.67% < 1% → 90%
      const table = page.getByRole('table', { name: `${QUOTA_YEAR}年度按比例安排就业与保障金计算（每项附计算规则）` });
      await expect(table.getByRole('row', { name: /^实缴保障金（元）/ }).innerText()).resolves.toContain('151,200.00 元');

      await tabTo(page, '下载年审表（Excel）');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      mkdirSync('test-output/downloads', { recursive: true });
      const file = `test-output/downloads/quota-review-${QUOTA_YEAR}.xlsx`;
      await download.saveAs(file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(file) as never);
      const rows = (wb.getWorksheet('年审表')!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
      expect(rows.find((r) => r[0] === '实缴保障金（元）')?.[1]).toBe(151200);
      expect(rows.find((r) => r[0] === '何静')?.slice(7, 13)).toEqual([12, 12, 12, 2, 2, '是']);

      await tabTo(page, '提交残联审核');
      await press(page, 'Enter');
      await expectAnnounced(page, '已提交第1版年审表，残联审核后会通知您。');
      await expect(page.getByTestId('qr-status').innerText()).resolves.toContain('已提交，等待残联审核');
    } finally {
      await context.close();
    }

    const staffSide = await newPage(browser, { session: world.countyStaff.session });
    try {
      const p = staffSide.page;
      await visit(p, '/staff/quota-review');
      expect((await tab(p)).name).toBe('跳到主要内容');
      await tabTo(p, world.reviewOrganizationName);
      await press(p, 'Enter');
      await expectH1(p, `审核年审表：${world.reviewOrganizationName}`);
      await tabTo(p, '提交审核意见');
      await press(p, 'Enter');
      await expectErrorSummaryFocused(p);
      expect((await tab(p)).name).toBe('请选择审核结果');
      await press(p, 'Enter');
      expect((await focused(p)).id).toBe('qr-decision-0');
      expect((await press(p, 'Space')).checked).toBe(true);
      await tabTo(p, '提交审核意见');
      await press(p, 'Enter');
      await expectAnnounced(p, `已确认${world.reviewOrganizationName}的年审表，已通知单位。`);
      await expect(p.getByTestId('qr-status').innerText()).resolves.toContain('残联已确认');
    } finally {
      await staffSide.context.close();
    }
  });

  it('the confirmed list names the confirmed organization for the certification office', async () => {
    const { page, context } = await newPage(browser, { session: world.staff.session });
    try {
      await visit(page, `/staff/quota-review/confirmed?year=${QUOTA_YEAR}`);
      expect(await mainText(page)).toContain(world.confirmedOrganizationName);
    } finally {
      await context.close();
    }
  });
});

describe('forced colours', () => {
  it('every focus stop on the employer\'s quota page still shows an outline', async () => {
    await expectFocusShownInForcedColours(browser, '/employer/quota', world.scanEmployer.session);
  });
});

describe('keyboard only: subsidies (issue 17)', () => {
  it('an employer sees which subsidies it can claim for a hire and why, applies (a note too long first), withdraws it, and county staff see it', async () => {
    const { page, context } = await newPage(browser, { session: world.subsidyEmployer.session });
    try {
      await visit(page, '/employer/subsidies');
      expect((await tab(page)).name).toBe('跳到主要内容');
      await expectH1(page, '可申请的补贴');
      const hire = page.getByRole('region', { name: /^林\*，公益性岗位/ });
      const card = hire.getByRole('article', { name: '公益性岗位社保补贴' });
      // why, the facts used, and the amount as 待核实 (the plan states none)
      const text = await card.innerText();
      expect(text).toContain('可以申请');
      expect(text).toContain('原因：此人在公益性岗位就业');
      expect(text).toMatch(/就业形式\s+公益性岗位/);
      expect(text).toMatch(/金额：\s*待核实/);

      await tabTo(page, (s) => s.id.endsWith('-PUBLIC_WELFARE_INSURANCE-note'));
      await page.keyboard.type('长'.repeat(501));
      await tabTo(page, '申请“公益性岗位社保补贴”');
      await press(page, 'Enter');
      await expectErrorSummaryFocused(page);
      await expectNoViolations(page, 'subsidies-employer-error');
      expect((await tab(page)).name).toBe('说明最多500个字');
      await press(page, 'Enter');
      expect((await focused(page)).id).toMatch(/-PUBLIC_WELFARE_INSURANCE-note$/);
      await typeText(page, '林红在社区保洁公益性岗位工作');
      await tabTo(page, '申请“公益性岗位社保补贴”');
      await press(page, 'Enter');
      await expectAnnounced(page, '已提交“公益性岗位社保补贴”的申请，残联工作人员审核后会通知您。');
      expect(await page.title()).not.toMatch(/^错误/);
      await expect(card.innerText()).resolves.toContain('已申请，等待审核');
      // focus returned to the card's heading once its form went away
      expect((await focused(page)).name).toBe('公益性岗位社保补贴');

      // the employer withdraws it while it waits, asked once more first; the card offers it again
      await tabTo(page, '撤回申请：公益性岗位社保补贴（林*）');
      expect((await press(page, 'Enter')).name).toBe('确定撤回“公益性岗位社保补贴（林*）”的申请吗？撤回后县残联不再审核，之后仍可再次申请。');
      await expectNoViolations(page, 'subsidies-employer-withdraw-confirm');
      await tabTo(page, '确定撤回');
      await press(page, 'Enter');
      await expectAnnounced(page, '已撤回“公益性岗位社保补贴（林*）”的申请，已通知县残联。');
      expect((await focused(page)).name).toBe('公益性岗位社保补贴（林*）');
      await expect(page.getByRole('article', { name: '公益性岗位社保补贴（林*）' }).innerText()).resolves.toContain('已撤回');
      await expect(card.innerText()).resolves.not.toContain('已申请，等待审核');
    } finally {
      await context.close();
    }
    await visitAs(world.countyStaff.session, async (p) => {
      await visit(p, '/staff/subsidies?status=WITHDRAWN');
      expect(await mainText(p)).toContain(`申请人：${world.subsidyOrganizationName}`);
    });
  });
});
