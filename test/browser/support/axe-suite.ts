// axe on every route of one audience, in Chinese and English, in the default, large-text and high-contrast
// modes: WCAG 2.0-2.2 A/AA (with label-content-name-mismatch; 7:1 contrast in high-contrast mode) and
// best-practice as its own gate. Zero violations. One suite per audience so the files run in parallel.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { connect } from './browser.js';
import { NO_VIOLATIONS, scanRouteInAllModes } from './scan-route.js';
import { arrangeWorld, ROUTES, sessionFor, type Who, type World } from './world.js';

export function defineAxeSuite(title: string, audience: (who: Who) => boolean): void {
  let browser: Browser;
  let world: World;

  beforeAll(async () => {
    browser = await connect();
    world = await arrangeWorld();
  });
  afterAll(async () => {
    await browser.close();
  });

  // one test per route and language, so a slow machine never runs one test past its time limit
  describe.each(['zh-CN', 'en'] as const)(`${title} (%s)`, (locale) => {
    it.each(ROUTES.filter((r) => audience(r.who)).map((r) => [r.name, r] as const))('%s: no violations in the default, large-text and high-contrast modes', async (_name, route) => {
      const results = await scanRouteInAllModes(browser, route.name, route.path(world), locale, await sessionFor(world, route.who));
      expect(results).toEqual(NO_VIOLATIONS);
    });
  });
}
