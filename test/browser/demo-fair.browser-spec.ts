/** @jest-environment-options {"fileServerEnv": {"DEMO_DATA": "auto"}} */
// A disabled-graduate fair run end to end on the demo data, in the browser: the file's server started the way
// `npm start` starts one (demo data loaded on the empty database), and the demo accounts from the README signing
// in through the sign-in page. The city's staff member reads last spring's graduate fair, creates this year's
// fair and publishes it; the demo e-commerce employer applies for a booth with its posting; staff approve it; the
// demo graduate registers asking for an interpreter; staff check the ticket in, finish the fair, read the
// outcomes and download the Excel file, whose rows are checked.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chinaDate } from './events-world.js';
import { baseUrl } from './support/api.js';
import { connect, newPage, screenshot, visit } from './support/browser.js';
import { expectAnnounced, expectH1, mainText } from './support/expectations.js';

const DEMO_PASSWORD = 'Demo2024!';
const CITY_STAFF = '13800000002';
const EMPLOYER = '13800000011';
const GRADUATE = '13800000024';

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  await demoDataLoaded(baseUrl());
  browser = await connect();
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The server answers before it has loaded the demo data: wait until the demo staff member can sign in. */
async function demoDataLoaded(url: string) {
  const until = Date.now() + 50_000;
  for (;;) {
    // a connection reset while the server loads the data on a busy machine is one more reason to ask again
    const json = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }', variables: { i: { account: CITY_STAFF, password: DEMO_PASSWORD } } }),
    }).then((res) => res.json() as Promise<{ data?: unknown }>, (e: Error) => ({ error: e }));
    if ('data' in json && json.data) return;
    if (Date.now() > until) throw new Error(`the demo data was not loaded within 50 s (last answer: ${JSON.stringify(json)}); see test-output/browser-server-demo-fair.browser-spec.log`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** A tab signed in as a demo account through the sign-in page. */
async function signedIn(account: string): Promise<Page> {
  const { context, page } = await newPage(browser);
  contexts.push(context);
  await visit(page, '/sign-in');
  await page.getByLabel('手机号或邮箱').fill(account);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForFunction(() => !location.pathname.startsWith('/sign-in'));
  await page.locator('main h1').first().waitFor();
  return page;
}

describe('the demo data: staff run a disabled-graduate fair from creation to the export', () => {
  const year = chinaDate(0).slice(0, 4);
  const fair = `${year}年信阳市残疾人高校毕业生就业双选会（演示）`;
  let staff: Page;
  let eventId = '';
  let organization = '';
  let ticket = '';

  beforeAll(async () => {
    staff = await signedIn(CITY_STAFF);
  });

  it('last spring\'s graduate fair is in the demo data, finished, with its outcomes', async () => {
    await visit(staff, '/staff/events');
    await staff.getByRole('tab', { name: /已结束/ }).click();
    const link = staff.getByRole('link', { name: /高校毕业生双选会（春季）/ });
    await link.click();
    await expectH1(staff, /高校毕业生双选会（春季）/);
    await staff.getByRole('link', { name: '招聘成效和导出' }).click();
    await expectH1(staff, /^招聘成效：.*双选会（春季）$/);
    const totals = await staff.locator('.stat-grid').innerText();
    const figure = (label: string) => Number(new RegExp(`${label}\\s+(\\d+)`).exec(totals)?.[1] ?? NaN);
    expect(figure('报名人数')).toBeGreaterThan(0);
    expect(figure('到场人数')).toBeGreaterThan(0);
    expect(figure('到场人数')).toBeLessThanOrEqual(figure('报名人数'));
    expect(await staff.locator('table', { hasText: '用人单位' }).locator('tbody tr').count()).toBeGreaterThan(0);
  });

  it('creates this year\'s graduate fair, today and tomorrow, and publishes it', async () => {
    await visit(staff, '/staff/events/new');
    await staff.locator('#ev-title').fill(fair);
    await staff.getByRole('radio', { name: '高校毕业生双选会' }).check();
    await staff.locator('#ev-description').fill('面向今年毕业的残疾人大学生。现场有手语翻译。');
    await staff.locator('#ev-starts').fill(`${chinaDate(0)} 00:00`);
    // two days, so a run that crosses midnight in China still finds the fair open
    await staff.locator('#ev-ends').fill(`${chinaDate(1)} 23:59`);
    await staff.locator('#ev-reg-opens').fill(`${chinaDate(-1)} 09:00`);
    await staff.locator('#ev-reg-closes').fill(`${chinaDate(1)} 23:59`);
    await staff.locator('#ev-venue').fill('信阳师范大学体育馆');
    await staff.locator('#ev-address').fill('浉河区南京路237号');
    await staff.getByRole('checkbox', { name: '无障碍通道（没有台阶）' }).check();
    await staff.locator('#ev-service-sign-language-interpreter').fill('2');
    await staff.locator('#ev-grad-years').fill(year);
    await staff.locator('#ev-capacity').fill('100');
    await staff.locator('#ev-booth-limit').fill('20');
    await staff.getByRole('button', { name: '保存为草稿' }).click();
    await expectH1(staff, fair);
    eventId = new URL(staff.url()).pathname.split('/')[3];
    expect(eventId).toMatch(/^[0-9a-f-]{36}$/);
    await staff.getByRole('button', { name: '发布招聘会' }).click();
    await expectAnnounced(staff, `已发布：${fair}`);
  });

  it('the demo employer applies for a booth with its published posting; staff approve it', async () => {
    const employer = await signedIn(EMPLOYER);
    await visit(employer, '/employer/events');
    // the link says 申请展位 and, hidden visually, which fair
    await employer.getByRole('link', { name: new RegExp(`^申请展位\\s*：\\s*${escapeRegExp(fair)}$`) }).click();
    await expectH1(employer, `申请展位：${fair}`);
    await employer.locator('#booth-postings-0').check();
    await employer.getByRole('button', { name: '提交展位申请' }).click();
    await expectH1(employer, '招聘会展位');
    expect(await mainText(employer)).toContain(`展位申请已提交：${fair}`);

    await visit(staff, `/staff/events/${eventId}`);
    const approve = staff.getByRole('button', { name: /^批准\s*：/ });
    // the button's name carries the organization's name ("批准：" and the name, the name hidden visually)
    organization = (await approve.textContent())!.replace(/^批准\s*：/, '').trim();
    expect(organization.length).toBeGreaterThan(1);
    await approve.click();
    await expectAnnounced(staff, '已批准展位：');
    await expect(staff.locator('table', { hasText: '展位状态' }).innerText()).resolves.toMatch(/已批准/);
  });

  it('the demo graduate may attend, registers asking for an interpreter and gets a ticket', async () => {
    const graduate = await signedIn(GRADUATE);
    await visit(graduate, `/events/${eventId}`);
    expect(await mainText(graduate)).toContain('您可以报名这场招聘会。');
    await graduate.getByRole('link', { name: '报名参加' }).click();
    await expectH1(graduate, `报名：${fair}`);
    await graduate.getByRole('checkbox', { name: '手语翻译' }).check();
    await graduate.getByRole('button', { name: '确认报名' }).click();
    await expectH1(graduate, '我的招聘会');
    expect(await mainText(graduate)).toContain(`报名成功：${fair}。电子票在下面。`);
    const card = graduate.locator('article.card', { hasText: fair });
    ticket = (await card.locator('.ticket-code').innerText()).replace(/\s+/g, '');
    expect(ticket).toMatch(/^[A-Z0-9]{10}$/);
    await screenshot(graduate, 'demo-fair-ticket');
  });

  it('staff see the interpreter request against the offer, check the ticket in, and a second check-in is refused', async () => {
    await visit(staff, `/staff/events/${eventId}`);
    await expect(staff.locator('table', { hasText: '申请人数' }).innerText()).resolves.toMatch(/手语翻译\s+1\s+2\s+够用/);
    await visit(staff, `/staff/events/${eventId}/check-in`);
    await staff.locator('#checkin-code').fill(ticket);
    await staff.keyboard.press('Enter');
    await expectAnnounced(staff, '签到成功：');
    await staff.waitForFunction(() => /已签到 1 人/.test(document.querySelector('.checkin-count')?.textContent ?? ''));
    await staff.locator('#checkin-code').fill(ticket);
    await staff.keyboard.press('Enter');
    await expectAnnounced(staff, '不能签到：这张票已于');
  });

  it('finishes the fair, reads the outcomes and downloads them to Excel with Chinese headers', async () => {
    await visit(staff, `/staff/events/${eventId}`);
    await staff.getByRole('button', { name: '结束招聘会' }).click();
    await staff.locator('dialog[open]').getByRole('button', { name: '确定结束' }).click();
    await expectAnnounced(staff, `招聘会已结束：${fair}`);
    await staff.getByRole('link', { name: '招聘成效和导出' }).click();
    await expectH1(staff, `招聘成效：${fair}`);
    const totals = await staff.locator('.stat-grid').innerText();
    expect(totals).toMatch(/报名人数\s+1\b/);
    expect(totals).toMatch(/到场人数\s+1\b/);
    expect(await mainText(staff)).toContain(organization);
    await screenshot(staff, 'demo-fair-outcomes');

    const href = await staff.getByRole('link', { name: '下载 Excel 表格（.xlsx）' }).getAttribute('href');
    const res = await staff.context().request.get(new URL(href!, staff.url()).toString());
    expect(res.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.body()) as unknown as ArrayBuffer);
    const sheets = book.worksheets.map((s) => s.name);
    expect(sheets).toEqual(['汇总', '用人单位']);
    const rows = (name: string) => {
      const out: string[][] = [];
      book.getWorksheet(name)!.eachRow((row) => { out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))); });
      return out;
    };
    const summary = rows('汇总').flat().join(' ');
    expect(summary).toContain(fair);
    const employers = rows('用人单位');
    expect(employers[0]).toContain('用人单位');
    const orgRow = employers.find((r) => r[0] === organization);
    expect(orgRow).toBeDefined();
  });
});
