/** @jest-environment-options {"fileServerEnv": {"REMINDER_INTERVAL_SECONDS": "2"}} */
// Casework screens against the real server and PostgreSQL: axe on every route (with data, plus the empty and
// not-found states and the record form's errors) in both languages and three display modes; and keyboard-only
// journeys: staff record a service for someone who lacked it, and add a follow-up for an overdue graduate; county
// staff record a 6-month follow-up of a placement, and a person answers a check-in ("still working there?").
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { arrangeCaseworkWorld, daysAgo, SHANGCHENG, today, type CaseworkWorld } from './staff-casework-world.js';
import { scanInAllModes } from './support/axe.js';
import { connect, newPage, settle, visit, type Locale } from './support/browser.js';
import { chooseOption, focused, press, tab, tabTo, typeText } from './support/keyboard.js';
import { checkRoute, closeOnFailure, NO_PROBLEMS, stateTab } from './support/scan-route.js';
import { expectAnnounced, expectErrorSummaryFocused, expectFocusShownInForcedColours, expectH1, mainText } from './support/expectations.js';

let browser: Browser;
let world: CaseworkWorld;

beforeAll(async () => {
  browser = await connect();
  world = await arrangeCaseworkWorld();
});
afterAll(async () => {
  await browser.close();
});

const ROUTES: Array<{ name: string; path: (w: CaseworkWorld) => string; county?: true; counter?: true; variant?: true;
  as?: 'admin' | 'seeker' | 'oneTime' | 'checkInPerson' | 'checkInEmployer' }> = [
  // administration (issue 14): staff accounts for administrators (and the gate others meet), the audit log for
  // administrators and county staff, and a person's own log of who read their data
  { name: 'workbench-admin', path: () => '/staff', as: 'admin' },
  { name: 'staff-users', path: () => '/staff/users', as: 'admin' },
  { name: 'staff-users-filtered', variant: true, path: () => `/staff/users?scope=${SHANGCHENG}&status=ACTIVE`, as: 'admin' },
  { name: 'staff-users-not-admin', variant: true, path: () => '/staff/users' },
  { name: 'audit', path: () => '/staff/audit?action=READ_SENSITIVE', as: 'admin' },
  { name: 'audit-county-staff', variant: true, path: () => '/staff/audit', county: true },
  { name: 'audit-none', variant: true, path: () => '/staff/audit?subject=%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA%E4%BA%BA', as: 'admin' },
  { name: 'access-log', path: () => '/profile/access-log', as: 'seeker' },
  // signed in with a one-time password: the only screen there is until it is changed
  { name: 'change-password-one-time', path: () => '/change-password?next=%2Fstaff', as: 'oneTime' },
  // county staff: their county named, no county to choose
  { name: 'four-ones-county-staff', variant: true, path: () => '/staff/four-ones?kind=INFORMATION_CHECK', county: true },
  { name: 'graduate-ledger-county-staff', variant: true, path: () => '/staff/graduates', county: true },
  // interviews (issue 13): upcoming interviews with accommodations still open, and the interpreter queue
  { name: 'county-interviews', path: () => '/staff/interviews' },
  { name: 'county-interviews-county-staff', variant: true, path: () => '/staff/interviews', county: true },
  { name: 'four-ones', path: () => `/staff/four-ones?county=${SHANGCHENG}&kind=ABILITY_ASSESSMENT` },
  // last year nobody here said they want work: nobody lacks the employment service
  { name: 'four-ones-empty-list', variant: true, path: (w) => `/staff/four-ones?county=${SHANGCHENG}&kind=EMPLOYMENT_SERVICE&year=${w.year - 1}` },
  { name: 'seeker-services', path: (w) => `/staff/seekers/${w.seekers[2].id}?year=${w.year}&kind=ABILITY_ASSESSMENT&county=${SHANGCHENG}` },
  { name: 'seeker-not-found', variant: true, path: () => '/staff/seekers/00000000-0000-4000-8000-000000000000' },
  { name: 'graduate-ledger', path: () => `/staff/graduates?county=${SHANGCHENG}` },
  { name: 'graduate-ledger-overdue', variant: true, path: () => `/staff/graduates?county=${SHANGCHENG}&overdue=1` },
  { name: 'graduate-placed', path: (w) => `/staff/graduates/${w.placedGraduate.id}` },
  { name: 'graduate-no-job', variant: true, path: (w) => `/staff/graduates/${w.newGraduate.id}` },
  // acting for a person at the counter (罗山县 staff, a person who consented)
  { name: 'on-behalf-apply', path: (w) => `/staff/seekers/${w.counter.person.id}/apply`, counter: true },
  { name: 'on-behalf-register', path: (w) => `/staff/seekers/${w.counter.person.id}/register`, counter: true },
  { name: 'on-behalf-profile', path: (w) => `/staff/seekers/${w.counter.person.id}/profile?step=about`, counter: true },
  { name: 'on-behalf-enrol', path: (w) => `/staff/seekers/${w.counter.person.id}/enrol`, counter: true },
  // retention (issue 15): follow-ups due, the record form, the figures and the funnel; the check-ins of both sides
  { name: 'follow-ups', path: () => `/staff/follow-ups?county=${SHANGCHENG}` },
  { name: 'follow-ups-county-staff', variant: true, path: () => '/staff/follow-ups?overdue=1', county: true },
  { name: 'follow-ups-record', path: (w) => `/staff/follow-ups?county=${SHANGCHENG}&record=${w.outcomes.followUp.placementId}` },
  { name: 'outcomes', path: () => `/staff/outcomes?from=${daysAgo(400)}&to=${today()}&county=${SHANGCHENG}` },
  { name: 'outcomes-county-staff', variant: true, path: () => '/staff/outcomes', county: true },
  { name: 'check-ins-person', path: () => '/check-ins', as: 'checkInPerson' },
  { name: 'check-ins-employer', path: () => '/employer/check-ins', as: 'checkInEmployer' },
];

