// Every search route, as the person who sees it, in zh-CN and en, through the shared per-route visit: axe in the
// default, large-text and high-contrast (7:1) modes with best-practice as its own gate, target sizes, reflow at 320
// and 640 CSS px, and what the page must show: the search with matches, with filters expanded and applied, a near
// spelling, no results, a seeker without consent, suggestions (and their gate), the employer's candidates (and
// none), and the pages that now link to them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { Api, LUOSHAN } from './support/api.js';
import { connect } from './support/browser.js';
import { checkRoute, NO_PROBLEMS } from './support/scan-route.js';
import { arrangeSearchWorld, type SearchWorld } from './search-world.js';

type Who = 'anonymous' | 'blindSeeker' | 'seekerWithoutConsent' | 'newSeeker' | 'employer';
interface SearchRoute { name: string; path: (w: SearchWorld) => string; who: Who; variant?: true }

const q = (s: string) => encodeURIComponent(s);
const ROUTES: SearchRoute[] = [
  { name: 'search-browse', path: () => '/jobs', who: 'anonymous' },
  { name: 'search-anonymous', path: () => `/jobs?q=${q('按摩')}`, who: 'anonymous' },
  { name: 'search-matched', path: () => `/jobs?q=${q('罗山按摩')}`, who: 'blindSeeker' },
  {
    name: 'search-filters-expanded-applied', who: 'blindSeeker',
    path: () => `/jobs?q=${q('罗山按摩')}&county=${LUOSHAN}&forms=FULL_TIME&types=SOCIAL_ORG&supports=SCREEN_READER&reserved=1&sort=BEST_MATCH`,
  },
  { name: 'search-near-spelling', variant: true, path: () => `/jobs?q=${q('按磨')}`, who: 'anonymous' },
  { name: 'search-no-results', variant: true, path: () => `/jobs?q=${q('宇航员')}&reserved=1`, who: 'anonymous' },
  { name: 'search-page-2', variant: true, path: () => `/jobs?q=${q('盲文校对')}&page=2`, who: 'blindSeeker' },
  { name: 'search-without-consent', variant: true, path: () => `/jobs?q=${q('按摩')}`, who: 'seekerWithoutConsent' },
  { name: 'home-suggestions', path: () => '/', who: 'blindSeeker' },
  { name: 'home-suggestions-no-profile', variant: true, path: () => '/', who: 'newSeeker' },
  { name: 'suggestions', path: () => '/jobs/recommended', who: 'blindSeeker' },
  { name: 'suggestions-without-consent', variant: true, path: () => '/jobs/recommended', who: 'seekerWithoutConsent' },
  { name: 'candidates', path: (w) => `/employer/postings/${w.massageId}/candidates`, who: 'employer' },
  { name: 'candidates-none', variant: true, path: (w) => `/employer/postings/${w.hearingOnlyId}/candidates`, who: 'employer' },
  { name: 'postings-with-candidates-link', path: () => '/employer/postings', who: 'employer' },
  { name: 'applicants-with-candidates-link', path: (w) => `/employer/postings/${w.massageId}/applicants`, who: 'employer' },
];

let browser: Browser;
let world: SearchWorld;

beforeAll(async () => {
  browser = await connect();
  world = await arrangeSearchWorld();
});
afterAll(async () => {
  await browser.close();
});

async function sessionFor(who: Who): Promise<string | undefined> {
  if (who === 'anonymous') return undefined;
  if (who === 'newSeeker') return (await Api.signUp('SEEKER', '新用户')).session;
  return world[who];
}

/** The page shows what the route is about (not an error, not a sign-in gate). */
async function expectContent(page: Page, name: string) {
  const main = await page.locator('main').innerText();
  const expected: Record<string, RegExp> = {
    'search-browse': /找到 \d+ 个职位|Jobs found: \d+/,
    'search-anonymous': /登录并填写求职档案后|Sign in and fill in/,
    'search-matched': /为什么适合您|Why it suits you/,
    'search-filters-expanded-applied': /已选的条件|Your choices/,
    'search-near-spelling': /读音或写法相近|sound or are written/,
    'search-no-results': /没有找到符合条件的职位|No jobs match/,
    'search-page-2': /第 2 页|Page 2 of/,
    'search-without-consent': /同意“推荐职位”|Agree to "Suggest jobs"/,
    'home-suggestions': /为什么适合您|Why it suits you/,
    'home-suggestions-no-profile': /填写求职档案|Fill in your profile/,
    suggestions: /为什么适合您|Why it suits you/,
    'suggestions-without-consent': /同意“推荐职位”|agree to "Suggest jobs"/i,
    candidates: /王\*\*/,
    'candidates-none': /还没有合适的求职者|No suitable job seekers yet/,
    'postings-with-candidates-link': /合适的求职者|Suitable job seekers/,
    'applicants-with-candidates-link': /合适的求职者|Suitable job seekers/,
  };
  expect([name, expected[name].test(main)]).toEqual([name, true]);
}

describe('search, suggestions and candidates: axe in every display mode, target sizes, reflow', () => {
  const cases = (['zh-CN', 'en'] as const).flatMap((locale) => ROUTES.map((r) => [r.name, locale, r] as const));

  it.each(cases)('%s (%s)', async (name, locale, route) => {
    const report = await checkRoute(browser, name, route.path(world), locale, await sessionFor(route.who), {
      variant: route.variant,
      expectPage: async (page) => {
        await expectContent(page, name);
        if (name === 'search-filters-expanded-applied') {
          // the "more filters" part starts open when one of its choices is in use
          expect(await page.locator('button[aria-controls="jobs-more"]').getAttribute('aria-expanded')).toBe('true');
        }
      },
    });
    expect(report).toEqual(NO_PROBLEMS);
  });
});
