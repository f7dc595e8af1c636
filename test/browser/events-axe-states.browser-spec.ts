// axe after the changes people cause on the event pages: errors shown, service notes opened, dialogs open
// (cancel a registration, cancel or finish an event, decline a booth, withdraw a booth), the event form for a
// targeted hybrid fair, and the check-in results. Each state in both languages and all three display modes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { arrangeEventsWorld, graduateSeeker, register, sessionOf, ticketOf, type EventsWho, type EventsWorld } from './events-world.js';
import { scanInAllModes } from './support/axe.js';
import { connect, type Locale } from './support/browser.js';
import { closeOnFailure, stateTab } from './support/scan-route.js';

let browser: Browser;
let world: EventsWorld;

beforeAll(async () => {
  browser = await connect();
  world = await arrangeEventsWorld();
});
afterAll(async () => {
  await browser.close();
});

interface State {
  name: string;
  who: EventsWho;
  path: (w: EventsWorld) => string;
  /** Brings the page into the state with the keyboard (controls found by their names in the page's language). */
  act: (page: Page, zh: boolean) => Promise<void>;
}

/** Focuses a control and presses a key on it: the state is reached the way a keyboard user reaches it. */
async function pressOn(page: Page, locator: ReturnType<Page['locator']>, key = 'Enter') {
  await locator.focus();
  await page.keyboard.press(key);
}
const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).first();

async function checkIn(page: Page, code: string, zh: boolean) {
  await page.locator('#checkin-code').fill(code);
  await pressOn(page, button(page, zh ? '签到' : 'Check in'));
}

const STATES: State[] = [
  {
    name: 'events-filter-errors',
    who: 'anonymous',
    path: () => '/events',
    act: async (page, zh) => {
      await page.locator('#events-from').fill('2026-99-99');
      await page.locator('#events-to').fill('明天');
      await pressOn(page, button(page, zh ? '查找招聘会' : 'Find job fairs'));
      await page.waitForSelector('.error-summary');
    },
  },
  {
    name: 'register-notes-open',
    who: 'seeker',
    path: (w) => `/events/${w.openEventId}/register`,
    act: async (page, zh) => {
      for (const name of zh ? ['手语翻译', '无障碍接送'] : ['Sign language interpreter', 'Accessible transport']) {
        await pressOn(page, page.getByRole('checkbox', { name }), 'Space');
      }
      await page.waitForSelector('#register-services-accessible-transport-notes');
    },
  },
  {
    name: 'register-note-too-long',
    who: 'seeker',
    path: (w) => `/events/${w.openEventId}/register`,
    act: async (page, zh) => {
      await pressOn(page, page.getByRole('checkbox', { name: zh ? '引导员' : 'A guide' }), 'Space');
      await page.locator('#register-services-guide-notes').fill('请在东门等我。'.repeat(80));
      await pressOn(page, button(page, zh ? '确认报名' : 'Register now'));
      await page.waitForSelector('.error-summary');
    },
  },
  {
    name: 'my-events-cancel-dialog',
    who: 'seeker',
    path: () => '/my-events',
    act: async (page, zh) => {
      await pressOn(page, button(page, zh ? /^取消报名/ : /^Cancel registration/));
      await page.waitForSelector('dialog[open]');
    },
  },
  {
    name: 'event-form-errors',
    who: 'staff',
    path: () => '/staff/events/new',
    act: async (page, zh) => {
      await page.locator('#ev-starts').fill('下周三上午');
      await page.locator('#ev-service-guide').fill('两个');
      await pressOn(page, button(page, zh ? '保存为草稿' : 'Save as draft'));
      await page.waitForSelector('.error-summary');
    },
  },
  {
    name: 'event-form-targeted-hybrid',
    who: 'staff',
    path: () => '/staff/events/new',
    act: async (page) => {
      await pressOn(page, page.locator('#ev-kind-0'), 'Space');
      await pressOn(page, page.locator('#ev-mode-2'), 'Space');
      await page.waitForSelector('#ev-counties-0');
      await page.waitForSelector('#ev-online');
    },
  },
  {
    name: 'event-cancel-dialog-error',
    who: 'staff',
    path: (w) => `/staff/events/${w.mainEventId}`,
    act: async (page, zh) => {
      await pressOn(page, button(page, zh ? '取消招聘会' : 'Cancel the job fair'));
      await page.waitForSelector('dialog[open]');
      await pressOn(page, page.locator('dialog button.danger'));
      await page.waitForSelector('dialog .error-summary');
    },
  },
  {
    name: 'event-finish-dialog',
    who: 'staff',
    // a fair can be finished once it has started
    path: (w) => `/staff/events/${w.todayEventId}`,
    act: async (page, zh) => {
      await pressOn(page, button(page, zh ? '结束招聘会' : 'Finish the job fair'));
      await page.waitForSelector('dialog[open]');
    },
  },
  {
    name: 'booth-decline-dialog',
    who: 'staff',
    path: (w) => `/staff/events/${w.mainEventId}`,
    act: async (page, zh) => {
      await pressOn(page, button(page, zh ? /^不批准/ : /^Decline/));
      await page.waitForSelector('dialog[open] #decline-reason');
    },
  },
  {
    name: 'check-in-empty',
    who: 'staff',
    path: (w) => `/staff/events/${w.todayEventId}/check-in`,
    act: async (page, zh) => {
      await pressOn(page, button(page, zh ? '签到' : 'Check in'));
      await page.waitForSelector('.error-summary');
    },
  },
  {
    name: 'check-in-done-and-refused',
    who: 'staff',
    path: (w) => `/staff/events/${w.todayEventId}/check-in`,
    act: async (page, zh) => {
      const person = await graduateSeeker({ name: '周敏' });
      await register(person, world.todayEventId);
      const code = await ticketOf(person, world.todayEventId);
      await checkIn(page, code, zh);
      await page.waitForSelector('.checkin-result.ok');
      await checkIn(page, code, zh);
      await page.waitForSelector('.checkin-result.refused');
    },
  },
  {
    name: 'booth-withdraw-dialog',
    who: 'employer',
    path: (w) => `/employer/booths/${w.approvedBoothId}`,
    act: async (page, zh) => {
      await pressOn(page, button(page, zh ? '撤回展位' : 'Withdraw the booth'));
      await page.waitForSelector('dialog[open]');
    },
  },
];

describe('axe after state changes on the event pages', () => {
  describe.each(['zh-CN', 'en'] as Locale[])('%s', (locale) => {
    it.each(STATES.map((s) => [s.name, s] as const))('%s', async (_name, state) => {
      const page = await stateTab(browser, locale, sessionOf(world, state.who), state.path(world));
      await closeOnFailure(page, async () => {
        await state.act(page, locale === 'zh-CN');
        // a dialog makes the page's own mode buttons inert: the modes are set the way they do
        expect(await scanInAllModes(page, `state-events-${state.name}-${locale}`, { secondLanguage: locale === 'en' })).toEqual({});
      });
    });
  });
});