describe('the casework routes: axe in every display mode, target sizes, reflow', () => {
  describe.each(['zh-CN', 'en'] as const)('%s', (locale) => {
    it.each(ROUTES.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
      // the busiest: a 32px browser font and the text-spacing override too
      const busy = ['seeker-services', 'graduate-placed', 'staff-users', 'audit', 'outcomes', 'follow-ups-record'].includes(route.name);
      const session = route.as === 'admin' ? world.admin : route.as === 'seeker' ? world.readSeeker : route.as === 'oneTime' ? world.oneTimeSession
        : route.as === 'checkInPerson' ? world.outcomes.checkIn.session : route.as === 'checkInEmployer' ? world.outcomes.employer
          : route.counter ? world.counter.staff : route.county ? world.countyStaff : world.staff;
      const report = await checkRoute(browser, `casework-${route.name}`, route.path(world), locale, session,
        { bigFont: busy, textSpacing: busy, variant: route.variant });
      expect(report).toEqual(NO_PROBLEMS);
    });
  });
});

const STATES: Array<{ name: string; path: (w: CaseworkWorld) => string; act: (page: Page) => Promise<void>; problems: number }> = [
  {
    // the information check, with no date and no answer to "wants work"
    name: 'record-errors',
    path: (w) => `/staff/seekers/${w.seekers[2].id}?year=${w.year}`,
    act: async (page) => {
      await page.locator('#rs-kind-0').focus();
      await page.keyboard.press('Space');
    },
    problems: 2,
  },
  {
    // a follow-up (the month group shown) with no date
    name: 'entry-errors',
    path: (w) => `/staff/graduates/${w.placedGraduate.id}`,
    act: async (page) => {
      await page.locator('#ge-kind-4').focus();
      await page.keyboard.press('Space');
      await page.waitForSelector('#ge-month-0');
    },
    problems: 1,
  },
];

describe('axe after a form finds problems', () => {
  describe.each(['zh-CN', 'en'] as Locale[])('%s', (locale) => {
    it.each(STATES.map((s) => [s.name, s] as const))('%s', async (_name, state) => {
      const page = await stateTab(browser, locale, world.staff, state.path(world));
      await closeOnFailure(page, async () => {
        await state.act(page);
        // the form with the kind choices (the seeker's page also has the job-coach form)
        const submit = page.locator('main form:has([id$="-kind-0"]) button[type="submit"]');
        await submit.focus();
        await page.keyboard.press('Enter');
        await page.waitForSelector('.error-summary');
        expect(await page.locator('.error-summary li').count()).toBe(state.problems);
        expect(await scanInAllModes(page, `state-casework-${state.name}-${locale}`, { secondLanguage: locale === 'en' })).toEqual({});
      });
    });
  });
});

