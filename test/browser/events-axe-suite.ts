// axe on every event route of one audience, in Chinese and English, in the default, large-text and
// high-contrast modes, with the harness' route scanner (WCAG 2.0-2.2 A/AA with label-content-name-mismatch,
// 7:1 in high contrast, best-practice as its own gate). Zero violations. One test per route and language.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { arrangeEventsWorld, EVENT_ROUTES, sessionOf, type EventsWho, type EventsWorld } from './events-world.js';
import { connect } from './support/browser.js';
import { NO_VIOLATIONS, scanRouteInAllModes } from './support/scan-route.js';

export function defineEventsAxeSuite(title: string, audience: (who: EventsWho) => boolean): void {
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
      it.each(routes.map((r) => [r.name, r] as const))('%s: no axe violations in any display mode', async (_name, route) => {
        const results = await scanRouteInAllModes(browser, `events-${route.name}`, route.path(world), locale, sessionOf(world, route.who));
        expect(results).toEqual(NO_VIOLATIONS);
      });
    });
  });
}
