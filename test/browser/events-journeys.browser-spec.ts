// Keyboard-only journeys through recruitment events (Tab, Shift+Tab, Enter, Space, Escape, arrows; typing
// text), against the real server and PostgreSQL: a deaf graduate finds a fair, registers asking for a
// sign-language interpreter, reads the ticket and the notification, applies at the fair and cancels another
// registration; staff create and publish a graduate fair, decide booths and check a person in on a phone, then
// finish the fair and reach the export; an employer applies for a booth and accepts an invitation.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { applyForBooth, chinaDate, chinaTime, createEvent, decideBooth, graduateSeeker, register, ticketOf } from './events-world.js';
import { Api, employerWithPosting, LUOSHAN, postingInput, searchIndexCaughtUp, seekerWithProfile, staffMember } from './support/api.js';
import { chinaDay, createCourse, enrol as enrolIn } from './training-world.js';
import { connect, newPage, screenshot, visit } from './support/browser.js';
import { chooseOption, focused, press, tab, tabTo, typeText } from './support/keyboard.js';
import { expectAnnounced, expectErrorSummaryFocused, expectH1, mainText } from './support/expectations.js';

let browser: Browser;
let staff: Api;

beforeAll(async () => {
  browser = await connect();
  staff = await staffMember();
});
afterAll(async () => {
  await browser.close();
});

const suffix = () => String(Date.now() % 100000);