describe('keyboard only: staff record a service', () => {
  it('from the hub to the list of who lacks the ability assessment, a wrong date caught, then saved and off the list', async () => {
    const { page, context } = await newPage(browser, { session: world.staff });
    const [person, other] = world.seekers;
    try {
      await visit(page, '/staff');
      expect((await tab(page)).name).toBe('跳到主要内容');
      await tabTo(page, '“四个一”服务');
      await press(page, 'Enter');
      await expectH1(page, '“四个一”服务');

      await tabTo(page, 'fo-county');
      await chooseOption(page, '商城县');
      // the radio group: Tab reaches the chosen service, the arrow keys choose another
      const kind = await tabTo(page, (s) => s.type === 'radio');
      expect(kind.name).toBe('基本信息核查');
      const chosen = await press(page, 'ArrowDown');
      expect([chosen.name, chosen.checked]).toEqual(['职业能力评估', true]);
      await tabTo(page, '显示');
      await press(page, 'Enter');
      await expectAnnounced(page, '还缺“职业能力评估”的有');
      await settle(page);
      expect(await mainText(page)).toContain(`${world.year}年还缺“职业能力评估”的人`);
      expect(await mainText(page)).toContain(person.name);

      await tabTo(page, person.name);
      await press(page, 'Enter');
      await expectH1(page, `${person.name}的服务记录`);
      expect(await mainText(page)).toContain('职业能力评估：未完成');

      // the service is already chosen (the person came from its list); a date in the future is a mistake
      const radio = await tabTo(page, (s) => s.type === 'radio' && s.checked === true);
      expect(radio.name).toBe('职业能力评估');
      await tabTo(page, 'rs-date');
      await typeText(page, daysAgo(-3));
      await tabTo(page, 'rs-outcome');
      await typeText(page, '适合按摩类岗位');
      await tabTo(page, '保存服务记录');
      await press(page, 'Enter');
      await expectErrorSummaryFocused(page);
      const link = await tab(page);
      expect(link.name).toBe('日期不能晚于今天');
      const field = await press(page, 'Enter');
      expect(field.id).toBe('rs-date');
      expect(await page.locator('#rs-date').getAttribute('aria-invalid')).toBe('true');
      await typeText(page, today());
      await tabTo(page, '保存服务记录');
      await press(page, 'Enter');
      await expectAnnounced(page, `已保存：${person.name}的职业能力评估`);
      // the page refetches after saving: wait for the status it shows (the outcome's words are also in the field's hint)
      await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('职业能力评估：已完成'));
      expect(await page.title()).not.toMatch(/^错误：/);
      expect(await page.locator('main table', { hasText: '适合按摩类岗位' }).count()).toBe(1);
      expect(await page.locator('.error-summary').count()).toBe(0);

      // back to the list: the person is no longer on it, the others still are
      await tabTo(page, '返回“四个一”服务', { back: true });
      await press(page, 'Enter');
      await expectH1(page, '“四个一”服务');
      const text = await mainText(page);
      expect(text).toContain(`${world.year}年还缺“职业能力评估”的人`);
      expect(text).toContain(other.name);
      expect(text).not.toContain(person.name);
    } finally {
      await context.close();
    }
  });
});

describe('keyboard only: the graduate ledger', () => {
  it('finds an overdue graduate and adds the 1-month follow-up', async () => {
    const { page, context } = await newPage(browser, { session: world.staff });
    const g = world.placedGraduate;
    try {
      await visit(page, '/staff');
      expect((await tab(page)).name).toBe('跳到主要内容');
      await tabTo(page, '毕业生台账');
      await press(page, 'Enter');
      await expectH1(page, '残疾人高校毕业生台账');
      await tabTo(page, 'gl-county');
      await chooseOption(page, '商城县');
      const box = await tabTo(page, 'gl-overdue');
      expect(box.checked).toBe(false);
      expect((await press(page, 'Space')).checked).toBe(true);
      await tabTo(page, '显示');
      await press(page, 'Enter');
      await expectAnnounced(page, '找到1位毕业生');
      await settle(page);
      const list = await mainText(page);
      expect(list).toContain(g.name);
      expect(list).toContain('逾期：第1个月回访');
      expect(list).not.toContain(world.newGraduate.name);

      await tabTo(page, g.name);
      await press(page, 'Enter');
      await expectH1(page, `${g.name}的一人一策`);
      expect(await page.locator('main table').first().innerText()).toContain('逾期未回访');

      // the kind of entry: Tab reaches the first choice, the arrow keys go down to the follow-up
      const first = await tabTo(page, 'ge-kind-0');
      expect(first.name).toBe('联系');
      let s = first;
      for (let i = 0; i < 4; i++) s = await press(page, 'ArrowDown');
      expect([s.name, s.checked]).toEqual(['就业后回访', true]);
      // the month due first is offered
      const month = await tab(page);
      expect([month.name, month.checked]).toEqual(['第1个月', true]);
      await tabTo(page, 'ge-date');
      await typeText(page, today());
      await tabTo(page, 'ge-notes');
      await typeText(page, '电话回访，工作适应良好');
      await tabTo(page, '添加记录');
      await press(page, 'Enter');
      await expectAnnounced(page, '已添加：第1个月回访');
      await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('工作适应良好'));
      const schedule = await page.locator('main table').first().innerText();
      expect(schedule).toMatch(/第1个月\s+\S+\s+已回访/);
    } finally {
      await context.close();
    }
  });
});

