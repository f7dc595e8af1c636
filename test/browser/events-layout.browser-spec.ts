// Layout of the event pages (reflow at 320 and 640 CSS px on every event route is part of the shared route visit,
// events-axe-*.browser-spec.ts): text spacing on the busiest pages, a 32px browser font with the large-text mode, the
// check-in page on a phone with large text (big targets), and focus shown on every stop in forced colours.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { arrangeEventsWorld, EVENT_ROUTES, sessionOf, type EventsWorld } from './events-world.js';
import { clipped, overflow } from './support/reflow.js';
import { connect, newPage, screenshot, visit } from './support/browser.js';
import { tab } from './support/keyboard.js';

let browser: Browser;
let world: EventsWorld;

beforeAll(async () => {
  browser = await connect();
  world = await arrangeEventsWorld();
});
afterAll(async () => {
  await browser.close();
});

describe('event pages with text spacing (WCAG 1.4.12) and a 32px browser font (1.4.4)', () => {
  const busiest = ['events', 'event-detail-registered', 'event-register', 'my-events', 'booth-apply', 'staff-event', 'staff-event-new', 'staff-check-in'];

  it('line height 1.5, letter spacing .12em, word spacing .16em and paragraph spacing 2em clip nothing', async () => {
    const problems: string[] = [];
    for (const route of EVENT_ROUTES.filter((r) => busiest.includes(r.name))) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const { page, context } = await newPage(browser, { locale, session: sessionOf(world, route.who), viewport: { width: 640, height: 800 } });
        await visit(page, route.path(world));
        await page.addStyleTag({ content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
          p { margin-bottom: 2em !important; }` });
        const o = await overflow(page);
        if (o.scrollWidth > o.clientWidth) problems.push(`${route.name} ${locale}: scrolls sideways`);
        const cut = await clipped(page);
        if (cut.length) problems.push(`${route.name} ${locale}: clipped ${cut.join(', ')}`);
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('text grows with a 32px browser font in large-text mode, and nothing scrolls sideways', async () => {
    const problems: string[] = [];
    for (const who of ['seeker', 'staff'] as const) {
      const { page, context } = await newPage(browser, { mode: 'large-text', session: sessionOf(world, who) });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 32 } });
      for (const route of EVENT_ROUTES.filter((r) => r.who === who && busiest.includes(r.name))) {
        await visit(page, route.path(world));
        const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
        if (body < 45) problems.push(`${route.name}: body text ${body}px`);
        const o = await overflow(page);
        if (o.scrollWidth > o.clientWidth) problems.push(`${route.name}: scrollWidth ${o.scrollWidth} > ${o.clientWidth}`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});

describe('check-in on a phone', () => {
  it('at 375px with large text, the code field and the button are big targets and the page does not scroll sideways', async () => {
    const { page, context } = await newPage(browser, { session: world.staff, mode: 'large-text', viewport: { width: 375, height: 740 } });
    await visit(page, `/staff/events/${world.todayEventId}/check-in`);
    const sizes = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      return { field: box('#checkin-code').height, button: box('.checkin-submit').height, width: box('.checkin-submit').width,
        smallest: Math.min(...Array.from(document.querySelectorAll<HTMLElement>('main .button, main .input'))
          .filter((el) => el.offsetParent !== null).map((el) => el.getBoundingClientRect().height)) };
    });
    expect(sizes.field).toBeGreaterThanOrEqual(60);
    expect(sizes.button).toBeGreaterThanOrEqual(60);
    expect(sizes.smallest).toBeGreaterThanOrEqual(60);
    expect(sizes.width).toBeGreaterThan(300);
    const o = await overflow(page);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
    await screenshot(page, 'events-check-in-375-large-text');
    await context.close();
  });
});

describe('forced colours', () => {
  it('every focus stop on the event pages still shows an outline', async () => {
    for (const [who, path] of [['seeker', '/my-events'], ['staff', `/staff/events/${world.mainEventId}`], ['seeker', `/events/${world.mainEventId}/register`]] as const) {
      const { page, context } = await newPage(browser, { forcedColors: 'active', session: sessionOf(world, who) });
      await visit(page, path);
      for (let i = 0; i < 30; i++) {
        const s = await tab(page); // fails on a stop without an outline of at least 2px, or one that is covered
        if (s.isBody) break;
      }
      await context.close();
    }
  });
});
