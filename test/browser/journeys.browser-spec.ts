// Keyboard-only journeys (Tab, Shift+Tab, Enter, Space, Escape, arrows; typing text), one after another:
// an employer signs up, registers the organization and posts a job; a seeker signs up, completes the
// profile, finds the job and applies; the employer reviews the applicant and moves the application; the
// seeker sees the new status. Staff verification of the organization happens through the API in between.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Api, certificate, creditCode, endSessionsOf, residentId, searchIndexCaughtUp, staffMember, uniquePhone, verifyOrganization } from './support/api.js';
import { connect, newPage, screenshot, settle, visit } from './support/browser.js';
import { expectAnnounced, expectErrorSummaryFocused } from './support/expectations.js';
import { chooseOption, focused, press, tab, tabTo, typeText, walkPage } from './support/keyboard.js';

let browser: Browser;
const employerPhone = uniquePhone();
const seekerPhone = uniquePhone();
const PASSWORD = 'Keyboard-Only-1';
const JOB = `无障碍客服专员${Date.now() % 10000}`;
let employer: { context: BrowserContext; page: Page };
let seeker: { context: BrowserContext; page: Page };

beforeAll(async () => {
  browser = await connect();
  employer = await newPage(browser);
  seeker = await newPage(browser);
});
afterAll(async () => {
  await browser.close();
});

async function enter(page: Page) {
  await page.keyboard.press('Enter');
}

/** Waits for the page whose h1 says this (client-side navigation has no load event to wait for). */
async function expectH1(page: Page, text: string | RegExp) {
  const source = typeof text === 'string' ? text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : text.source;
  try {
    await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('main h1')?.textContent ?? ''), source, { timeout: 15_000 });
  } catch {
    throw new Error(`expected the h1 to match ${String(text)}, it says "${await page.locator('main h1').first().innerText()}"; ${page.url()}`);
  }
  await settle(page);
}

