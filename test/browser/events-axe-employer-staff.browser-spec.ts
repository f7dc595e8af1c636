// The event pages of employers and federation staff through the shared route visit, plus what only some of them
// need: the check-in page on a phone with large text, and focus shown on every stop in forced colours.
import { describe, expect, it } from '@jest/globals';
import { sessionOf } from './events-world.js';
import { defineEventsAxeSuite } from './events-axe-suite.js';
import { newPage, visit } from './support/browser.js';
import { tab } from './support/keyboard.js';
import { overflow } from './support/reflow.js';

const suite = defineEventsAxeSuite('event pages for employers and federation staff', (who) => who === 'employer' || who === 'newEmployer' || who === 'staff' || who === 'countyStaff');

describe('check-in on a phone', () => {
  it('at 375px with large text, the code field and the button are big targets and the page does not scroll sideways', async () => {
    const { page, context } = await newPage(suite.browser(), { session: suite.world().staff, mode: 'large-text', viewport: { width: 375, height: 740 } });
    try {
      await visit(page, `/staff/events/${suite.world().todayEventId}/check-in`);
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
    } finally {
      await context.close();
    }
  });
});

describe('forced colours', () => {
  it.each([['seeker', '/my-events'], ['staff', '/staff/events/:main'], ['seeker', '/events/:main/register']] as const)(
    'every focus stop still shows an outline (%s, %s)', async (who, template) => {
      const world = suite.world();
      const { page, context } = await newPage(suite.browser(), { forcedColors: 'active', session: sessionOf(world, who) });
      try {
        await visit(page, template.replace(':main', world.mainEventId));
        for (let i = 0; i < 30; i++) {
          const s = await tab(page); // fails on a stop without an outline of at least 2px, or one that is covered
          if (s.isBody) break;
        }
      } finally {
        await context.close();
      }
    });
});
