// axe after the changes people cause: errors shown, a certificate typed wrong, filters expanded, a dialog
// open (the interview's, the thread's and the invitation's too, refused without a reason where one is required), the
// preview tab. Each state in both languages and all three display modes (every rule in the default
// mode, the style rules in the others: support/axe.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { scanInAllModes } from './support/axe.js';
import { connect, type Locale } from './support/browser.js';
import { closeOnFailure, stateTab } from './support/scan-route.js';
import { arrangeWorld, type World } from './support/world.js';

let browser: Browser;
let world: World;

beforeAll(async () => {
  browser = await connect();
  world = await arrangeWorld();
});
afterAll(async () => {
  await browser.close();
});

interface State {
  name: string;
  path: (w: World) => string;
  who?: 'seeker' | 'employer' | 'staff';
  /** Brings the page into the state (the buttons are found by their names in the page's language). */
  act: (page: Page, zh: boolean) => Promise<void>;
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

const STATES: State[] = [
  {
    name: 'sign-in-errors',
    path: () => '/sign-in',
    act: async (page, zh) => {
      await button(page, zh ? '登录' : 'Sign in').last().click();
      await page.waitForSelector('.error-summary');
    },
  },
  {
    name: 'sign-up-errors',
    path: () => '/sign-up',
    act: async (page, zh) => {
      await button(page, zh ? '注册' : 'Create account').click();
      await page.waitForSelector('.error-summary');
    },
  },
  {
    name: 'wizard-about-errors',
    who: 'seeker',
    path: () => '/profile/edit?step=about',
    act: async (page, zh) => {
      await page.fill('#profile-birth', '1990-13-45');
      await button(page, zh ? '下一步' : 'Next').click();
      await page.waitForSelector('.error-summary');
    },
  },
  {
    name: 'wizard-certificate-wrong',
    who: 'seeker',
    path: () => '/profile/edit?step=disability',
    act: async (page) => {
      await page.fill('#profile-cert', '411521199001011230');
      await page.locator('#profile-cert').blur();
      await page.waitForSelector('#profile-cert[aria-invalid="true"]');
    },
  },
  {
    name: 'jobs-more-filters',
    path: () => '/jobs',
    act: async (page, zh) => {
      await button(page, zh ? '更多筛选条件' : 'More filters').click();
      await page.waitForSelector('#jobs-more:not([hidden])');
    },
  },
  {
    name: 'withdraw-dialog',
    who: 'seeker',
    path: () => '/applications',
    act: async (page) => {
      await page.locator('article.card button.secondary').first().click();
      await page.waitForSelector('dialog[open]');
    },
  },
  {
    name: 'reject-dialog-error',
    who: 'employer',
    path: (w) => `/employer/postings/${w.postingId}/applicants`,
    act: async (page, zh) => {
      await page.getByRole('button', { name: zh ? /^不录用/ : /^Reject/ }).first().click();
      await page.waitForSelector('dialog[open]');
      await page.locator('dialog button.danger').click();
      await page.waitForSelector('dialog .error-summary');
    },
  },
  {
    name: 'editor-preview',
    who: 'employer',
    path: () => '/employer/postings/new',
    act: async (page, zh) => {
      await page.fill('#pe-title', '仓库管理员');
      await page.getByRole('checkbox', { name: zh ? '搬运重物' : 'Lifting heavy things' }).check();
      await page.getByRole('tab', { name: zh ? '预览' : 'Preview' }).click();
      await page.waitForSelector('#preview-title');
    },
  },
  {
    name: 'editor-errors',
    who: 'employer',
    path: () => '/employer/postings/new',
    act: async (page, zh) => {
      await button(page, zh ? '保存草稿' : 'Save draft').click();
      await page.waitForSelector('.error-summary');
    },
  },
  {
    name: 'organization-errors',
    who: 'employer',
    path: () => '/employer/organization',
    act: async (page, zh) => {
      await page.fill('#org-credit', '91411500MA9XXXXX1X');
      await button(page, zh ? '保存修改' : 'Save changes').click();
      await page.waitForSelector('.error-summary');
    },
  },
  // interviews and messages (issue 13): the invitation refused with its errors, and an empty message refused
  {
    name: 'schedule-interview-errors',
    who: 'employer',
    path: (w) => `/employer/applications/${w.applicationId}/interview`,
    act: async (page, zh) => {
      await button(page, zh ? '发送面试邀请' : 'Send the invitation').click();
      await page.waitForSelector('.error-summary');
    },
  },
  {
    name: 'message-empty-error',
    who: 'seeker',
    path: (w) => `/applications/${w.applicationId}`,
    act: async (page, zh) => {
      await button(page, zh ? '发送消息' : 'Send message').click();
      await page.waitForSelector('textarea[aria-invalid="true"]');
    },
  },
  // the dialogs of an interview and a thread, open (and, where a reason is required, refused without one)
  {
    name: 'interview-new-time-dialog',
    who: 'seeker',
    path: (w) => `/applications/${w.applicationId}`,
    act: async (page, zh) => {
      await button(page, zh ? '另约时间' : 'Ask for another time').click();
      await page.waitForSelector('dialog[open]');
    },
  },
  {
    name: 'interview-cancel-dialog-error',
    who: 'seeker',
    path: (w) => `/applications/${w.applicationId}`,
    act: async (page, zh) => {
      await button(page, zh ? '取消面试' : 'Cancel the interview').click();
      await page.waitForSelector('dialog[open]');
      await page.locator('dialog[open] button[type="submit"]').click();
      await page.waitForSelector('dialog[open] [aria-invalid="true"]');
    },
  },
  {
    name: 'accommodation-answer-dialog-error',
    who: 'employer',
    path: (w) => `/applications/${w.applicationId}`,
    act: async (page, zh) => {
      await page.getByRole('button', { name: zh ? /^答复/ : /^Answer/ }).first().click();
      await page.waitForSelector('dialog[open]');
      await page.getByRole('radio', { name: zh ? '无法安排' : 'It cannot be arranged' }).check();
      await page.locator('dialog[open] button[type="submit"]').click();
      await page.waitForSelector('dialog[open] [aria-invalid="true"]');
    },
  },
  {
    name: 'message-report-dialog',
    who: 'seeker',
    path: (w) => `/applications/${w.applicationId}`,
    act: async (page, zh) => {
      await page.getByRole('button', { name: zh ? /^举报/ : /^Report/ }).first().click();
      await page.waitForSelector('dialog[open]');
    },
  },
  {
    name: 'thread-close-dialog-error',
    who: 'staff',
    path: (w) => `/applications/${w.applicationId}`,
    act: async (page, zh) => {
      await button(page, zh ? '关闭消息往来' : 'Close the conversation').click();
      await page.waitForSelector('dialog[open]');
      await page.locator('dialog[open] button[type="submit"]').click();
      await page.waitForSelector('dialog[open] [aria-invalid="true"]');
    },
  },
  {
    name: 'invite-to-apply-dialog',
    who: 'employer',
    path: (w) => `/employer/postings/${w.postingId}/candidates`,
    act: async (page, zh) => {
      await page.getByRole('button', { name: zh ? /^邀请申请/ : /^Invite to apply/ }).first().click();
      await page.waitForSelector('dialog[open]');
    },
  },
];

describe.each(['zh-CN', 'en'] as Locale[])('axe after state changes (%s)', (locale) => {
  it.each(STATES.map((st) => [st.name, st] as const))('%s: no violations in the default, large-text and high-contrast modes', async (_name, state) => {
    const page = await stateTab(browser, locale, state.who ? world[state.who] : undefined, state.path(world));
    await closeOnFailure(page, async () => {
      await state.act(page, locale === 'zh-CN');
      // a dialog makes the page's own mode buttons inert: the modes are set the way they do
      expect(await scanInAllModes(page, `state-${state.name}-${locale}`, { secondLanguage: locale === 'en' })).toEqual({});
    });
  });
});