describe('keyboard only: follow-ups and check-ins (issue 15)', () => {
  it('county staff find an overdue placement and record its 6-month follow-up', async () => {
    const { page, context } = await newPage(browser, { session: world.countyStaff });
    const { name } = world.outcomes.followUp;
    try {
      await visit(page, '/staff');
      expect((await tab(page)).name).toBe('跳到主要内容');
      await tabTo(page, '就业回访');
      await press(page, 'Enter');
      await expectH1(page, '就业回访');
      expect(await mainText(page)).toContain('第6个月：已逾期');
      await tabTo(page, `登记回访：${name}`);
      await press(page, 'Enter');
      await page.waitForSelector('#follow-up-form-title');
      expect((await focused(page)).id).toBe('follow-up-form-title');
      // the month group: Tab reaches the month offered first (the oldest overdue), the arrow keys go to the sixth
      const first = await tabTo(page, (s) => s.type === 'radio');
      expect([first.name.startsWith('第1个月'), first.checked]).toEqual([true, true]);
      await press(page, 'ArrowDown');
      const six = await press(page, 'ArrowDown');
      expect([six.name.startsWith('第6个月'), six.checked]).toEqual([true, true]);
      const status = await tab(page);
      expect(status.name).toBe('仍在岗');
      expect((await press(page, 'Space')).checked).toBe(true);
      await tabTo(page, '保存回访');
      await press(page, 'Enter');
      await expectAnnounced(page, `已保存${name}第6个月的回访`);
      await page.waitForFunction(() => !document.querySelector('#follow-up-form-title'));
      expect(await mainText(page)).toMatch(/第6个月 · 工作人员 · 仍在岗/);
      expect(await page.title()).not.toMatch(/^错误：/);
    } finally {
      await context.close();
    }
  });

  it('the person opens the check-in from their notice and says they left, with the last day', async () => {
    const { page, context } = await newPage(browser, { session: world.outcomes.checkIn.session });
    try {
      await visit(page, '/notifications');
      expect((await tab(page)).name).toBe('跳到主要内容');
      await tabTo(page, '去回答：还在这里工作吗？');
      await press(page, 'Enter');
      await expectH1(page, '还在这里工作吗？');
      expect(await mainText(page)).toContain(`您还在“${world.outcomes.checkIn.organizationName}”工作吗？`);
      // the menu's link says how many wait to be answered, in its text (read with the link)
      const menu = page.getByRole('navigation', { name: '主导航' });
      await menu.getByRole('link', { name: /^回访确认\s*（1条待回答）$/ }).waitFor({ timeout: 5000 });
      await tabTo(page, '已经不在这里了');
      await press(page, 'Enter');
      // only the last day is asked for; focus is on it
      const field = await focused(page);
      expect(field.id).toMatch(/-left$/);
      await typeText(page, daysAgo(3));
      await press(page, 'Enter');
      await expectAnnounced(page, '谢谢！已收到您的回答。');
      await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('已回答：已经不在这里了'));
      await menu.getByRole('link', { name: '回访确认', exact: true }).waitFor({ timeout: 5000 });
      expect(await page.title()).not.toMatch(/^错误：/);
    } finally {
      await context.close();
    }
  });
});

describe('forced colours', () => {
  it('every focus stop on a person\'s service record still shows an outline', async () => {
    await expectFocusShownInForcedColours(browser, `/staff/seekers/${world.seekers[2].id}?year=${world.year}`, world.staff);
  });
});

