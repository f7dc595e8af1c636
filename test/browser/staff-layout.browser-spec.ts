// Layout of the action-plan screens (federation staff, and the employer's quota page), beyond the shared route
// visit that checks reflow at 320 and 640 CSS px on every staff route (staff-plan, staff-casework, staff-compliance,
// staff-quota): text spacing on the busiest pages, a 32px browser font with large text, and focus
// shown on every stop in forced colours. Its own people live in 平桥区 (411503), arranged through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { csv, importFile, people } from './staff-compliance-world.js';
import { Api, employerWithPosting, seekerWithProfile, staffMember } from './support/api.js';
import { connect, newPage, visit } from './support/browser.js';
import { tab } from './support/keyboard.js';
import { clipped, overflow } from './support/reflow.js';

const PINGQIAO = '411503';

interface LayoutWorld { staff: string; employer: string; seekerId: string; graduateId: string; importId: string }

let browser: Browser;
let world: LayoutWorld;

async function profileId(seeker: Api): Promise<string> {
  return (await seeker.gql<{ myProfile: { id: string } }>(`{ myProfile { id } }`)).myProfile.id;
}

beforeAll(async () => {
  browser = await connect();
  const staff = await staffMember();
  const { employer } = await employerWithPosting(staff);
  const seekerId = await profileId(await seekerWithProfile({ name: '郑小红', countyCode: PINGQIAO }));
  const graduateId = await profileId(await seekerWithProfile({ name: '冯志远', countyCode: PINGQIAO, education: 'BACHELOR',
    graduateYear: new Date().getUTCFullYear() - 1, graduateSchool: '信阳农林学院' }));
  // three people of 平桥区 (not 固始县, whose rows the import journeys count)
  const importId = await importFile(staff, csv(people(3).map((r) => ({ ...r, 所属县区: '平桥区' }))), '平桥区名册.csv');
  world = { staff: staff.session, employer: employer.session, seekerId, graduateId, importId };
}, 180_000);
afterAll(async () => {
  await browser.close();
});

interface Route { name: string; path: (w: LayoutWorld) => string; who: 'staff' | 'employer' }
const year = new Date().getUTCFullYear();
const ROUTES: readonly Route[] = [
  { name: 'workbench', path: () => '/staff', who: 'staff' },
  { name: 'plan', path: () => '/staff/plan', who: 'staff' },
  { name: 'plan-county', path: () => `/staff/plan?county=${PINGQIAO}`, who: 'staff' },
  { name: 'quarterly', path: () => `/staff/reports/quarterly?year=${year - 1}&quarter=4`, who: 'staff' },
  { name: 'four-ones', path: () => '/staff/four-ones', who: 'staff' },
  { name: 'seeker-services', path: (w) => `/staff/seekers/${w.seekerId}`, who: 'staff' },
  { name: 'graduates', path: () => '/staff/graduates', who: 'staff' },
  { name: 'graduate', path: (w) => `/staff/graduates/${w.graduateId}`, who: 'staff' },
  { name: 'imports', path: () => '/staff/imports', who: 'staff' },
  { name: 'import', path: (w) => `/staff/imports/${w.importId}`, who: 'staff' },
  { name: 'integrity', path: () => '/staff/integrity', who: 'staff' },
  { name: 'quota', path: () => '/staff/quota', who: 'staff' },
  { name: 'policy', path: () => '/staff/policy', who: 'staff' },
  { name: 'employer-quota', path: () => '/employer/quota', who: 'employer' },
];
const BUSIEST = ['plan', 'quarterly', 'seeker-services', 'graduate', 'import', 'policy', 'employer-quota'];

describe('staff screens with text spacing (WCAG 1.4.12) and a 32px browser font (1.4.4)', () => {
  it('line height 1.5, letter spacing .12em, word spacing .16em and paragraph spacing 2em clip nothing', async () => {
    const problems: string[] = [];
    for (const route of ROUTES.filter((r) => BUSIEST.includes(r.name))) {
      const { page, context } = await newPage(browser, { session: world[route.who], viewport: { width: 640, height: 800 } });
      await visit(page, route.path(world));
      await page.addStyleTag({ content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        p { margin-bottom: 2em !important; }` });
      const cut = await clipped(page);
      if (cut.length) problems.push(`${route.name}: ${cut.join(', ')}`);
      const o = await overflow(page);
      if (o.scrollWidth > o.clientWidth) problems.push(`${route.name}: scrollWidth ${o.scrollWidth} > ${o.clientWidth}`);
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('text grows with a 32px browser font in large-text mode, and nothing scrolls sideways', async () => {
    const problems: string[] = [];
    for (const who of ['staff', 'employer'] as const) {
      const { page, context } = await newPage(browser, { mode: 'large-text', session: world[who] });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 32 } });
      for (const route of ROUTES.filter((r) => r.who === who && BUSIEST.includes(r.name))) {
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

describe('forced colours', () => {
  it('every focus stop on the dashboard, a seeker\'s services and the employer\'s quota still shows an outline', async () => {
    for (const [who, path] of [['staff', '/staff/plan'], ['staff', `/staff/seekers/${world.seekerId}`], ['employer', '/employer/quota']] as const) {
      const { page, context } = await newPage(browser, { forcedColors: 'active', session: world[who] });
      await visit(page, path);
      for (let i = 0; i < 40; i++) {
        const s = await tab(page); // fails on a stop without an outline of at least 2px, or one that is covered
        if (s.isBody) break;
      }
      await context.close();
    }
  });
});