describe('keyboard only', () => {
  it('home: the first stop is the skip link, every stop shows focus, and focus leaves the page (no trap), also backwards', async () => {
    const { page } = employer;
    await visit(page, '/');
    const first = await tab(page);
    expect(first.name).toBe('跳到主要内容');
    await enter(page);
    expect((await focused(page)).id).toBe('main');
    await visit(page, '/');
    const forward = await walkPage(page);
    expect(forward.length).toBeGreaterThan(8);
    const backward = await walkPage(page, { back: true });
    expect(backward.map((s) => s.name)).toEqual(expect.arrayContaining(['跳到主要内容', '搜索职位']));
  });

  it('employer: signs up (after a failed submit), registers the organization and writes a draft', async () => {
    const { page } = employer;
    await visit(page, '/');
    await tabTo(page, '跳到主要内容');
    await tabTo(page, '注册');
    await enter(page);
    await expectH1(page, '注册账号');

    // an empty submit: the summary takes focus, the title says 错误, links lead to the fields
    await tabTo(page, '注册');
    await enter(page);
    await expectErrorSummaryFocused(page);
    const link = await tab(page);
    expect(link.name).toBe('请选择您想做什么：找工作，还是招人');
    await tab(page);
    await enter(page);
    const nameField = await focused(page);
    expect(nameField.id).toBe('signup-name');
    await expect(page.locator('#signup-name').getAttribute('aria-invalid')).resolves.toBe('true');

    // walk back to the role question with Shift+Tab (it enters a group with nothing chosen at its last
    // radio button) and choose with Space
    await tabTo(page, (s) => s.id.startsWith('signup-role-'), { back: true });
    expect((await focused(page)).id).toBe('signup-role-1');
    await press(page, 'Space');
    expect((await focused(page)).checked).toBe(true);
    await tabTo(page, 'signup-name');
    await typeText(page, '李经理');
    await tabTo(page, 'signup-account');
    await typeText(page, employerPhone);
    await tabTo(page, 'signup-password');
    await typeText(page, PASSWORD);
    await tabTo(page, '注册');
    await enter(page);
    await expectH1(page, '登记单位');
    expect((await focused(page)).tag).toBe('h1');

    await tabTo(page, 'org-name');
    await typeText(page, '信阳键盘无障碍科技有限公司');
    await tab(page);
    await typeText(page, '91411500MA9XXXXX1X'); // a wrong check character: caught in the browser
    await tabTo(page, 'org-type');
    await chooseOption(page, '民营企业');
    await tab(page);
    await chooseOption(page, '平桥区');
    await tab(page);
    await typeText(page, '平桥区民权路18号');
    await tab(page);
    await typeText(page, '85');
    await tabTo(page, '登记单位');
    await enter(page);
    await expectErrorSummaryFocused(page);
    await tabTo(page, /统一社会信用代码/);
    await enter(page);
    expect((await focused(page)).id).toBe('org-credit');
    await typeText(page, creditCode());
    await tabTo(page, '登记单位');
    await enter(page);
    await expectH1(page, '我的职位');
    await expect(page.locator('main').innerText()).resolves.toContain('单位已登记');

    await tabTo(page, '新建职位');
    await enter(page);
    await expectH1(page, '新建职位');
    await tabTo(page, 'pe-title');
    await typeText(page, JOB);
    await tab(page);
    await typeText(page, '在电脑上用文字回答网店顾客的问题，公司配有读屏软件，办公区没有台阶。');
    await tab(page);
    await chooseOption(page, '全职');
    await tab(page);
    await typeText(page, '2');
    await tab(page);
    await typeText(page, '2600');
    await tab(page);
    await typeText(page, '3200');
    // the accessibility checklist: the job needs fast work; a job coach makes it reachable for more people
    await tabTo(page, '快节奏工作');
    await press(page, 'Space');
    await expect(page.locator('#checklist-title + ul').innerText()).resolves.toContain('建议提供');
    await tabTo(page, '读屏软件');
    await press(page, 'Space');
    await tabTo(page, '文字沟通');
    await press(page, 'Space');
    await tabTo(page, '就业辅导员');
    await press(page, 'Space');
    await expect(page.locator('#checklist-title + ul').innerText()).resolves.toContain('已提供');

    // the preview tab, reached from the tab list with arrow keys
    await tabTo(page, '填写职位信息', { back: true });
    await press(page, 'ArrowRight');
    expect((await focused(page)).name).toBe('预览');
    await expect(page.locator('#preview-title').innerText()).resolves.toContain('预览');
    await expect(page.locator('[role=tabpanel]').innerText()).resolves.toContain(JOB);
    await screenshot(page, 'journey-employer-preview');
    await press(page, 'ArrowLeft');
    await tabTo(page, '保存草稿');
    await enter(page);
    await expectH1(page, '我的职位');
    await expect(page.locator('main').innerText()).resolves.toContain(`已保存草稿：${JOB}`);
  });

  it('employer: publishes once federation staff have verified the organization', async () => {
    const api = await Api.signIn(employerPhone, PASSWORD);
    const { myOrganization } = await api.gql(`{ myOrganization { id } }`);
    await verifyOrganization(await staffMember(), myOrganization.id);
    const { page } = employer;
    await visit(page, '/employer/postings');
    await tabTo(page, `发布：${JOB}`);
    await enter(page);
    await page.waitForFunction((job) => document.activeElement?.textContent?.includes(job), JOB);
    await expectAnnounced(page, `已发布：${JOB}`);
    await page.waitForFunction(() => document.querySelector('table')?.textContent?.includes('招聘中'));
  });

  it('seeker: signs up and completes the profile, consent first, with the certificate checked as typed', async () => {
    const { page } = seeker;
    await visit(page, '/');
    await tabTo(page, '注册');
    await enter(page);
    await expectH1(page, '注册账号');
    await tabTo(page, 'signup-role-0');
    await press(page, 'Space');
    await tabTo(page, 'signup-name');
    await typeText(page, '王芳');
    await tab(page);
    await typeText(page, seekerPhone);
    await tab(page);
    await typeText(page, PASSWORD);
    await tabTo(page, '注册');
    await enter(page);
    await expectH1(page, '同意事项');
    await expect(page.title()).resolves.toMatch(/第 1 步/);

    // consent: 1 (disability data), 2 (matching), 4 (share with employers applied to)
    await tabTo(page, 'consent-0');
    await press(page, 'Space');
    await tab(page);
    await press(page, 'Space');
    await tabTo(page, 'consent-3');
    await press(page, 'Space');
    await tabTo(page, '下一步');
    await enter(page);
    await expectH1(page, '基本信息');

    // Next without the required answers: the summary, then its link to the birth date
    await tabTo(page, '下一步');
    await enter(page);
    await expectErrorSummaryFocused(page);
    await tabTo(page, '请填写出生日期');
    await enter(page);
    expect((await focused(page)).id).toBe('profile-birth');
    await typeText(page, '1992-06-15');
    await tabTo(page, (s) => s.id.startsWith('profile-gender-'), { back: true });
    await press(page, 'ArrowUp');
    expect(await focused(page)).toMatchObject({ id: 'profile-gender-0', checked: true });
    await tabTo(page, 'profile-county');
    await chooseOption(page, '罗山县');
    await tab(page);
    await press(page, 'Space');
    await tabTo(page, '下一步');
    await enter(page);
    await expectH1(page, '残疾信息');

    // the certificate: a mistyped check character is reported at once, then corrected
    const id = residentId('411521', '19920615');
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    await tabTo(page, 'profile-cert');
    await typeText(page, wrong);
    await page.waitForFunction(() => document.querySelector('#profile-cert')?.getAttribute('aria-invalid') === 'true');
    await expect(page.locator('#profile-cert-error').innerText()).resolves.toContain('最后一位不对');
    await typeText(page, `${id}23`);
    await expect(page.locator('#profile-cert-hint').innerText()).resolves.toContain('证号有效：听力残疾，三级');
    await expect(page.locator('#profile-category-1').isChecked()).resolves.toBe(true);
    await tabTo(page, '下一步');
    await enter(page);
    await expectH1(page, '需要的支持');
    // the usual needs of the category are suggested
    await expect(page.locator('#profile-must-9').isChecked()).resolves.toBe(true);
    await tabTo(page, '下一步');
    await enter(page);
    await expectH1(page, '技能和学历');
    await tabTo(page, 'profile-skills');
    await typeText(page, '电脑打字、客服');
    await tabTo(page, '下一步');
    await enter(page);
    await expectH1(page, '求职意向');
    await tabTo(page, '下一步');
    await enter(page);
    await expectH1(page, '检查并保存');
    await expect(page.locator('main').innerText()).resolves.toContain('听力残疾');
    await tabTo(page, '保存档案');
    await enter(page);
    await expectH1(page, '我的求职档案');
    await expect(page.locator('main').innerText()).resolves.toContain('您的求职档案已保存');
    await expect(page.locator('main').innerText()).resolves.toContain(`${id.slice(0, 4)}`);
  });

  it('seeker: finds the job, reads it, and applies with interview accommodations (the sign-in lapses on the way; nothing typed is lost)', async () => {
    const { page } = seeker;
    // the search box on the home page leads to the job list; the index may take a moment to have the job
    await tabTo(page, '首页');
    await enter(page);
    await expectH1(page, /助业通/);
    await tabTo(page, 'home-q');
    await typeText(page, JOB);
    await enter(page);
    await expectH1(page, '找工作');
    for (let attempt = 0; attempt < 5 && !(await page.locator(`main a:text-is("${JOB}")`).count()); attempt++) {
      // the search index follows the database through the outbox: wait until it has caught up, then search again
      await searchIndexCaughtUp();
      await tabTo(page, '搜索职位');
      await enter(page);
      await settle(page);
    }
    await page.waitForFunction(() => /1/.test(document.querySelector('main [role=status]')?.textContent ?? ''));
    await tabTo(page, JOB);
    await enter(page);
    await expectH1(page, JOB);
    await expect(page.locator('.easy-read').innerText()).resolves.toContain('这个岗位专门留给残疾人');
    await tabTo(page, '朗读简明版');
    // headless Chromium has no voice: read-aloud says so in words instead of failing in silence
    await enter(page);
    await page.waitForFunction(() => /没有中文朗读语音/.test(document.querySelector('.read-aloud [role=status]')?.textContent ?? ''), undefined, { timeout: 10_000 });
    await tabTo(page, '申请这个职位');
    await enter(page);
    await expectH1(page, `申请：${JOB}`);
    await tabTo(page, 'apply-note');
    await typeText(page, '我会用电脑打字，做过两年网店客服。');
    await tabTo(page, '用文字面试');
    await press(page, 'Space');
    await tabTo(page, '字幕');
    await press(page, 'Space');
    await tabTo(page, '手语翻译', { back: true });
    await press(page, 'Space');
    // the sign-in lapses while the note is written (WCAG 3.3.7): the refusal links to signing in and back,
    // and what was typed comes back
    await endSessionsOf(seekerPhone);
    await tabTo(page, '提交申请');
    await enter(page);
    await expectErrorSummaryFocused(page);
    await expect(page.locator('.error-summary').innerText()).resolves.toContain('您的登录已经结束');
    await tabTo(page, '重新登录，回到这一页继续');
    await enter(page);
    await expectH1(page, '登录');
    await tabTo(page, 'signin-account');
    await typeText(page, seekerPhone);
    await tabTo(page, 'signin-password');
    await typeText(page, PASSWORD);
    await tabTo(page, '登录');
    await enter(page);
    await expectH1(page, `申请：${JOB}`);
    await expect(page.locator('main').innerText()).resolves.toContain('已恢复您登录前填写的内容');
    await expect(page.locator('#apply-note').inputValue()).resolves.toBe('我会用电脑打字，做过两年网店客服。');
    await expect(page.getByRole('checkbox', { name: '用文字面试' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: '字幕' }).isChecked()).resolves.toBe(true);
    await tabTo(page, '提交申请');
    await enter(page);
    await expectH1(page, '我的申请');
    await expect(page.locator('main').innerText()).resolves.toContain(`申请已提交：${JOB}`);
    await expect(page.locator('.card').first().innerText()).resolves.toContain('已提交');
  });

  it('employer: reviews the applicant; rejecting needs a reason (dialog, Escape returns focus); invites to interview', async () => {
    const { page } = employer;
    await visit(page, '/employer/postings');
    await tabTo(page, `查看申请人：${JOB}`);
    await enter(page);
    await expectH1(page, `申请人：${JOB}`);
    const card = page.locator('article.card').first();
    await expect(card.innerText()).resolves.toContain('王芳');
    await expect(card.innerText()).resolves.toContain('听力残疾');
    await expect(card.innerText()).resolves.toContain('用文字面试');

    // the reject dialog: focus moves in, Escape closes it and focus returns to its button
    await tabTo(page, '不录用：王芳');
    await enter(page);
    await page.waitForFunction(() => !!document.activeElement?.closest('dialog[open]'));
    expect((await focused(page)).id).toBe('reject-reason');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    expect((await focused(page)).name).toBe('不录用：王芳');
    // again: an empty reason is refused inside the dialog, and focus stays in it
    await enter(page);
    await page.waitForFunction(() => !!document.activeElement?.closest('dialog[open]'));
    await tabTo(page, '确定不录用');
    await enter(page);
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    await expect(page.locator('dialog[open]').innerText()).resolves.toContain('请填写不录用的原因');
    // Tab stays inside the dialog
    for (let i = 0; i < 6; i++) {
      await tab(page);
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
    }
    await tabTo(page, '取消');
    await enter(page);
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));

    // 邀请面试 proposes an interview: the time (China time), the place and its access, a contact by text
    await tabTo(page, '邀请面试：王芳', { back: true });
    await enter(page);
    await expectH1(page, '邀请面试：王芳');
    await tabTo(page, '发送面试邀请');
    await enter(page);
    await expectErrorSummaryFocused(page);
    await expect(page.locator('.error-summary').innerText()).resolves.toContain('请填写面试地点');
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + 3 * 86_400_000));
    await tabTo(page, 'iv-date');
    await typeText(page, day);
    await tabTo(page, 'iv-time');
    await typeText(page, '10:00');
    await tabTo(page, 'iv-place');
    await typeText(page, '平桥区测试路1号 一楼会议室');
    await tabTo(page, '入口无台阶或有坡道');
    await press(page, 'Space');
    await tabTo(page, 'iv-contact');
    await typeText(page, '短信 13900000000');
    await tabTo(page, '发送面试邀请');
    await enter(page);
    await expectH1(page, `面试与消息：${JOB}`);
    await expect(page.locator('main').innerText()).resolves.toContain('10:00');
    // the interpreter the seeker asked for: confirmed with how (a dialog; focus comes back), and asked of the federation
    await tabTo(page, '答复：手语翻译');
    await enter(page);
    await page.waitForFunction(() => !!document.activeElement?.closest('dialog[open]'));
    await tabTo(page, 'text-dialog-field');
    await typeText(page, '已请区残联安排手语翻译到场');
    await tabTo(page, '发送');
    await enter(page);
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    await expectAnnounced(page, '已答复：手语翻译');
    await page.waitForFunction(() => document.querySelector('.accommodation-list')?.textContent?.includes('已请区残联安排手语翻译到场'));
    await tabTo(page, '请残联派手语翻译');
    await enter(page);
    await expectAnnounced(page, '已向残联申请手语翻译');
    await screenshot(page, 'journey-employer-applicants');
  });

  it('seeker: accepts the interview, sends a message and reads the employer\'s reply', async () => {
    const { page } = seeker;
    await visit(page, '/applications');
    await tabTo(page, `面试与消息：${JOB}`);
    await enter(page);
    await expectH1(page, `面试与消息：${JOB}`);
    await expect(page.locator('.accommodation-list').innerText()).resolves.toContain('已安排');
    await tabTo(page, '接受这个时间');
    await enter(page);
    await expectAnnounced(page, '已接受面试时间');
    await expect(page.locator('main').innerText()).resolves.toContain('求职者已接受');
    await tabTo(page, '写消息');
    await typeText(page, '您好，我会准时到。请问需要带简历吗？');
    await tabTo(page, '发送消息');
    await enter(page);
    await expectAnnounced(page, '消息已发送');
    // focus stays in the message box, ready for the next message
    expect((await focused(page)).name).toBe('写消息');
    // the employer answers, by keyboard too
    const other = employer.page;
    await other.reload();
    await settle(other);
    await expect(other.locator('.message-list').innerText()).resolves.toContain('请问需要带简历吗');
    await tabTo(other, '写消息');
    await typeText(other, '不用带，我们有您的资料。');
    await tabTo(other, '发送消息');
    await enter(other);
    await expectAnnounced(other, '消息已发送');
    await page.reload();
    await settle(page);
    await expect(page.locator('.message-list').innerText()).resolves.toContain('不用带，我们有您的资料。');
    await screenshot(page, 'journey-seeker-messages');
  });

  it('seeker: chooses how to hear of things on the account page (no SMS for application changes), keyboard only', async () => {
    const { page } = seeker;
    await visit(page, '/');
    await tabTo(page, '我的账号');
    await enter(page);
    await expectH1(page, '我的账号');
    const sms = page.locator('#pref-APPLICATION_STATUS-SMS');
    await sms.waitFor();
    await expect(sms.isChecked()).resolves.toBe(true);
    const stop = await tabTo(page, '我的申请有变化 短信');
    expect(stop.outlineOk).toBe(true);
    await press(page, 'Space');
    await expect(sms.isChecked()).resolves.toBe(false);
    await tabTo(page, '保存通知方式');
    await enter(page);
    await expectAnnounced(page, '通知方式已保存。');
    await visit(page, '/account');
    await page.locator('#pref-APPLICATION_STATUS-SMS').waitFor();
    await expect(page.locator('#pref-APPLICATION_STATUS-SMS').isChecked()).resolves.toBe(false);
    await expect(page.locator('#pref-EVENT_CANCELLED-SMS').isChecked()).resolves.toBe(true);
  });

  it('seeker: sees the status change and its history, is warned before the idle timeout and stays, then signs out', async () => {
    const { page } = seeker;
    // a clock the test can move on: the idle warning is 5 minutes before the server's 120
    await page.clock.install();
    await visit(page, '/applications');
    const card = page.locator('article.card').first();
    await expect(card.locator('.badge').innerText()).resolves.toBe('邀请面试');
    await expect(card.locator('.history').innerText()).resolves.toMatch(/已提交[\s\S]*邀请面试/);
    await screenshot(page, 'journey-seeker-applications');
    // 1 h 55 min later the warning takes focus on 继续使用 (WCAG 2.2.1); Enter keeps the sign-in and the dialog closes
    await page.clock.fastForward('01:55:30');
    await page.waitForFunction(() => !!document.querySelector('dialog[open]'));
    await expect(page.getByRole('dialog', { name: '即将退出登录' }).isVisible()).resolves.toBe(true);
    expect((await focused(page)).name).toBe('继续使用');
    await enter(page);
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    await page.clock.fastForward('01:00:00');
    expect(await page.evaluate(() => !!document.querySelector('dialog[open]'))).toBe(false);
    await tabTo(page, '退出登录');
    await enter(page);
    await expectH1(page, /助业通/);
    await expect(page.locator('main').innerText()).resolves.toContain('您已退出登录');
  });

  it('seeker: fills the résumé by keyboard (entries added and removed, a wrong date refused on its field) and prints it', async () => {
    const me = await Api.signUp('SEEKER', '孙亮');
    await me.gql(`mutation($i: SeekerProfileInput!) { saveMyProfile(input: $i) { id } }`, { i: {
      name: '孙亮', gender: 'MALE', birthDate: '1990-03-03', countyCode: '411521', residence: 'URBAN', category: 'VISUAL', level: 2,
      certificateNumber: certificate(1, 2, '19900303'), consents: ['SENSITIVE_DATA'] } });
    const { page, context } = await newPage(browser, { session: me.session });
    await visit(page, '/profile/resume');
    await expectH1(page, '我的简历');
    // work history: add an entry (focus lands in its first field), fill it with an end before the start
    await tabTo(page, '添加一条工作经历');
    await enter(page);
    expect((await focused(page)).id).toBe('resume-work-0-employerName');
    await expectAnnounced(page, '已添加工作经历 第1条');
    await typeText(page, '罗山县明光盲人按摩中心');
    await tab(page);
    await typeText(page, '保健按摩师');
    await tab(page);
    await typeText(page, '2015-03-01');
    await tab(page);
    await typeText(page, '2014-01-01');
    // a second entry added by mistake and removed: focus returns to the add button
    await tabTo(page, '添加一条工作经历');
    await enter(page);
    expect((await focused(page)).id).toBe('resume-work-1-employerName');
    await tabTo(page, '删除工作经历 第2条');
    await enter(page);
    expect((await focused(page)).name).toBe('添加一条工作经历');
    // a certificate (blind health massage) and a language
    await tabTo(page, '添加一条证书');
    await enter(page);
    await chooseOption(page, '盲人保健按摩证书');
    await tab(page);
    await typeText(page, '盲人保健按摩师（中级）');
    await tabTo(page, 'resume-certificates-0-issuedOn');
    await typeText(page, '2016-06-01');
    await tabTo(page, '添加一条语言');
    await enter(page);
    await typeText(page, '普通话');
    await tabTo(page, '保存简历');
    await enter(page);
    await expectErrorSummaryFocused(page);
    await tabTo(page, /离职日期不能早于入职日期|结束日期不能早于开始日期/);
    await enter(page);
    expect((await focused(page)).id).toBe('resume-work-0-endDate');
    await typeText(page, '2020-12-31');
    await tabTo(page, '保存简历');
    await enter(page);
    await expectAnnounced(page, '简历已保存');
    // the printable CV: headings and lists, and in print media no site navigation
    await tabTo(page, '打印简历');
    await enter(page);
    await expectH1(page, '孙亮');
    expect(await page.title()).toMatch(/简历：孙亮/);
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings).toEqual(expect.arrayContaining(['工作经历', '证书', '语言']));
    await expect(page.locator('main li').filter({ hasText: '盲人保健按摩师（中级）' }).count()).resolves.toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    expect(await page.locator('main h2', { hasText: '工作经历' }).isVisible()).toBe(true);
    await screenshot(page, 'journey-resume-print');
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  });

  it('a certificate used by another profile is refused by the server and shown on its field', async () => {
    // the server's own checks (not only the browser's) reach the person as field errors
    const other = await Api.signUp('SEEKER', '赵强');
    const cert = certificate(4, 2, '19880808');
    await other.gql(`mutation($i: SeekerProfileInput!) { saveMyProfile(input: $i) { id } }`, { i: {
      name: '赵强', gender: 'MALE', birthDate: '1988-08-08', countyCode: '411521', residence: 'URBAN', certificateNumber: cert,
      category: 'PHYSICAL', level: 2, consents: ['SENSITIVE_DATA'] } });
    const me = await Api.signUp('SEEKER', '钱亮');
    const { page, context } = await newPage(browser, { session: me.session });
    await visit(page, '/profile/edit?step=consent');
    await tabTo(page, 'consent-0');
    await press(page, 'Space');
    await tabTo(page, '下一步');
    await enter(page);
    await expectH1(page, '基本信息');
    await tabTo(page, 'profile-gender-0');
    await press(page, 'ArrowDown');
    await tabTo(page, 'profile-birth');
    await typeText(page, '1988-08-08');
    await tab(page);
    await chooseOption(page, '罗山县');
    await tab(page);
    await press(page, 'Space');
    await tabTo(page, '下一步');
    await enter(page);
    await tabTo(page, 'profile-cert');
    await typeText(page, cert);
    for (const step of ['需要的支持', '技能和学历', '求职意向', '检查并保存']) {
      await tabTo(page, '下一步');
      await enter(page);
      await expectH1(page, step);
    }
    await tabTo(page, '保存档案');
    await enter(page);
    await expectErrorSummaryFocused(page);
    await tabTo(page, '该残疾人证号已被其他档案使用');
    await enter(page);
    await expectH1(page, '残疾信息');
    await page.waitForFunction(() => document.activeElement?.id === 'profile-cert');
    await expect(page.locator('#profile-cert').getAttribute('aria-invalid')).resolves.toBe('true');
    await context.close();
  });
});