describe('keyboard only: signing in and administration (issue 14)', () => {
  it('a staff member signs in on the sign-in page and lands on the workbench', async () => {
    const { page, context } = await newPage(browser);
    try {
      await visit(page, '/sign-in');
      await tabTo(page, 'signin-account');
      await typeText(page, world.signInStaff.phone);
      await tabTo(page, 'signin-password');
      await typeText(page, 'Correct-Horse-9');
      await press(page, 'Enter');
      await expectH1(page, '行动计划工作台');
      expect(new URL(page.url()).pathname).toBe('/staff');
      expect(await mainText(page)).toContain('您的范围：全市。');
    } finally {
      await context.close();
    }
  });

  it('a staff member with a one-time password is sent to set their own (a mismatch caught), then lands on the workbench', async () => {
    const { page, context } = await newPage(browser);
    try {
      await visit(page, '/sign-in');
      await tabTo(page, 'signin-account');
      await typeText(page, world.oneTimeSignIn.phone);
      await tabTo(page, 'signin-password');
      await typeText(page, world.oneTimeSignIn.otp);
      await press(page, 'Enter');
      await expectH1(page, '修改密码');
      await tabTo(page, 'cp-current');
      await typeText(page, world.oneTimeSignIn.otp);
      await tabTo(page, 'cp-new');
      await typeText(page, '山茶花-开在三月-17');
      await tabTo(page, 'cp-confirm');
      await typeText(page, '山茶花-开在三月-18');
      await tabTo(page, '保存新密码');
      await press(page, 'Enter');
      await expectErrorSummaryFocused(page);
      expect((await tab(page)).name).toBe('两次输入的新密码不一致');
      await press(page, 'Enter');
      expect((await focused(page)).id).toBe('cp-confirm');
      await typeText(page, '山茶花-开在三月-17');
      await tabTo(page, '保存新密码');
      await press(page, 'Enter');
      await expectH1(page, '行动计划工作台');
      expect(new URL(page.url()).pathname).toBe('/staff');
      await expectAnnounced(page, '新密码已保存。');
    } finally {
      await context.close();
    }
  });

  it('an administrator creates an account with a one-time password (a missing choice first), then disables it after confirming', async () => {
    const { page, context } = await newPage(browser, { session: world.admin });
    try {
      await visit(page, '/staff');
      await tabTo(page, '工作人员账号');
      await press(page, 'Enter');
      await expectH1(page, '工作人员账号');
      await tabTo(page, '新建工作人员账号');
      await press(page, 'Enter');
      expect((await focused(page)).id).toBe('create-name');
      await typeText(page, '林晓梅');
      await tabTo(page, 'create-phone');
      const phone = `139${String(Date.now()).slice(-8)}`;
      await typeText(page, phone);
      await tabTo(page, 'create-scope');
      await chooseOption(page, '商城县');
      await tabTo(page, '创建账号');
      await press(page, 'Enter');
      await expectErrorSummaryFocused(page);
      const link = await tab(page);
      expect(link.name).toBe('请选择初始密码的设置方式');
      await press(page, 'Enter');
      expect((await focused(page)).id).toBe('create-mode-0');
      await press(page, 'Space');
      await tabTo(page, '创建账号');
      await press(page, 'Enter');
      // the one-time password is shown once, and focus goes to it
      await page.waitForFunction(() => !!document.querySelector('.one-time-password'));
      const otp = await page.locator('.one-time-password').innerText();
      expect(otp).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
      expect(await page.title()).not.toMatch(/^错误/);
      await tabTo(page, '我已记下，关闭提示');
      await press(page, 'Enter');
      expect(await page.locator('.one-time-password').count()).toBe(0);

      // find the new account by name and disable it: a confirmation first, Escape cancels, then confirmed
      await tabTo(page, 'users-name', { back: true });
      await typeText(page, '林晓梅');
      await tabTo(page, '查找');
      await press(page, 'Enter');
      await page.waitForFunction(() => document.querySelectorAll('.wide-list tbody tr').length === 1);
      const disable = await tabTo(page, '停用：林晓梅');
      await press(page, 'Enter');
      await page.getByRole('dialog', { name: '停用 林晓梅 的账号？' }).waitFor();
      await press(page, 'Escape');
      expect((await focused(page)).name).toBe(disable.name);
      await press(page, 'Enter');
      await tabTo(page, '确认停用');
      await press(page, 'Enter');
      await expectAnnounced(page, '已停用 林晓梅 的账号。');
      await expect(page.locator('.wide-list tbody tr').innerText()).resolves.toContain('已停用');
    } finally {
      await context.close();
    }
  });

  it('a person finds who read their data from their profile page', async () => {
    const { page, context } = await newPage(browser, { session: world.readSeeker });
    try {
      await visit(page, '/profile');
      await tabTo(page, '谁查看了我的信息');
      await press(page, 'Enter');
      await expectH1(page, '谁查看了我的信息');
      const text = await mainText(page);
      expect(text).toContain('商城县残联 商某');
      expect(text).toContain('为本人提供就业服务');
      expect(text).toContain('“四个一”服务记录');
      expect(text).toContain('残疾人证号');
      expect(text).not.toContain('商城县残联工作人员');
    } finally {
      await context.close();
    }
  });
});

