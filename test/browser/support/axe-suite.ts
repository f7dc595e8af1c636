// axe on every route of one audience, in Chinese and English, in the default, large-text and high-contrast
// modes: WCAG 2.0-2.2 A/AA (with label-content-name-mismatch; 7:1 contrast in high-contrast mode) and
// best-practice as its own gate. Zero violations. One suite per audience so the files run in parallel.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { connect } from './browser.js';
import { NO_VIOLATIONS, scanRouteInAllModes } from './scan-route.js';
import { arrangeWorld, routes, sessionFor, type Who, type World } from './world.js';

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

  describe(title, () => {
    it.each(['zh-CN', 'en'] as const)('%s: every route in every display mode has no axe violations', async (locale) => {
      const failures: Record<string, unknown> = {};
      for (const route of routes(world).filter((r) => audience(r.who))) {
        const results = await scanRouteInAllModes(browser, route.name, route.path, locale, await sessionFor(world, route.who));
        if (JSON.stringify(results) !== JSON.stringify(NO_VIOLATIONS)) failures[route.name] = results;
      }
      expect(failures).toEqual({});
    });
  });
}
