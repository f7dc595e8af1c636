// Every route of one audience, in Chinese and English, through the shared per-route visit (scan-route.ts): axe in
// the default, large-text and high-contrast modes (WCAG 2.0-2.2 A/AA with label-content-name-mismatch, 7:1 contrast
// in high-contrast mode, best-practice as its own gate), target sizes, reflow at 320 and 640 CSS px, and on some
// pages a 32px browser font and the text-spacing override. Zero problems. One suite per audience so the files run in parallel.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { connect } from './browser.js';
import { checkRoute, NO_PROBLEMS } from './scan-route.js';
import type { TargetCount } from './targets.js';
import { arrangeWorld, ROUTES, sessionFor, type Who, type World } from './world.js';

/** The busiest pages, where the text-spacing override is tried too (a 32px font on every public and employer page). */
const TEXT_SPACING_ROUTES = ['home', 'jobs', 'job-detail', 'sign-up', 'profile-wizard-consent', 'applicants', 'posting-new'];

export function defineAxeSuite(title: string, audience: (who: Who) => boolean, minimum: TargetCount): void {
  let browser: Browser;
  let world: World;
  const measured: TargetCount = { targets: 0, choices: 0 };

  beforeAll(async () => {
    browser = await connect();
    world = await arrangeWorld();
  });
  afterAll(async () => {
    await browser.close();
  });

  // one test per route and language, so a slow machine never runs one test past its time limit
  describe.each(['zh-CN', 'en'] as const)(`${title} (%s)`, (locale) => {
    it.each(ROUTES.filter((r) => audience(r.who)).map((r) => [r.name, r] as const))('%s: axe in every display mode, target sizes, reflow', async (_name, route) => {
      const report = await checkRoute(browser, route.name, route.path(world), locale, await sessionFor(world, route.who), {
        measured,
        variant: route.variant,
        textSpacing: TEXT_SPACING_ROUTES.includes(route.name),
        bigFont: route.who === 'anonymous' || route.who === 'employer',
      });
      expect(report).toEqual(NO_PROBLEMS);
    });
  });

  it('the target-size checks found the controls they measure (a renamed class would otherwise pass silently)', () => {
    expect(measured.targets).toBeGreaterThanOrEqual(minimum.targets);
    expect(measured.choices).toBeGreaterThanOrEqual(minimum.choices);
  });
}
