// Compliance screens in real Chromium against the real server: axe on every route (zh-CN and en; default,
// large-text and high-contrast modes), and two keyboard-only journeys: staff import a registry file with errors,
// import the corrected file, and import it again (nothing changes); staff run the integrity checks and clear a
// flag with a note (first without one); staff verify a new company and its posting is then found by an anonymous
// search. Confirming a flag chooses which of its placements are not genuine (at least one). The company waiting in
// the axe routes has a licence image and a decision by a named staff member. The genuineness figures (list and one
// employer) are scanned too, and staff open an employer's figures from the workbench by keyboard and follow its open
// flags to the integrity page. Data in 固始县 (411525) only.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, searchIndexCaughtUp, type Api } from './support/api.js';
import { scanInAllModes } from './support/axe.js';
import { connect, newPage, visit, type Locale } from './support/browser.js';
import { chooseOption, focused, press, tab, tabTo, typeText } from './support/keyboard.js';
import { checkRoute, NO_PROBLEMS } from './support/scan-route.js';
import {
  countyStaff, csv, db, genuinenessEmployer, GUSHI, importFile, newCompany, people, runChecks, shortPlacement, uploadLicence, withMistakes,
} from './staff-compliance-world.js';
import { expectAnnounced, expectErrorSummaryFocused, expectH1 } from './support/expectations.js';

let browser: Browser;
let staff: Api;

beforeAll(async () => {
  browser = await connect();
  staff = await countyStaff();
});
afterAll(async () => {
  await browser.close();
});

async function expectMainText(page: Page, text: string) {
  try {
    await page.waitForFunction((t) => document.querySelector('main')?.textContent?.includes(t), text, { timeout: 30_000 });
  } catch {
    throw new Error(`the page never said "${text}"; it says "${(await page.locator('main').innerText()).slice(0, 600)}"`);
  }
}

/** The keyboard way to choose a file: Space on the focused file field opens the chooser. */
async function chooseFile(page: Page, name: string, buffer: Buffer) {
  expect((await focused(page)).id).toBe('registry-file');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer });
}

const gushiProfiles = async () => Number((await db(`SELECT count(*)::int AS n FROM seeker_profile WHERE county_code = $1`, [GUSHI]))[0].n);