describe('axe: the staff-account dialogs', () => {
  it.each(['zh-CN', 'en'] as Locale[])('%s: the create form after a failed submit, and the disable confirmation', async (locale) => {
    const { page, context } = await newPage(browser, { locale, session: world.admin });
    try {
      await visit(page, '/staff/users');
      await page.getByRole('button', { name: locale === 'en' ? 'New staff account' : '新建工作人员账号', exact: true }).focus();
      await page.keyboard.press('Enter');
      await page.locator('#create-name').waitFor();
      await page.locator('dialog button[type=submit]').focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('dialog .error-summary');
      expect(await page.locator('dialog .error-summary li').count()).toBe(4);
      const created = await scanInAllModes(page, `state-admin-create-errors-${locale}`, { secondLanguage: locale === 'en' });
      await page.keyboard.press('Escape');
      await page.locator('.wide-list button.danger').first().focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await settle(page);
      const confirm = await scanInAllModes(page, `state-admin-disable-confirm-${locale}`, { secondLanguage: locale === 'en' });
      expect({ created, confirm }).toEqual({ created: {}, confirm: {} });
    } finally {
      await context.close();
    }
  });
});

describe('keyboard only: staff apply for a person at the counter, and the person sees it', () => {
  it('from the person\'s services page: find the job by its title, a missing choice caught, applied; the person sees who did it', async () => {
    const { person, staff, postingTitle } = world.counter;
    const { page, context } = await newPage(browser, { session: staff });
    try {
      await visit(page, `/staff/seekers/${person.id}`);
      expect((await tab(page)).name).toBe('跳到主要内容');
      await expectH1(page, `${person.name}的服务记录`);
      expect(await mainText(page)).toContain(`${person.name}已同意“残联工作人员可以代我办理”`);
      await tabTo(page, '代为申请职位');
      await press(page, 'Enter');
      await expectH1(page, `代${person.name}申请职位`);

      await tabTo(page, 'ob-query');
      await typeText(page, '按摩理疗');
      await tabTo(page, '查找');
      await press(page, 'Enter');
      await expectAnnounced(page, '找到1个职位');
      await settle(page);

      // sent without choosing: the summary takes focus and leads to the choice
      await tabTo(page, `代${person.name}申请`);
      await press(page, 'Enter');
      await expectErrorSummaryFocused(page);
      expect((await tab(page)).name).toBe('请选择一个职位');
      const radio = await press(page, 'Enter');
      expect(radio.id).toBe('ob-posting-0');
      const chosen = await press(page, 'Space');
      expect([chosen.name, chosen.checked]).toEqual([postingTitle, true]);
      await tabTo(page, 'ob-note');
      await typeText(page, '本人在窗口口述：希望在罗山县城工作');
      await tabTo(page, `代${person.name}申请`);
      await press(page, 'Enter');
      await expectAnnounced(page, `已代${person.name}申请“${postingTitle}”`);
      expect(await page.title()).not.toMatch(/^错误：/);
    } finally {
      await context.close();
    }

    // the person, signed in: the application says who made it, and their profile lists the act
    const own = await newPage(browser, { session: person.session });
    try {
      await visit(own.page, '/applications');
      await expectH1(own.page, '我的申请');
      const text = await mainText(own.page);
      expect(text).toContain(postingTitle);
      expect(text).toContain('由残联工作人员代办：罗山县残联 王某');
      await visit(own.page, '/profile');
      await own.page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('代您申请了'));
      expect(await mainText(own.page)).toContain(`罗山县残联 王某 代您申请了「${postingTitle}」`);
    } finally {
      await own.context.close();
    }
  });
});
