// Every event route of one audience, in Chinese and English, through the shared per-route visit
// (support/scan-route.ts): axe in the default, large-text and high-contrast modes (WCAG 2.0-2.2 A/AA with
// label-content-name-mismatch, 7:1 in high contrast, best-practice as its own gate), target sizes and reflow at
// 320 and 640 CSS px; on the busiest pages a 32px browser font and the text-spacing override. Zero problems. One test per route and language.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { arrangeEventsWorld, EVENT_ROUTES, sessionOf, type EventsWho, type EventsWorld } from './events-world.js';
import { connect } from './support/browser.js';
import { checkRoute, NO_PROBLEMS } from './support/scan-route.js';

/** The busiest event pages: the text-spacing override and a 32px browser font are tried there too. */
const BUSIEST = ['events', 'event-detail-registered', 'event-register', 'my-events', 'booth-apply', 'staff-event', 'staff-event-new', 'staff-check-in'];

/** Defines the suite; the returned functions give later tests of the same file its browser and world. */
export function defineEventsAxeSuite(title: string, audience: (who: EventsWho) => boolean): { browser: () => Browser; world: () => EventsWorld } {
  let browser: Browser;
  let world: EventsWorld;

  beforeAll(async () => {
    browser = await connect();
    world = await arrangeEventsWorld();
  });
  afterAll(async () => {
    await browser.close();
  });

  const routes = EVENT_ROUTES.filter((r) => audience(r.who));
  describe(title, () => {
    describe.each(['zh-CN', 'en'] as const)('%s', (locale) => {
      it.each(routes.map((r) => [r.name, r] as const))('%s: axe in every display mode, target sizes, reflow', async (_name, route) => {
        const busy = BUSIEST.includes(route.name);
        const report = await checkRoute(browser, `events-${route.name}`, route.path(world), locale, sessionOf(world, route.who), {
          textSpacing: busy, bigFont: busy && (route.who === 'seeker' || route.who === 'staff'), expectPage: route.expectPage, variant: route.variant,
        });
        expect(report).toEqual(NO_PROBLEMS);
      });
    });
  });
  return { browser: () => browser, world: () => world };
}