describe('axe: the compliance routes', () => {
  const routes: Array<{ name: string; path: () => string; variant?: true }> = [];
  let rejectedId = '';
  let doneId = '';
  let runningId = '';
  let waitingOrgId = '';
  let genuineOrgId = '';

  beforeAll(async () => {
    ({ organizationId: genuineOrgId } = await genuinenessEmployer('固始县挂名用工测试有限公司'));
    const waiting = await newCompany('固始县待核验商贸有限公司', 'axe');
    waitingOrgId = waiting.organizationId;
    // its evidence: a licence image, and a past decision that names who made it
    await uploadLicence(waiting.employer, waitingOrgId);
    await staff.gql(`mutation($i: OrganizationDecisionInput!) { decideOrganization(input: $i) { id } }`,
      { i: { organizationId: waitingOrgId, decision: 'REQUEST_INFO', note: '请补充加盖公章的营业执照复印件' } });
    // a job held at 40 % (as if a large file were being checked), so the progress bar can be scanned
    const { me } = await staff.gql(`{ me { id } }`);
    [{ id: runningId }] = await db<{ id: string }>(
      `INSERT INTO seeker_import (created_by, scope_county_code, file_name, format, file_size, valid_only, status, total_rows, processed_rows,
         created_count, updated_count, unchanged_count, error_rows, message_params, headers, started_at)
       VALUES ($1, $2, '固始县大名册.xlsx', 'XLSX', 3000000, false, 'VALIDATING', 50000, 20000, 0, 0, 0, 0, '{}', '{}', now()) RETURNING id`,
      [me.id, GUSHI]);
    rejectedId = await importFile(staff, csv(withMistakes(people(5))), '固始县名册-有错误.csv');
    doneId = await importFile(staff, csv(people(3)), '固始县名册-三人.csv');
    await shortPlacement(staff, '孙丽');
    await runChecks(staff);
  });

  routes.push(
    { name: 'imports', path: () => '/staff/imports' },
    { name: 'import-rejected', path: () => `/staff/imports/${rejectedId}` },
    { name: 'import-done', variant: true, path: () => `/staff/imports/${doneId}` },
    { name: 'import-running', variant: true, path: () => `/staff/imports/${runningId}` },
    { name: 'import-not-found', variant: true, path: () => '/staff/imports/00000000-0000-4000-8000-000000000000' },
    { name: 'integrity', path: () => `/staff/integrity?status=ALL&county=${GUSHI}` },
    { name: 'integrity-none', variant: true, path: () => `/staff/integrity?kind=DOUBLE_COUNTED&county=${GUSHI}` },
    { name: 'verification', path: () => '/staff/verification' },
    { name: 'verification-org', path: () => `/staff/verification/${waitingOrgId}` },
    { name: 'genuineness', path: () => `/staff/genuineness?county=${GUSHI}` },
    { name: 'genuineness-employer', path: () => `/staff/genuineness?org=${genuineOrgId}` },
  );

  describe.each(['zh-CN', 'en'] as const)('%s', (locale) => {
    it.each(routes.map((r) => [r.name, r] as const))('%s: axe in every display mode, target sizes, reflow', async (_name, route) => {
      // the busiest: a 32px browser font and the text-spacing override too
      const busy = route.name === 'import-rejected';
      const report = await checkRoute(browser, `compliance-${route.name}`, route.path(), locale, staff.session, { bigFont: busy, textSpacing: busy, variant: route.variant });
      expect(report).toEqual(NO_PROBLEMS);
    });
  });

  it('the pages with data show it (the scans were not of empty pages)', async () => {
    const { page, context } = await newPage(browser, { session: staff.session });
    try {
      await visit(page, `/staff/imports/${rejectedId}`);
      expect(await page.locator('main').innerText()).toContain('第3行');
      await visit(page, `/staff/imports/${runningId}`);
      expect(await page.locator('main progress').getAttribute('value')).toBe('36');
      expect(await page.locator('main').innerText()).toContain('已检查20,000行，共50,000行（36%）');
      await visit(page, `/staff/integrity?status=ALL&county=${GUSHI}`);
      expect(await page.locator('main').innerText()).toContain('孙丽');
      await visit(page, '/staff/verification');
      expect(await page.locator('main').innerText()).toContain('固始县待核验商贸有限公司');
      await visit(page, `/staff/genuineness?county=${GUSHI}`);
      await page.getByRole('link', { name: '固始县挂名用工测试有限公司' }).waitFor();
      expect(await page.locator('main').innerText()).toContain('0%（0 / 3）、低于最低值50%');
      await visit(page, `/staff/genuineness?org=${genuineOrgId}`);
      expect(await page.locator('main').innerText()).toContain('预留岗位：仓库记账员');
      await visit(page, `/staff/verification/${waitingOrgId}`);
      const main = await page.locator('main').innerText();
      expect(main).toContain('校验位正确');
      expect(main).toContain('决定人：固始县残联 固始县残联工作人员');
      const img = page.getByRole('img', { name: '固始县待核验商贸有限公司上传的营业执照图片' });
      await img.waitFor();
      // the image really loaded (the staff member may read it; the read is audited)
      await page.waitForFunction(() => (document.querySelector('img.licence-image') as HTMLImageElement | null)?.naturalWidth === 1);
      const [{ n }] = await db(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'organization' AND entity_id = $1 AND field = 'licence'`, [waitingOrgId]);
      expect(n).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('axe after the changes people cause', () => {
  const states: Array<{ name: string; path: string; act: (page: Page, zh: boolean) => Promise<void> }> = [
    {
      name: 'upload-no-file',
      path: '/staff/imports',
      act: async (page, zh) => {
        await page.getByRole('button', { name: zh ? '开始导入' : 'Start the import' }).focus();
        await page.keyboard.press('Enter');
        await page.waitForSelector('.error-summary');
      },
    },
    {
      name: 'decide-dialog-errors',
      path: `/staff/integrity?county=${GUSHI}`,
      act: async (page, zh) => {
        await page.getByRole('button', { name: zh ? /^处理这条提示/ : /^Decide on this flag/ }).first().focus();
        await page.keyboard.press('Enter');
        await page.waitForSelector('dialog[open]');
        await page.getByRole('button', { name: zh ? '保存处理结果' : 'Save the decision' }).focus();
        await page.keyboard.press('Enter');
        await page.waitForSelector('dialog[open] .error-summary');
      },
    },
  ];

  beforeAll(async () => {
    await shortPlacement(staff, '郑洁');
    await runChecks(staff);
  });

  describe.each(['zh-CN', 'en'] as Locale[])('%s', (locale) => {
    it.each(states.map((s) => [s.name, s] as const))('%s', async (_name, state) => {
      const { page, context } = await newPage(browser, { locale, session: staff.session });
      try {
        await visit(page, state.path);
        await state.act(page, locale === 'zh-CN');
        // a dialog makes the page's own mode buttons inert: the modes are set the way they do
        expect(await scanInAllModes(page, `state-compliance-${state.name}-${locale}`, { secondLanguage: locale === 'en' })).toEqual({});
      } finally {
        await context.close();
      }
    });
  });
});

describe('keyboard only: staff import a file with errors and fix it', () => {
  const ROWS = 3000; // large enough that the checking takes a moment and the progress bar shows
  const shown = ROWS.toLocaleString('en-US');
  const correct = people(ROWS);
  const wrong = withMistakes(correct);
  let page: Page;

  beforeAll(async () => {
    ({ page } = await newPage(browser, { session: staff.session }));
    // a listener from the start keeps file choosers intercepted: enabling it only while waiting races the key press
    page.on('filechooser', () => {});
  });

  it('goes from the workbench to the import; a submit without a file names the field', async () => {
    await visit(page, '/staff');
    expect((await tab(page)).name).toBe('跳到主要内容');
    await tabTo(page, '导入名册');
    await press(page, 'Enter');
    await expectH1(page, '导入求职者名册');
    await tabTo(page, '开始导入');
    await press(page, 'Enter');
    await expectErrorSummaryFocused(page);
    await tabTo(page, '请选择要导入的名册文件');
    await press(page, 'Enter');
    const field = await focused(page);
    expect(field).toMatchObject({ id: 'registry-file', outlineOk: true });
    expect(await page.locator('#registry-file').getAttribute('aria-invalid')).toBe('true');
  });

  it('imports the file with errors: progress, then every wrong row, and nothing written', async () => {
    const before = await gushiProfiles();
    await chooseFile(page, '固始县名册.csv', csv(wrong));
    // the progress bar may show for a moment only: remember whether it did
    await page.evaluate(() => {
      const w = window as unknown as { __sawProgress: boolean };
      w.__sawProgress = false;
      new MutationObserver(() => { if (document.querySelector('main progress')) w.__sawProgress = true; })
        .observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    await tabTo(page, '开始导入');
    await press(page, 'Enter');
    await expectH1(page, '导入结果：固始县名册.csv');
    await expectMainText(page, '文件没有导入，名册里什么都没有改变。');
    expect(await page.evaluate(() => (window as unknown as { __sawProgress: boolean }).__sawProgress)).toBe(true);
    await expectAnnounced(page, '文件没有导入。有3行存在错误');
    const problems = await page.locator('table', { hasText: '行号' }).innerText();
    expect(problems).toMatch(/第3行\s+残疾人证号\s+残疾人证号第18位（身份证号校验位）应为[0-9X]，而不是[0-9X]：请核对前17位/);
    expect(problems).toMatch(/第4行\s+残疾类别\s+残疾类别“听力”与残疾人证号第19位/);
    expect(problems).toMatch(/第5行\s+所属县区\s+所属县区“羊山新区”不是本市的县区/);
    const report = await page.getByRole('link', { name: '下载错误报告（.xlsx）' }).getAttribute('href');
    const res = await fetch(`${baseUrl()}${report}`, { headers: { cookie: staff.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(await gushiProfiles()).toBe(before);
  });

  it('imports the corrected file and sees the counts', async () => {
    const before = await gushiProfiles();
    await tabTo(page, 'registry-file');
    await chooseFile(page, '固始县名册-改正.csv', csv(correct));
    await tabTo(page, '导入改好的文件');
    await press(page, 'Enter');
    await expectH1(page, '导入结果：固始县名册-改正.csv');
    await expectMainText(page, '导入完成。');
    await expectAnnounced(page, `导入完成：新增${shown}行，更新0行，0行没有变化，0行有错误。`);
    expect(await page.locator('main .stat-grid').innerText()).toMatch(new RegExp(`新增\\s+${shown}行\\s+更新\\s+0行\\s+没有变化\\s+0行`));
    expect(await gushiProfiles()).toBe(before + ROWS);
  });

  it('imports the same file again: nothing changes', async () => {
    const before = await gushiProfiles();
    const firstPath = new URL(page.url()).pathname;
    await tabTo(page, 'registry-file');
    await chooseFile(page, '固始县名册-改正.csv', csv(correct));
    await tabTo(page, '开始导入');
    await press(page, 'Enter');
    await page.waitForURL((u) => u.pathname !== firstPath && u.pathname.startsWith('/staff/imports/'));
    await expectMainText(page, '文件里的数据和名册完全一样，这次没有任何改变。');
    await expectAnnounced(page, `导入完成：新增0行，更新0行，${shown}行没有变化，0行有错误。`);
    expect(await gushiProfiles()).toBe(before);
  });
});

describe('keyboard only: staff run the integrity checks and clear a flag', () => {
  let page: Page;
  let placementId = '';
  let fakeId = '';

  beforeAll(async () => {
    ({ placementId } = await shortPlacement(staff, '周敏'));
    ({ placementId: fakeId } = await shortPlacement(staff, '吴刚'));
    ({ page } = await newPage(browser, { session: staff.session }));
  });

  it('runs the checks: the new flags are announced', async () => {
    await visit(page, '/staff/integrity');
    expect((await tab(page)).name).toBe('跳到主要内容');
    await tabTo(page, '立即运行核查');
    await press(page, 'Enter');
    await expectAnnounced(page, '核查完成');
    await expectMainText(page, '核查完成');
  });

  it('filters to short jobs in 固始县', async () => {
    await tabTo(page, 'filter-kind');
    await chooseOption(page, '就业不到3个月');
    await tabTo(page, 'filter-county');
    await chooseOption(page, '固始县');
    await tabTo(page, '筛选');
    await press(page, 'Enter');
    await page.waitForURL((u) => u.searchParams.get('county') === GUSHI && u.searchParams.get('kind') === 'SHORT_PLACEMENT');
    // the filtered list replaces the unfiltered one (which also names 周敏): wait for the filtered flag's own words
    await expectMainText(page, '就业从2026年3月2日开始，2026年4月1日结束，只有30天，不到3个月。');
    expect(await page.locator('main').innerText()).toContain('周敏');
  });

  it('opens the flag (Escape returns focus), then clears it: first without a note, then with one', async () => {
    const opener = await tabTo(page, /^处理这条提示\s?：就业不到3个月、周敏/);
    await press(page, 'Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'decide-outcome-0');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    expect((await focused(page)).name).toBe(opener.name);

    await press(page, 'Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'decide-outcome-0');
    expect(await press(page, 'Space')).toMatchObject({ id: 'decide-outcome-0', checked: true, name: '排除：核实后没有问题' });
    await tabTo(page, '保存处理结果');
    await press(page, 'Enter');
    await expectErrorSummaryFocused(page);
    expect(await page.locator('dialog[open]').innerText()).toContain('请填写处理说明');
    await tabTo(page, '请填写处理说明');
    await press(page, 'Enter');
    expect((await focused(page)).id).toBe('decide-note');
    expect(await page.locator('#decide-note').getAttribute('aria-invalid')).toBe('true');
    await typeText(page, '已电话回访本人：试用期内本人离职，不是虚假安置');
    await tabTo(page, '保存处理结果');
    await press(page, 'Enter');
    await expectAnnounced(page, '已排除这条提示。');
    await page.waitForFunction(() => !document.querySelector('dialog[open]') && document.activeElement?.id === 'integrity-flags');
    expect(await page.title()).not.toMatch(/^错误：/);
    expect(await page.locator('main').innerText()).not.toContain('周敏');
    const [flag] = await db(`SELECT status, note FROM integrity_flag WHERE kind = 'SHORT_PLACEMENT' AND $1 = ANY(placement_ids)`, [placementId]);
    expect(flag).toEqual({ status: 'CLEARED', note: '已电话回访本人：试用期内本人离职，不是虚假安置' });
  });

  it('confirms another flag: its placement is listed ticked, unticking all is named, and the ticked one leaves the figures', async () => {
    await tabTo(page, /^处理这条提示\s?：就业不到3个月、吴刚/);
    await press(page, 'Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'decide-outcome-0');
    expect(await press(page, 'ArrowDown')).toMatchObject({ id: 'decide-outcome-1', checked: true, name: '确认属实：是虚假安置' });
    expect(await tab(page)).toMatchObject({ id: 'decide-placements-0', checked: true, name: expect.stringMatching(/^吴某，.+，2026年3月2日入职$/) });
    expect(await press(page, 'Space')).toMatchObject({ id: 'decide-placements-0', checked: false });
    await tabTo(page, 'decide-note');
    await typeText(page, '单位承认挂名，本人没有实际上岗');
    await tabTo(page, '保存处理结果');
    await press(page, 'Enter');
    await expectErrorSummaryFocused(page);
    await tabTo(page, '请至少勾选一条不真实的就业登记');
    await press(page, 'Enter');
    expect((await focused(page)).id).toBe('decide-placements-0');
    expect(await press(page, 'Space')).toMatchObject({ id: 'decide-placements-0', checked: true });
    await tabTo(page, '保存处理结果');
    await press(page, 'Enter');
    await expectAnnounced(page, '已确认这条提示属实。');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    const [placement] = await db(`SELECT excluded_at IS NOT NULL AS excluded FROM placement WHERE id = $1`, [fakeId]);
    expect(placement).toEqual({ excluded: true });
  });
});

describe('keyboard only: staff verify a new company and its posting becomes searchable', () => {
  const NAME = '固始县新核验电子商务有限公司';
  const WORD = `hy${Date.now().toString(36)}`;
  let company: { organizationId: string; postingId: string; title: string };
  let page: Page;

  const anonymousSearch = async (word: string) => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query($q: String) { searchPostings(query: $q) { total items { posting { id } } } }`, variables: { q: word } }),
    });
    return ((await res.json()) as { data: { searchPostings: { items: Array<{ posting: { id: string } }> } } }).data.searchPostings.items.map((i) => i.posting.id);
  };

  beforeAll(async () => {
    company = await newCompany(NAME, WORD);
    await searchIndexCaughtUp();
    ({ page } = await newPage(browser, { session: staff.session }));
  });

  it('before: the waiting company\'s posting is not found by anyone', async () => {
    expect(await anonymousSearch(WORD)).toEqual([]);
  });

  it('opens the queue from the workbench and the company from the queue, with its evidence', async () => {
    await visit(page, '/staff');
    expect((await tab(page)).name).toBe('跳到主要内容');
    await tabTo(page, '单位核验');
    await press(page, 'Enter');
    await expectH1(page, '单位核验');
    await expectMainText(page, NAME);
    await tabTo(page, new RegExp(`^查看并核验\\s?：${NAME}$`));
    await press(page, 'Enter');
    await expectH1(page, `核验：${NAME}`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('校验位正确');
    expect(main).toContain('李经理，0376-1234567');
  });

  it('approving without choosing is named; then approves', async () => {
    await tabTo(page, '保存决定');
    await press(page, 'Enter');
    await expectErrorSummaryFocused(page);
    await tabTo(page, '请选择一个决定');
    await press(page, 'Enter');
    expect(await focused(page)).toMatchObject({ id: 'verify-decision-0', name: '通过核验' });
    expect(await press(page, 'Space')).toMatchObject({ id: 'verify-decision-0', checked: true });
    await tabTo(page, '保存决定');
    await press(page, 'Enter');
    await expectH1(page, '单位核验');
    await expectAnnounced(page, `已通过“${NAME}”的核验`);
    expect(await page.title()).not.toMatch(/^错误：/);
    const [org] = await db(`SELECT verification_status FROM organization WHERE id = $1`, [company.organizationId]);
    expect(org.verification_status).toBe('VERIFIED');
  });

  it('after: an anonymous visitor finds the posting by searching, with the Verified mark', async () => {
    await searchIndexCaughtUp();
    expect(await anonymousSearch(WORD)).toEqual([company.postingId]);
    const { page: visitor, context } = await newPage(browser);
    try {
      await visit(visitor, '/jobs');
      await tabTo(visitor, 'jobs-q');
      await typeText(visitor, WORD);
      await visitor.keyboard.press('Enter');
      await visitor.waitForFunction((w) => document.querySelector('.results article h3')?.textContent?.includes(w), WORD);
      const card = await visitor.locator('.results article').first().innerText();
      expect(card).toContain(company.title);
      expect(card).toContain('已核验');
    } finally {
      await context.close();
    }
  });
});

