// Layout and display checks beyond the shared route visit (which does axe, target sizes, reflow at 320 and 640
// CSS px, a 32px browser font and the text-spacing override: support/scan-route.ts): the large-text button by
// keyboard, reduced motion, forced colours, and the language and display choices being kept. Plus proof that the
// checks themselves can fail.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { markupFingerprint, scan } from './support/axe.js';
import { baseUrl } from './support/api.js';
import { connect, newPage, screenshot, settle, visit } from './support/browser.js';
import { assertVisibleFocus, focused, tab, tabTo } from './support/keyboard.js';
import { arrangeWorld, type World } from './support/world.js';
import { expectAnnounced } from './support/expectations.js';

let browser: Browser;
let world: World;

beforeAll(async () => {
  browser = await connect();
  world = await arrangeWorld();
});
afterAll(async () => {
  await browser.close();
});

describe('large text (WCAG 1.4.4 and the large-text mode)', () => {
  it('body text is at least 18px; buttons and fields are at least 44px tall, 60px in large-text mode', async () => {
    const { page, context } = await newPage(browser, { session: world.seeker });
    await visit(page, `/jobs/${world.otherPostingId}/apply`);
    const sizes = () => page.evaluate(() => ({
      body: parseFloat(getComputedStyle(document.body).fontSize),
      smallestTarget: Math.min(...Array.from(document.querySelectorAll<HTMLElement>('.button, .input, .select, .textarea, .tab, .pagination a'))
        .filter((el) => el.offsetParent !== null).map((el) => el.getBoundingClientRect().height)),
    }));
    const normal = await sizes();
    expect(normal.body).toBeGreaterThanOrEqual(18);
    expect(normal.smallestTarget).toBeGreaterThanOrEqual(44);
    // the large-text button, by keyboard
    await tabTo(page, '大字模式');
    await page.keyboard.press('Enter');
    expect((await focused(page)).name).toBe('大字模式');
    await expect(page.locator('button', { hasText: '大字模式' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const large = await sizes();
    expect(large.body).toBeGreaterThanOrEqual(22);
    expect(large.smallestTarget).toBeGreaterThanOrEqual(60);
    await context.close();
  });

});

describe('motion and system colours', () => {
  const transitionLengths = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll('.button'))
    .map((b) => parseFloat(getComputedStyle(b).transitionDuration) * 1000));

  it('with reduced motion, no animation or transition runs longer than 100 ms', async () => {
    const { page: moving, context: c1 } = await newPage(browser);
    await visit(moving, '/');
    // without the preference the buttons do have a transition, so this test can tell the difference
    expect(Math.max(...await transitionLengths(moving))).toBeGreaterThan(100);
    await c1.close();

    const { page, context } = await newPage(browser, { reducedMotion: 'reduce' });
    await visit(page, '/');
    expect(Math.max(...await transitionLengths(page))).toBeLessThanOrEqual(100);
    await tabTo(page, '高对比度');
    await page.keyboard.press('Space');
    const running = await page.evaluate(() => document.getAnimations().map((a) => Number(a.effect?.getTiming().duration ?? 0)));
    expect(running.filter((d) => d > 100)).toEqual([]);
    await context.close();
  });

  it('in forced-colours mode every focus stop still shows an outline', async () => {
    const { page, context } = await newPage(browser, { forcedColors: 'active', session: world.seeker });
    for (const path of ['/', `/jobs/${world.otherPostingId}/apply`, '/applications', '/profile/edit?step=needs']) {
      await visit(page, path);
      for (let i = 0; i < 25; i++) {
        const s = await tab(page); // fails on a stop without an outline of at least 2px
        expect(s.isBody || s.outlineOk).toBe(true);
      }
    }
    await screenshot(page, 'forced-colors-applications');
    await context.close();
    // the employer's screens: the posting editor's checklist and the applicants' stage controls
    const employer = await newPage(browser, { forcedColors: 'active', session: world.employer });
    for (const path of ['/employer/postings/new', `/employer/postings/${world.postingId}/applicants`, '/employer/postings']) {
      await visit(employer.page, path);
      for (let i = 0; i < 30; i++) {
        const s = await tab(employer.page);
        expect(s.isBody || s.outlineOk).toBe(true);
      }
    }
    await screenshot(employer.page, 'forced-colors-employer-postings');
    await employer.context.close();
  });
});

describe('language and display choices', () => {
  it('the language switch keeps the page, sets <html lang> and the title, and is remembered', async () => {
    const { page, context } = await newPage(browser, { session: world.seeker });
    await visit(page, `/jobs/${world.postingId}`);
    const url = page.url();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await tabTo(page, 'English');
    expect(await page.locator('button[lang="en"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await settle(page);
    expect(page.url()).toBe(url);
    await expect(page.locator('main').innerText()).resolves.toContain('Easy read');
    // the easy-read text comes from the server, in the language asked for
    await expect(page.locator('.easy-read').innerText()).resolves.toMatch(/This job is/);
    expect(await page.title()).toMatch(/ - Zhuyetong$/);
    expect((await focused(page)).name).toBe('中文');
    // focus stays on the button, whose name changed: the switch is said, in the new language
    await expectAnnounced(page, 'Switched to English.');
    await page.reload();
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await tabTo(page, '中文');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await expectAnnounced(page, '已切换到中文。');
    await context.close();
  });

  it('large text and high contrast are remembered after a reload', async () => {
    const { page, context } = await newPage(browser);
    await visit(page, '/jobs');
    await tabTo(page, '大字模式');
    await page.keyboard.press('Enter');
    await tabTo(page, '高对比度');
    await page.keyboard.press('Space');
    await page.reload();
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.className)).toBe('large-text high-contrast');
    await expect(page.locator('button', { hasText: '高对比度' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await context.close();
  });
});

describe('read aloud', () => {
  it.each([['a job', (w: World) => `/jobs/${w.postingId}`], ['a fair', (w: World) => `/events/${w.eventId}`]] as const)(
    'on %s, the button reads the easy-read summary with the browser\'s speech synthesis in the page language, and stops again', async (_what, pathOf) => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { page, context } = await newPage(browser, { locale });
      // record what would be spoken (headless Chromium has no voices)
      await context.addInitScript(() => {
        const w = window as unknown as { __spoken: Array<{ text: string; lang: string }>; __cancelled: number };
        w.__spoken = [];
        w.__cancelled = 0;
        window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => { w.__spoken.push({ text: u.text, lang: u.lang }); };
        window.speechSynthesis.cancel = () => { w.__cancelled++; };
      });
      await visit(page, pathOf(world));
      const name = locale === 'en' ? 'Read the easy-read version aloud' : '朗读简明版';
      await tabTo(page, name);
      await page.keyboard.press('Enter');
      const spoken = await page.evaluate(() => (window as unknown as { __spoken: Array<{ text: string; lang: string }> }).__spoken);
      const easyRead = await page.locator('.easy-read ol').innerText();
      expect(spoken).toHaveLength(1);
      expect(spoken[0].lang).toBe(locale === 'en' ? 'en-US' : 'zh-CN');
      expect(spoken[0].text.replace(/\s+/g, '')).toBe(easyRead.replace(/\s+/g, ''));
      // stopping is its own labelled button, next in the Tab order; focus goes back to the start button
      const stopName = locale === 'en' ? 'Stop reading aloud' : '停止朗读';
      await tabTo(page, stopName);
      const before = await page.evaluate(() => (window as unknown as { __cancelled: number }).__cancelled);
      await page.keyboard.press('Space');
      await expect(page.evaluate(() => (window as unknown as { __cancelled: number }).__cancelled)).resolves.toBe(before + 1);
      await expect(page.getByRole('button', { name: stopName }).count()).resolves.toBe(0);
      await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(name);
      await context.close();
    }
  });
});

describe('the checks can fail', () => {
  it('axe reports an unlabelled field, a wrong accessible name and low contrast; the focus check reports a missing outline', async () => {
    const { page, context } = await newPage(browser);
    await visit(page, '/');
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML = `<input id="bad-input" type="text"><button id="bad-button" aria-label="提交">搜索</button>
        <p style="color:#777;background:#fff">淡灰色文字</p><a id="no-outline" href="#x" style="outline:none;box-shadow:none">没有焦点框</a>`;
      document.querySelector('main')!.appendChild(box);
    });
    const result = await scan(page, 'negative-control');
    const ids = result.wcag.map((v) => v.split(' ')[0]);
    expect(ids).toEqual(expect.arrayContaining(['label', 'label-content-name-mismatch', 'color-contrast']));
    // the display modes' scan runs the style rules only: it still finds the contrast, and leaves the markup rules out
    const styles = (await scan(page, 'negative-control-styles', { stylesOnly: true })).wcag.map((v) => v.split(' ')[0]);
    expect(styles).toContain('color-contrast');
    expect(styles).not.toContain('label');
    // in high-contrast mode both contrast rules run: 4.48:1 fails the AA one (the 7:1 rule leaves text under 4.5:1 to it),
    // 5.74:1 passes AA and fails 7:1
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.setAttribute('style', 'color:#666;background:#fff');
      p.textContent = '中灰色文字';
      document.querySelector('main')!.appendChild(p);
    });
    const enhanced = (await scan(page, 'negative-control-styles-7to1', { stylesOnly: true, enhancedContrast: true })).wcag.map((v) => v.split(' ')[0]);
    expect(enhanced).toEqual(expect.arrayContaining(['color-contrast', 'color-contrast-enhanced']));
    // and the route visit notices a mode that changes the markup or what is shown, which the style rules would miss
    const before = await markupFingerprint(page);
    await page.evaluate(() => document.getElementById('bad-input')!.setAttribute('aria-label', '姓名'));
    expect((await markupFingerprint(page)).markup).not.toBe(before.markup);
    await page.evaluate(() => document.getElementById('bad-input')!.removeAttribute('aria-label'));
    // a style sheet that hides a button in large-text mode: the same markup, but something else is shown
    await page.addStyleTag({ content: 'html.large-text #bad-button { display: none; }' });
    await page.evaluate(() => document.documentElement.classList.add('large-text'));
    const hidden = await markupFingerprint(page);
    expect([hidden.markup === before.markup, hidden.shown === before.shown]).toEqual([true, false]);
    await page.focus('#no-outline');
    const s = await focused(page);
    expect(s.outlineOk).toBe(false);
    expect(() => assertVisibleFocus(s)).toThrow(/focus not shown/);
    await context.close();
  });
});

describe('GraphiQL for developers', () => {
  it('works with no internet: every request stays on this server, and a query runs', async () => {
    const { page, context } = await newPage(browser);
    const outside: string[] = [];
    const problems: string[] = [];
    try {
      await context.route('**/*', (route) => {
        const u = new URL(route.request().url());
        if (/^https?:$/.test(u.protocol) && !['127.0.0.1', 'localhost'].includes(u.hostname)) {
          outside.push(u.href);
          return route.abort('blockedbyclient');
        }
        return route.continue();
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
      const res = await page.goto(`${baseUrl()}/graphql`, { waitUntil: 'load' });
      expect(res?.status()).toBe(200);
      const editor = page.locator('.graphiql-query-editor .monaco-editor');
      await editor.waitFor({ state: 'visible' });
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type('{ __typename }');
      await page.getByRole('button', { name: /execute query/i }).click();
      await page.waitForFunction((t) => document.querySelector('.graphiql-response .view-lines')?.textContent?.replace(/\u00a0/g, ' ').includes(t),
        '"__typename": "Query"');
      expect({ outside, problems }).toEqual({ outside: [], problems: [] });
    } finally {
      await context.close();
    }
  });
});