async function enter(page: Page) {
  await page.keyboard.press('Enter');
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('keyboard only: a deaf graduate and a recruitment fair', () => {
  const fair = `信阳市残疾人就业招聘会${suffix()}`;
  const other = `罗山县残疾人专场招聘会${suffix()}`;
  let seeker: Api;
  let page: Page;

  beforeAll(async () => {
    const { employer, postingId } = await employerWithPosting(staff);
    // a day of its own, so the date filter finds it among the fairs other tests arrange
    const eventId = await createEvent(staff, { title: fair, startsAt: chinaTime(20, '09:00'), endsAt: chinaTime(20, '16:00') });
    await decideBooth(staff, await applyForBooth(employer, eventId, [postingId]), true);
    const otherId = await createEvent(staff, { title: other });
    seeker = await graduateSeeker({ name: '王静' });
    await register(seeker, otherId);
    ({ page } = await newPage(browser, { session: seeker.session }));
  });

  it('finds the fair: a wrong date is caught in the filter form, then kind and date narrow the list', async () => {
    await visit(page, '/');
    expect((await tab(page)).name).toBe('跳到主要内容');
    await tabTo(page, '招聘会');
    await enter(page);
    await expectH1(page, '招聘会');

    await tabTo(page, 'events-from');
    await typeText(page, '2026-13-45');
    await tabTo(page, '查找招聘会');
    await enter(page);
    await expectErrorSummaryFocused(page);
    const link = await tab(page);
    expect(link.name).toBe('从哪天起的日期不对，请按“年-月-日”填写，例如 2026-12-03');
    await enter(page);
    expect((await focused(page)).id).toBe('events-from');
    await expect(page.locator('#events-from').getAttribute('aria-invalid')).resolves.toBe('true');
    await typeText(page, chinaDate(20));
    await tab(page);
    await typeText(page, chinaDate(20));
    await tabTo(page, 'events-kind', { back: true });
    await chooseOption(page, '综合招聘会');
    await tabTo(page, '查找招聘会');
    await enter(page);
    await page.waitForFunction(() => document.activeElement?.id === 'events-results');
    expect(await page.title()).not.toMatch(/^错误/);
    await page.waitForFunction(() => /^找到 \d+ 场招聘会$/.test(document.querySelector('main [role=status]')?.textContent ?? ''));
    expect(page.url()).toContain('kind=GENERAL');
  });

  it('reads the fair: the venue\'s access and the interpreters on offer, in words', async () => {
    await tabTo(page, fair);
    await enter(page);
    await expectH1(page, fair);
    const text = await mainText(page);
    expect(text).toContain('无障碍通道（没有台阶）');
    expect(text).toContain('场地没有：无障碍停车位。');
    expect(text).toContain('手语翻译：4 个');
    expect(text).toContain('您可以报名这场招聘会。');
  });

  it('registers asking for a sign-language interpreter, with a note; the ticket has the code in large letters', async () => {
    await tabTo(page, '报名参加');
    await enter(page);
    await expectH1(page, `报名：${fair}`);
    await tabTo(page, '手语翻译');
    expect((await press(page, 'Space')).checked).toBe(true);
    // the note field comes right after its checkbox
    const note = await tab(page);
    expect(note.id).toBe('register-services-sign-language-interpreter-notes');
    await typeText(page, '我用通用手语，请安排在前排');
    await tabTo(page, '确认报名');
    await enter(page);
    await expectH1(page, '我的招聘会');
    expect(await mainText(page)).toContain(`报名成功：${fair}。电子票在下面。`);
    const card = page.locator('article.card', { hasText: fair });
    await expect(card.innerText()).resolves.toContain('手语翻译（我用通用手语，请安排在前排）');
    await expect(card.locator('.ticket-code').innerText()).resolves.toMatch(/^[A-Z0-9]{5} [A-Z0-9]{5}$/);
    await expect(card.locator('img.ticket-qr').getAttribute('alt')).resolves.toMatch(/^入场二维码，票号 [A-Z0-9]{5} [A-Z0-9]{5}$/);
    await screenshot(page, 'journey-events-seeker-ticket');
  });

  it('the header says how many notifications are unread; reading them all clears it', async () => {
    const link = await tabTo(page, /^通知（\d+ 条未读）$/, { back: true });
    expect(link.name).toMatch(/^通知（[12] 条未读）$/);
    await enter(page);
    await expectH1(page, '我的通知');
    expect(await mainText(page)).toContain('报名成功');
    await tabTo(page, '全部标为已读');
    await enter(page);
    await expectAnnounced(page, '所有通知都已标为已读');
    await page.waitForFunction(() => !document.querySelector('.notifications-link .unread-count'));
  });

  it('applies for a position at the fair (the application is tagged with the fair)', async () => {
    // through the person's own fairs: the list of all fairs is long when other tests have arranged theirs
    await tabTo(page, '招聘会');
    await enter(page);
    await expectH1(page, '招聘会');
    await tabTo(page, '我的招聘会和电子票');
    await enter(page);
    await expectH1(page, '我的招聘会');
    await tabTo(page, fair);
    await enter(page);
    await expectH1(page, fair);
    await tabTo(page, '在招聘会上申请：电商客服');
    await enter(page);
    await expectH1(page, '在招聘会上申请：电商客服');
    await tabTo(page, '提交申请');
    await enter(page);
    await expectH1(page, '我的申请');
    expect(await mainText(page)).toContain(`申请已提交：电商客服（在“${fair}”上）`);
    const { myApplications } = await seeker.gql(`{ myApplications { items { eventId posting { title } } } }`);
    expect(myApplications.items[0].eventId).toBeTruthy();
  });

  it('cancels another registration: the dialog takes focus, Escape closes it and returns focus, then confirming cancels', async () => {
    await tabTo(page, '招聘会');
    await enter(page);
    await expectH1(page, '招聘会');
    await tabTo(page, '我的招聘会和电子票');
    await enter(page);
    await expectH1(page, '我的招聘会');
    await tabTo(page, `取消报名：${other}`);
    await enter(page);
    await page.waitForFunction(() => !!document.activeElement?.closest('dialog[open]'));
    expect((await focused(page)).name).toBe('不取消');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    expect((await focused(page)).name).toBe(`取消报名：${other}`);
    await enter(page);
    await page.waitForFunction(() => !!document.activeElement?.closest('dialog[open]'));
    await tabTo(page, '确定取消报名', { back: true });
    await enter(page);
    await expectAnnounced(page, `已取消报名：${other}`);
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    // the card went to the cancelled list, and focus with it
    await page.waitForFunction(() => document.activeElement?.id === 'mine-cancelled');
    await expect(page.locator('#mine-cancelled + ul').innerText()).resolves.toContain(other);
  });
});

describe('keyboard only: staff run a graduate fair', () => {
  const fair = `${chinaDate(0).slice(0, 4)}年残疾人高校毕业生双选会${suffix()}`;
  let page: Page;
  let eventId = '';
  let person: Api;
  const orgA = `信阳国有物流有限公司${suffix()}`;
  const orgB = `信阳民营电子厂${suffix()}`;

  beforeAll(async () => {
    ({ page } = await newPage(browser, { session: staff.session }));
  });

  it('creates the fair: an empty save goes to the summary, then every field by keyboard', async () => {
    await visit(page, '/');
    await tabTo(page, '招聘会管理');
    await enter(page);
    await expectH1(page, '招聘会管理');
    await tabTo(page, '新建招聘会');
    await enter(page);
    await expectH1(page, '新建招聘会');

    await tabTo(page, '保存为草稿');
    await enter(page);
    await expectErrorSummaryFocused(page);
    expect((await tab(page)).name).toBe('请填写招聘会名称，2到100个字');
    await enter(page);
    expect((await focused(page)).id).toBe('ev-title');
    await expect(page.locator('#ev-title').getAttribute('aria-invalid')).resolves.toBe('true');
    await typeText(page, fair);
    // the kind: arrow keys within the radio group (the general fair is chosen at first)
    const kind = await tab(page);
    expect(kind).toMatchObject({ id: 'ev-kind-2', checked: true });
    expect((await press(page, 'ArrowUp'))).toMatchObject({ id: 'ev-kind-1', checked: true });
    await tabTo(page, 'ev-description');
    await typeText(page, '面向今年毕业的残疾人大学生。国有企业和民营企业带来岗位。');
    await tabTo(page, 'ev-starts');
    await typeText(page, `${chinaDate(0)} 00:00`);
    await tab(page);
    await typeText(page, `${chinaDate(1)} 23:59`);
    await tab(page);
    await typeText(page, `${chinaDate(-1)} 09:00`);
    await tab(page);
    await typeText(page, `${chinaDate(1)} 23:59`);
    await tabTo(page, 'ev-venue');
    await typeText(page, '信阳师范大学体育馆');
    await tab(page);
    await typeText(page, '浉河区南京路237号');
    await tabTo(page, '无障碍通道（没有台阶）');
    await press(page, 'Space');
    await tabTo(page, '安静休息室');
    await press(page, 'Space');
    await tabTo(page, 'ev-service-sign-language-interpreter');
    await typeText(page, '2');
    await tabTo(page, 'ev-grad-years');
    await typeText(page, chinaDate(0).slice(0, 4));
    await tabTo(page, 'ev-capacity');
    await typeText(page, '100');
    await tab(page);
    await typeText(page, '20');
    await tabTo(page, '保存为草稿');
    await enter(page);
    await expectH1(page, fair);
    expect(await mainText(page)).toContain(`已保存为草稿：${fair}`);
    eventId = new URL(page.url()).pathname.split('/')[3];
    expect(eventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes it; the status says so in words', async () => {
    await tabTo(page, '发布招聘会');
    await enter(page);
    await expectAnnounced(page, `已发布：${fair}`);
    await page.waitForFunction(() => document.activeElement?.id === 'event-status-title');
    await expect(page.locator('main .facts .badge').first().innerText()).resolves.toBe('已发布');
  });

  it('approves one booth and declines another with a reason (Escape returns focus from the dialog)', async () => {
    const a = await employerWithPosting(staff, { org: { name: orgA, type: 'STATE_OWNED' } });
    const b = await employerWithPosting(staff, { org: { name: orgB } });
    await applyForBooth(a.employer, eventId, [a.postingId]);
    await applyForBooth(b.employer, eventId, [b.postingId]);
    person = await graduateSeeker({ name: '刘洋' });
    await register(person, eventId, [{ service: 'SIGN_LANGUAGE_INTERPRETER' }]);
    await visit(page, `/staff/events/${eventId}`);
    await expect(page.locator('table', { hasText: '申请人数' }).innerText()).resolves.toMatch(/手语翻译\s+1\s+2\s+够用/);

    await tabTo(page, `批准：${orgA}`);
    await enter(page);
    await expectAnnounced(page, `已批准展位：${orgA}`);
    await page.waitForFunction(() => document.activeElement?.id?.startsWith('booth-row-'));

    await tabTo(page, `不批准：${orgB}`);
    await enter(page);
    await page.waitForFunction(() => document.activeElement?.id === 'decline-reason');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    expect((await focused(page)).name).toBe(`不批准：${orgB}`);
    await enter(page);
    await page.waitForFunction(() => document.activeElement?.id === 'decline-reason');
    await tabTo(page, '确定不批准');
    await enter(page);
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    expect(await page.locator('dialog[open]').innerText()).toContain('请填写不批准的原因');
    await tabTo(page, '请填写不批准的原因');
    await enter(page);
    expect((await focused(page)).id).toBe('decline-reason');
    await typeText(page, '展位已满足本场需要，欢迎参加下一场');
    await tabTo(page, '确定不批准');
    await enter(page);
    await expectAnnounced(page, `已不批准展位：${orgB}`);
    // the row's buttons are gone: focus is on the organization's name, not lost
    await page.waitForFunction((org) => document.activeElement?.id?.startsWith('booth-row-') && document.activeElement.textContent === org, orgB);
    const booths = page.locator('table', { hasText: '展位状态' });
    await expect(booths.innerText()).resolves.toMatch(new RegExp(`${orgA}\\s+已批准[\\s\\S]*${orgB}\\s+未批准`));
    await expect(booths.innerText()).resolves.toContain('原因：展位已满足本场需要，欢迎参加下一场');
  });

  it('checks the person in on a 375px phone: the name is announced; a second check-in is refused with the server\'s words', async () => {
    const code = await ticketOf(person, eventId);
    const phone = await newPage(browser, { session: staff.session, viewport: { width: 375, height: 740 } });
    const p = phone.page;
    await visit(p, `/staff/events/${eventId}`);
    await tabTo(p, '现场签到');
    await enter(p);
    await expectH1(p, `现场签到：${fair}`);
    expect(await overflow(p)).toBeLessThanOrEqual(0);
    const field = await p.locator('#checkin-code').boundingBox();
    expect(field!.width).toBeGreaterThan(250);
    expect(field!.height).toBeGreaterThanOrEqual(60);

    // nothing typed: the summary, then back to the field
    await tabTo(p, '签到');
    await enter(p);
    await expectErrorSummaryFocused(p);
    await tabTo(p, '请输入票号');
    await enter(p);
    expect((await focused(p)).id).toBe('checkin-code');

    // typed as it is read out: small letters, a space between the groups
    await typeText(p, `${code.slice(0, 5).toLowerCase()} ${code.slice(5).toLowerCase()}`);
    await enter(p);
    await expectAnnounced(p, '签到成功：刘洋');
    expect(await focused(p)).toMatchObject({ id: 'checkin-code', value: '' });
    expect(await p.title()).not.toMatch(/^错误/);
    await expect(p.locator('.checkin-result').innerText()).resolves.toContain('签到成功：刘洋');
    await p.waitForFunction(() => /已签到 1 人/.test(document.querySelector('.checkin-count')?.textContent ?? ''));

    await typeText(p, code);
    await enter(p);
    await expectAnnounced(p, '不能签到：这张票已于');
    await expect(p.locator('.checkin-result').innerText()).resolves.toMatch(/不能签到：这张票已于.*签到，不能重复签到/);
    expect(await focused(p)).toMatchObject({ id: 'checkin-code', value: code });
    await expect(p.locator('#checkin-code').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await overflow(p)).toBeLessThanOrEqual(0);
    await screenshot(p, 'journey-events-check-in-375');
    await phone.context.close();
  });

  it('finishes the fair (a confirm dialog) and reaches the outcomes and the Excel export', async () => {
    await visit(page, `/staff/events/${eventId}`);
    await tabTo(page, '结束招聘会');
    await enter(page);
    await page.waitForFunction(() => !!document.activeElement?.closest('dialog[open]'));
    expect((await focused(page)).name).toBe('先不结束');
    await tabTo(page, '确定结束', { back: true });
    await enter(page);
    await expectAnnounced(page, `招聘会已结束：${fair}`);
    await page.waitForFunction(() => !document.querySelector('dialog[open]') && document.activeElement?.id === 'event-status-title');
    await tabTo(page, '招聘成效和导出');
    await enter(page);
    await expectH1(page, `招聘成效：${fair}`);
    await expect(page.locator('.stat-grid').innerText()).resolves.toMatch(/到场人数\s+1/);
    const download = await tabTo(page, '下载 Excel 表格（.xlsx）');
    expect(download.tag).toBe('a');
    // the link is same-origin: the session cookie signs the download in
    const res = await page.evaluate(async () => {
      const a = document.activeElement as HTMLAnchorElement;
      const r = await fetch(a.href);
      return { status: r.status, type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition') };
    });
    expect(res).toMatchObject({ status: 200, type: expect.stringContaining('spreadsheetml') });
    expect(res.disposition).toContain('attachment');
  });
});

describe('keyboard only: an employer at a fair', () => {
  const fair = `信阳市助残招聘会${suffix()}`;
  const invitedFair = `潢川县专场招聘会${suffix()}`;
  let page: Page;
  let employer: Api;

  beforeAll(async () => {
    const made = await employerWithPosting(staff, { org: { name: `信阳键盘科技有限公司${suffix()}` } });
    employer = made.employer;
    const { createPosting } = await employer.gql(`mutation($i: PostingInput!) { createPosting(input: $i) { id } }`,
      { i: postingInput({ title: '仓库记录员', reserved: false }) });
    await employer.gql(`mutation($id: ID!) { publishPosting(id: $id) { id } }`, { id: createPosting.id });
    await createEvent(staff, { title: fair });
    const invitedId = await createEvent(staff, { title: invitedFair, openToBoothApplications: false });
    await staff.gql(`mutation($e: ID!, $o: ID!) { inviteToEvent(eventId: $e, organizationId: $o) { id } }`, { e: invitedId, o: made.organizationId });
    ({ page } = await newPage(browser, { session: employer.session }));
  });

  it('applies for a booth with both positions, the reserved one first and marked', async () => {
    await visit(page, '/');
    await tabTo(page, '招聘会');
    await enter(page);
    await expectH1(page, '招聘会');
    await tabTo(page, '申请展位和我的展位');
    await enter(page);
    await expectH1(page, '招聘会展位');
    await tabTo(page, `申请展位：${fair}`);
    await enter(page);
    await expectH1(page, `申请展位：${fair}`);
    const first = await tabTo(page, 'booth-postings-0');
    expect(first.name).toBe('电商客服 残疾人预留岗位');
    await press(page, 'Space');
    expect((await tab(page))).toMatchObject({ id: 'booth-postings-1', name: '仓库记录员' });
    await press(page, 'Space');
    await tabTo(page, 'booth-note');
    await typeText(page, '需要两张桌子和一个电源插座');
    await tabTo(page, '提交展位申请');
    await enter(page);
    await expectH1(page, '招聘会展位');
    expect(await mainText(page)).toContain(`展位申请已提交：${fair}`);
    const card = page.locator('#booths-title ~ ul article', { hasText: fair });
    await expect(card.innerText()).resolves.toMatch(/已申请，等待审核[\s\S]*电商客服[\s\S]*仓库记录员/);
  });

  it('accepts an invitation, choosing the position to show', async () => {
    await tabTo(page, `回复邀请：${invitedFair}`);
    await enter(page);
    await expectH1(page, `展位：${invitedFair}`);
    await tabTo(page, 'booth-edit-postings-0');
    await press(page, 'Space');
    await tabTo(page, '接受邀请');
    await enter(page);
    await expectAnnounced(page, `已接受邀请：${invitedFair}`);
    await page.waitForFunction(() => document.querySelector('main .facts .badge')?.textContent === '已批准');
    await screenshot(page, 'journey-events-employer-booth');
  });
});

// Skills training (issue 17, plan （十）实施残疾人职业技能提升行动): a seeker sees a skill gap in a job's match, follows the
// suggested course and enrols; staff mark the day's register, withdraw another person (with the reason) and record
// the completion on the roster; the person then rises in that job's candidates (the course's skills joined their
// profile, so the matcher counts them).
describe('keyboard only: a course closes a skill gap and the person rises in the job\'s matches', () => {
  const course = `直播电商实训班${suffix()}`;
  const consents = ['SENSITIVE_DATA', 'JOB_MATCHING', 'DISCOVERABLE'];
  let employer: Api;
  let postingId: string;
  let courseId: string;
  let learner: Api;
  let learnerId: string;
  let rival: Api;
  let rivalEnrolment: string;
  let page: Page;
  const ranking = async () => ((await employer.gql(`query($id: ID!) { candidates(postingId: $id) { items { seekerId } } }`, { id: postingId }))
    .candidates.items as Array<{ seekerId: string }>).map((c) => c.seekerId);

  beforeAll(async () => {
    ({ employer, postingId } = await employerWithPosting(staff, { posting: {
      title: '直播电商客服', countyCode: LUOSHAN, address: '罗山县城关镇宝城路9号', skills: ['电商客服', '直播带货'], demands: [], reserved: false } }));
    // begun yesterday: today's register can be recorded
    courseId = await createCourse(staff, { courseTitle: course, startsOn: chinaDay(-1) });
    rival = await seekerWithProfile({ name: '李华', skills: ['电商客服'], consents });
    rivalEnrolment = await enrolIn(rival, courseId);
    learner = await seekerWithProfile({ name: '王小燕', skills: [], consents });
    learnerId = (await learner.gql(`{ myProfile { id } }`)).myProfile.id;
    const rivalId = (await rival.gql(`{ myProfile { id } }`)).myProfile.id;
    await searchIndexCaughtUp();
    const before = (await ranking()).filter((id) => id === learnerId || id === rivalId);
    expect(before).toEqual([rivalId, learnerId]);
  });

  it('the seeker follows the course suggested under the job\'s skill gap and enrols', async () => {
    ({ page } = await newPage(browser, { session: learner.session }));
    await visit(page, `/jobs/${postingId}`);
    await expectH1(page, '直播电商客服');
    expect(await mainText(page)).toContain('尚缺技能：电商客服、直播带货');
    await tabTo(page, course);
    await enter(page);
    await expectH1(page, course);
    expect(await mainText(page)).toContain('待核实');
    await tabTo(page, '报名这门课程');
    await enter(page);
    await expectH1(page, '我的培训');
    expect(await mainText(page)).toContain(`已报名“${course}”`);
    await expect(page.locator('main article', { hasText: course }).innerText()).resolves.toContain('已报名');
  });

  it('staff mark today\'s register, withdraw another person and record the completion; the person is told and rises in the job\'s candidates', async () => {
    const { myEnrolments } = await learner.gql(`{ myEnrolments { id course { id } } }`);
    const enrolmentId = myEnrolments.find((e: { course: { id: string } }) => e.course.id === courseId).id;
    const { page: staffPage } = await newPage(browser, { session: staff.session });
    await visit(staffPage, `/staff/training/${courseId}/roster`);
    await expectH1(staffPage, `学员名单：${course}`);
    // the register of today (the date is filled in): 李华 absent (an arrow key), 王小燕 present
    await tabTo(staffPage, `register-${rivalEnrolment}-0`);
    await press(staffPage, 'ArrowDown');
    expect(await focused(staffPage)).toMatchObject({ id: `register-${rivalEnrolment}-1`, checked: true });
    await tabTo(staffPage, `register-${enrolmentId}-0`);
    await press(staffPage, 'Space');
    await tabTo(staffPage, '保存考勤');
    await enter(staffPage);
    await expectAnnounced(staffPage, '的考勤：出勤1人，缺勤1人。');
    await expect(staffPage.locator(`article[aria-labelledby="roster-${enrolmentId}-name"]`).innerText()).resolves.toContain('1/1次（100%）');
    await screenshot(staffPage, 'journey-training-roster');
    await tabTo(staffPage, `roster-${enrolmentId}-passed-0`);
    await press(staffPage, 'Space');
    expect((await focused(staffPage)).checked).toBe(true);
    await tabTo(staffPage, `roster-${enrolmentId}-code`);
    await typeText(staffPage, 'S2026411521007');
    await tabTo(staffPage, /^记录结业/);
    await enter(staffPage);
    await expectAnnounced(staffPage, '已记录王小燕的结业情况，已通知本人。');
    await staffPage.waitForFunction((id) => document.activeElement?.id === `roster-${id}-name`, enrolmentId);
    // 李华 is withdrawn, with the reason, in a dialog (her card is just before)
    await tabTo(staffPage, '让学员退出：李华', { back: true });
    await enter(staffPage);
    expect((await focused(staffPage)).id).toBe('text-dialog-field');
    await typeText(staffPage, '本人要求退出');
    await tabTo(staffPage, '确定让学员退出');
    await enter(staffPage);
    await expectAnnounced(staffPage, '已为李华办理退出，已通知本人。');
    await staffPage.waitForFunction(() => document.activeElement?.id === 'roster-withdrawn-title');
    expect(await mainText(staffPage)).toContain('李华：信阳市残联 残联工作人员 办理退出，原因：本人要求退出');
    expect((await rival.gql(`{ myNotifications { items { kind } } }`)).myNotifications.items[0].kind).toBe('TRAINING_WITHDRAWN');

    const notes = await learner.gql(`{ myNotifications { items { kind body } } }`);
    expect(notes.myNotifications.items[0]).toMatchObject({ kind: 'TRAINING_COMPLETION_RECORDED' });
    await searchIndexCaughtUp();
    const { page: employerPage } = await newPage(browser, { session: employer.session });
    await visit(employerPage, `/employer/postings/${postingId}/candidates`);
    const names = await employerPage.locator('main .card-list h2').allInnerTexts();
    const at = (n: string) => names.findIndex((x) => x.includes(n));
    expect(at('王**')).toBeGreaterThanOrEqual(0);
    expect(at('王**')).toBeLessThan(at('李*'));
    await screenshot(employerPage, 'journey-training-candidates');
  });
});