describe('keyboard only: staff open an employer\'s genuineness figures and follow its open flags', () => {
  const NAME = '固始县键盘核查测试有限公司';
  let page: Page;
  let organizationId = '';

  beforeAll(async () => {
    ({ organizationId } = await genuinenessEmployer(NAME));
    await runChecks(staff);
    ({ page } = await newPage(browser, { session: staff.session }));
  });

  it('goes from the workbench to the figures, and to the employer from the list', async () => {
    await visit(page, '/staff');
    expect((await tab(page)).name).toBe('跳到主要内容');
    await tabTo(page, '保留岗位与安置真实性');
    await press(page, 'Enter');
    await expectH1(page, '保留岗位与安置真实性');
    await expectMainText(page, NAME);
    await tabTo(page, NAME);
    await press(page, 'Enter');
    await expectH1(page, `${NAME}：保留岗位与安置真实性`);
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/3个月内离职占比\s+100%（3 \/ 3）\s+高于最高值50%/);
    expect(main).toContain('预留岗位：仓库记账员');
  });

  it('follows the link to its open flags: the integrity page shows that employer\'s flags only, in words', async () => {
    await tabTo(page, /^在真实性核查中查看这家单位的\d+条待处理提示$/);
    await press(page, 'Enter');
    await expectH1(page, '就业真实性核查');
    await page.waitForURL((u) => u.searchParams.get('org') === organizationId);
    await expectMainText(page, `只看这家单位的提示：${NAME}`);
    await expectMainText(page, '3个月内离职占比为100%（3 / 3），高于最高值50%');
    const [{ n }] = await db(`SELECT count(*)::int AS n FROM integrity_flag WHERE organization_id = $1 AND kind = 'EARLY_ENDINGS'`, [organizationId]);
    expect(n).toBe(1);
  });
});

