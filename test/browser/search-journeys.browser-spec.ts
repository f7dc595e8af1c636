// Keyboard-only journeys through search (Tab, Shift+Tab, Enter, Space, arrows; typing text; never a click):
// a blind seeker searches 罗山按摩 from the home page and finds the massage jobs in 罗山县 first, each with
// reasons; narrows by a support and reserved-only without losing focus; sorts; pages; opens the suggestions.
// An employer opens a posting's list of suitable, masked job seekers. Going Back from a job returns focus to the
// result that was opened; search words over the limit are refused at the field; on a 360px phone the results come
// first and the filters are behind one button. The search is saved by keyboard (a refused empty name, then a save
// confirmed in the status line) and found, and deleted after a confirmation, on the saved searches page.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { scan } from './support/axe.js';
import { connect, newPage, screenshot, settle, visit } from './support/browser.js';
import { assertVisibleFocus, chooseOption, focused, press, tab, tabTo, typeText, walkPage } from './support/keyboard.js';
import { overflow } from './support/reflow.js';
import { arrangeSearchWorld, PAGING_WORD, type SearchWorld } from './search-world.js';

let browser: Browser;
let world: SearchWorld;
let seeker: { context: BrowserContext; page: Page };

beforeAll(async () => {
  browser = await connect();
  world = await arrangeSearchWorld();
  seeker = await newPage(browser, { session: world.blindSeeker });
});
afterAll(async () => {
  await browser.close();
});

/** The results' polite status line (what a screen reader says after each change). */
const statusText = (page: Page) => page.locator('#jobs-results ~ [role=status]').innerText();

/** Waits until no request is in flight and the status line matches (pass the exact count where it is known: the
 * line may still show the previous count for a moment after a change). */
async function expectStatus(page: Page, pattern: RegExp): Promise<string> {
  const source = pattern.source;
  try {
    await page.waitForFunction((src) => (window as unknown as { __inflight?: number }).__inflight === 0
      && new RegExp(src).test(document.querySelector('#jobs-results ~ [role=status]')?.textContent ?? ''), source, { timeout: 15_000 });
  } catch {
    throw new Error(`status says "${await statusText(page)}", expected ${pattern}`);
  }
  return statusText(page);
}

const countIn = (status: string) => Number(/\d+/.exec(status)?.[0]);

async function expectH1(page: Page, text: string) {
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, text, { timeout: 15_000 });
  await settle(page);
}

/** Titles, places and match texts of the result cards, in order. */
const cards = (page: Page) => page.locator('.results article').evaluateAll((list) => list.map((a) => ({
  title: a.querySelector('h3')?.textContent ?? '',
  text: (a as HTMLElement).innerText,
  reserved: !!a.querySelector('.badge.reserved'),
  reasons: Array.from(a.querySelectorAll('ul.match-list:not(.gaps) li')).map((li) => li.textContent),
  gaps: Array.from(a.querySelectorAll('ul.match-list.gaps li')).map((li) => li.textContent),
})));

const isLuoshanMassage = (c: { title: string; text: string }) => /按摩|推拿/.test(c.title) && c.text.includes('罗山县');

describe('search by keyboard', () => {
  it('a blind seeker searches 罗山按摩 from the home page: massage jobs in 罗山县 come first, each with reasons in words', async () => {
    const { page } = seeker;
    await visit(page, '/');
    expect((await tab(page)).name).toBe('跳到主要内容');
    await tabTo(page, 'home-q');
    await typeText(page, '罗山按摩');
    await page.keyboard.press('Enter');
    await expectH1(page, '找工作');
    expect((await focused(page)).tag).toBe('h1');
    const status = await expectStatus(page, /^找到 \d+ 个职位$/);
    expect(countIn(status)).toBeGreaterThanOrEqual(3);
    await expect(page.locator('#jobs-results ~ [role=status]').getAttribute('role')).resolves.toBe('status');

    const list = await cards(page);
    expect(isLuoshanMassage(list[0])).toBe(true);
    // every 罗山县 massage job comes before anything else
    const firstOther = list.findIndex((c) => !isLuoshanMassage(c));
    if (firstOther >= 0) expect(list.slice(firstOther).some(isLuoshanMassage)).toBe(false);
    expect(list.map((c) => c.title)).not.toContain('网店客服');
    const massage = list.find((c) => c.title === world.massageTitle)!;
    expect(massage.reasons).toEqual(expect.arrayContaining(['提供读屏软件', '无需阅读纸质材料']));
    expect(massage.text).toContain('适合您');
    // the reception job needs print reading: the gap says what would remove it
    const reception = list.find((c) => c.title === '按摩店前台接待')!;
    expect(reception.text).toContain('现在还不适合您');
    expect(reception.gaps.join('\n')).toMatch(/必须先解决：需要阅读纸质材料；如提供.*读屏软件.*即可消除此障碍/);
    // reasons are a list after their visible label, which is said once (the list does not repeat it as its name)
    await expect(page.locator('.results p.field-label:text-is("为什么适合您") + ul').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.results ul[aria-labelledby], .results ul[aria-label]').count()).resolves.toBe(0);

    // from the heading, the skip link reaches the results; the first result is the first stop after the sort
    await tabTo(page, '跳到搜索结果');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('jobs-results');
    expect((await tab(page)).id).toBe('jobs-sort');
    expect((await tab(page)).name).toBe(list[0].title);
    await screenshot(page, 'search-journey-luoshan-massage');
  });

  it('narrows by a support and to reserved jobs: results change, focus stays on the checkbox, the count is read out', async () => {
    const { page } = seeker;
    const before = countIn(await statusText(page));
    // "more filters" is a disclosure button before the results
    const more = await tabTo(page, '更多筛选条件', { back: true });
    expect(more.tag).toBe('button');
    await expect(page.locator('button[aria-controls="jobs-more"]').getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('Enter');
    await expect(page.locator('button[aria-controls="jobs-more"]').getAttribute('aria-expanded')).resolves.toBe('true');
    expect((await focused(page)).name).toBe('更多筛选条件');

    const reader = await tabTo(page, /^读屏软件（\d+）$/);
    await press(page, 'Space');
    await page.waitForURL(/supports=SCREEN_READER/);
    // the number in the checkbox's label is the number found once it is ticked
    const afterSupport = countIn(reader.name);
    await expectStatus(page, new RegExp(`^找到 ${afterSupport} 个职位$`));
    expect(afterSupport).toBeLessThanOrEqual(before);
    const still = await focused(page);
    expect(still.id).toBe(reader.id);
    expect(still.checked).toBe(true);
    expect((await cards(page)).map((c) => c.title)).not.toContain('按摩店前台接待');

    const reserved = await tabTo(page, /^只看为残疾人预留的岗位（\d+）$/, { back: true });
    await press(page, 'Space');
    await page.waitForURL(/reserved=1/);
    const afterReserved = countIn(reserved.name);
    await expectStatus(page, new RegExp(`^找到 ${afterReserved} 个职位$`));
    expect(afterReserved).toBeLessThan(afterSupport);
    expect((await focused(page)).id).toBe(reserved.id);
    const list = await cards(page);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((c) => c.reserved)).toBe(true);
    expect(list.map((c) => c.title)).not.toContain('推拿理疗师');
    await expect(page.locator('main').innerText()).resolves.toContain('已选的条件：读屏软件、只看为残疾人预留的岗位');

    // no pop-up, nothing moved: and axe finds nothing in this state
    const axe = await scan(page, 'search-journey-filters-applied');
    expect(axe).toEqual({ wcag: [], bestPractice: [] });
    await screenshot(page, 'search-journey-filters-applied');
  });

  it('sorts by best match with the arrow keys, without moving focus', async () => {
    const { page } = seeker;
    await tabTo(page, 'jobs-sort');
    await chooseOption(page, '最适合我的在前');
    await page.waitForURL(/sort=BEST_MATCH/);
    await expectStatus(page, /^找到 \d+ 个职位$/);
    expect((await focused(page)).id).toBe('jobs-sort');
    const list = await cards(page);
    expect(list[0].text).toContain('适合您');
  });

  it('every filter is reachable by Tab, every stop shows focus, and focus leaves the page (no trap), both ways', async () => {
    const { page } = seeker;
    await visit(page, '/jobs?supports=SCREEN_READER');
    const controls = await page.locator('main').evaluate((m) => Array.from(m.querySelectorAll('input, select')).map((c) => c.id));
    expect(controls.filter((id) => id.startsWith('jobs-supports-')).length).toBe(18);
    const forward = await walkPage(page);
    const ids = forward.map((s) => s.id);
    expect(controls.filter((id) => !ids.includes(id))).toEqual([]);
    const backward = (await walkPage(page, { back: true })).map((s) => s.id);
    expect(controls.filter((id) => !backward.includes(id))).toEqual([]);
  });

  it('pages through the results: the page links move focus to the results heading', async () => {
    const { page } = seeker;
    await visit(page, '/jobs');
    await tabTo(page, 'jobs-q');
    await typeText(page, PAGING_WORD);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'jobs-results');
    await page.waitForFunction((w) => document.querySelector('.results article h3')?.textContent?.includes(w), PAGING_WORD);
    const total = countIn(await expectStatus(page, /^找到 \d+ 个职位$/));
    expect(total).toBeGreaterThanOrEqual(11);
    expect(await page.locator('.results article').count()).toBe(10);
    const firstPage = await page.locator('.results article h3').allInnerTexts();
    await tabTo(page, '下一页');
    await page.keyboard.press('Enter');
    await page.waitForURL(/page=2/);
    await page.waitForFunction(() => document.activeElement?.id === 'jobs-results');
    // the second page has arrived when its first job is not on the first page
    await page.waitForFunction((seen) => !seen.includes(document.querySelector('.results article h3')?.textContent ?? ''), firstPage);
    await expectStatus(page, new RegExp(`^找到 ${total} 个职位$`));
    await expect(page.locator('.pagination').innerText()).resolves.toContain('第 2 页');
    expect(await page.locator('.results article').count()).toBe(Math.min(10, total - 10));
  });

  it('the home page suggests jobs with reasons, and leads to all suggestions', async () => {
    const { page } = seeker;
    await visit(page, '/');
    const section = page.getByRole('region', { name: '为您推荐' });
    await section.locator('article').first().waitFor();
    await expect(section.locator('p.field-label:text-is("为什么适合您") + ul').first().innerText()).resolves.toContain('提供读屏软件');
    await tabTo(page, /^查看全部 \d+ 个推荐职位$/);
    await page.keyboard.press('Enter');
    await expectH1(page, '为您推荐的职位');
    await expect(page.locator('main [role=status]').innerText()).resolves.toMatch(/^为您找到 \d+ 个合适的职位$/);
    const titles = await page.locator('main article h2').allInnerTexts();
    expect(titles).toContain(world.massageTitle);
    // only jobs the seeker can take: the reception job needs print reading
    expect(titles).not.toContain('按摩店前台接待');
  });
});

describe('search: Back, too many words, a phone', () => {
  it('going Back from a job puts focus on the result that was opened, not on the h1', async () => {
    const { page } = seeker;
    await visit(page, '/jobs?q=罗山按摩');
    await expectStatus(page, /^找到 \d+ 个职位$/);
    const titles = await page.locator('.results article h3').allInnerTexts();
    expect(titles.length).toBeGreaterThanOrEqual(3);
    // one well down the list: the h1 would be many Tabs away from it
    const opened = titles[2];
    await tabTo(page, opened);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/jobs\/[^/?]+$/);
    await expectH1(page, opened);
    await page.goBack();
    await page.waitForFunction((title) => {
      const a = document.activeElement;
      return a?.tagName === 'A' && a.textContent === title && !!a.closest('.results');
    }, opened, { timeout: 15_000 });
    assertVisibleFocus(await focused(page));
  });

  it('search words over 50 characters are refused at the field; the results already shown stay', async () => {
    const { page } = seeker;
    await visit(page, '/jobs?q=按摩');
    const before = await expectStatus(page, /^找到 \d+ 个职位$/);
    const address = page.url();
    await tabTo(page, 'jobs-q');
    await typeText(page, '按摩'.repeat(26));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    await page.waitForFunction(() => document.title.startsWith('错误：'));
    await expect(page.locator('.error-summary').innerText()).resolves.toContain('职位关键词最多50个字，现在有52个字');
    await expect(page.locator('#jobs-q').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(page.url()).toBe(address);
    expect(await statusText(page)).toBe(before);
    await expect(page.locator('main').innerText()).resolves.not.toContain('内容没有加载出来');
    // the summary's link leads to the field
    await tab(page);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('jobs-q');
  });

  it('saves the search by keyboard: an empty name is refused at the field, a save is confirmed; the saved searches page lists it', async () => {
    const { page } = seeker;
    await visit(page, '/jobs?q=按摩&county=411521');
    await expectStatus(page, /^找到 \d+ 个职位$/);
    const opener = await tabTo(page, '保存这个搜索');
    await press(page, 'Enter');
    await expect(page.locator('#save-search-name').inputValue()).resolves.toBe('按摩 · 罗山县');
    await tabTo(page, 'save-search-name');
    await typeText(page, '   ');
    await tabTo(page, '保存');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    await page.waitForFunction(() => document.title.startsWith('错误：'));
    await expect(page.locator('#save-search-name').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#save-search-name-error').innerText()).resolves.toContain('请填写名称');
    const axe = await scan(page, 'search-journey-save-error');
    expect(axe).toEqual({ wcag: [], bestPractice: [] });
    // the summary's link leads to the field
    await tab(page);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('save-search-name');
    await typeText(page, '罗山按摩');
    // instant alerts: the second choice of the radio group, by arrow key
    await tabTo(page, (st) => st.type === 'radio');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).checked).toBe(true);
    await tabTo(page, '保存');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.save-search [role=status]')?.textContent?.includes('已保存“罗山按摩”'));
    expect((await focused(page)).name).toBe(opener.name);
    await page.waitForFunction(() => !document.title.startsWith('错误：'));

    await tabTo(page, '管理保存的搜索');
    await page.keyboard.press('Enter');
    await expectH1(page, '保存的搜索');
    await expect(page.locator('main').innerText()).resolves.toContain('有新职位马上提醒');
    // delete asks first; Escape keeps it and gives focus back to the button
    const del = await tabTo(page, /^删除/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('dialog[open]') !== null);
    expect((await focused(page)).name).toBe('不删除');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('dialog[open]') === null);
    expect((await focused(page)).name).toBe(del.name);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('dialog[open]') !== null);
    await tabTo(page, '删除', { back: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('罗山按摩'));
    await screenshot(page, 'search-journey-saved-searches');
  });

  it('on a 360px phone the first result comes before the filters, and one labelled button opens them', async () => {
    const { page, context } = await newPage(browser, { session: world.blindSeeker, viewport: { width: 360, height: 740 } });
    try {
      await visit(page, '/jobs?q=按摩&reserved=1');
      await expectStatus(page, /^找到 [1-9]\d* 个职位$/);
      // the account and the navigation sit behind one Menu button: the page's heading is near the top of the first screen
      await expect(page.evaluate(() => document.querySelector('main h1')!.getBoundingClientRect().top)).resolves.toBeLessThan(740 / 4);
      const layout = () => page.evaluate(() => {
        const first = document.querySelector('.results article')!;
        const groups = document.getElementById('jobs-filter-groups')!;
        return {
          firstTop: first.getBoundingClientRect().top + window.scrollY,
          groupsShown: groups.offsetParent !== null,
          groupsTop: groups.getBoundingClientRect().top + window.scrollY,
        };
      });
      const closed = await layout();
      expect(closed.groupsShown).toBe(false);
      // within two screens, under the site's header and the search words (it was more than three screens down,
      // below every filter)
      expect(closed.firstTop).toBeLessThan(2 * 740);
      const button = await tabTo(page, '筛选条件（已选1项）');
      expect(button.tag).toBe('button');
      const disclosure = page.locator('button[aria-controls="jobs-filter-groups"]');
      await expect(disclosure.getAttribute('aria-expanded')).resolves.toBe('false');
      await page.keyboard.press('Enter');
      await expect(disclosure.getAttribute('aria-expanded')).resolves.toBe('true');
      const open = await layout();
      expect(open.groupsShown).toBe(true);
      // the filters open in place under their button: they are what had pushed the results down
      expect(open.firstTop - closed.firstTop).toBeGreaterThan(740);
      const reserved = await tab(page);
      expect(reserved.name).toMatch(/^只看为残疾人预留的岗位（\d+）$/);
      expect(reserved.checked).toBe(true);
      const o = await overflow(page);
      expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
      await screenshot(page, 'search-journey-phone-filters-open');
      // back up to the Menu button: it opens the account and the navigation, reachable by Tab
      const menuButton = await tabTo(page, '菜单', { back: true });
      expect(menuButton.tag).toBe('button');
      const menu = page.locator('button[aria-controls="site-menu"]');
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(page.getByRole('link', { name: '我的申请' }).isVisible()).resolves.toBe(false);
      await page.keyboard.press('Enter');
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
      expect((await tabTo(page, '我的申请')).tag).toBe('a');
      // the open menu on the phone, and the page under it, pass axe
      expect(await scan(page, 'phone-menu-open')).toEqual({ wcag: [], bestPractice: [] });
    } finally {
      await context.close();
    }
  });
});

describe('candidates by keyboard', () => {
  it('an employer opens the suitable job seekers of a posting: masked, with why each fits, nothing about disability', async () => {
    const { page, context } = await newPage(browser, { session: world.employer });
    try {
      await visit(page, '/employer/postings');
      await tabTo(page, `合适的求职者：${world.massageTitle}`);
      await page.keyboard.press('Enter');
      await expectH1(page, `合适的求职者：${world.massageTitle}`);
      expect((await focused(page)).tag).toBe('h1');
      await expect(page.locator('main [role=status]').innerText()).resolves.toMatch(/^找到 [1-9]\d* 位合适的求职者$/);
      const main = await page.locator('main').innerText();
      expect(main).toContain('求职者 王**');
      expect(main).not.toContain(world.candidateName);
      expect(main).not.toMatch(/视力残疾|读屏|纸质/);
      const card = page.locator('main article').filter({ hasText: '求职者 王**' }).first();
      await expect(card.locator('p.field-label:text-is("为什么合适") + ul').innerText()).resolves.toContain('求职者必需的支持均已具备');
      await expect(card.innerText()).resolves.toContain('保健按摩');
      await screenshot(page, 'search-journey-candidates');

      // the list of applicants links here too, and back to the posting
      await tabTo(page, '查看申请人');
      await page.keyboard.press('Enter');
      await expectH1(page, `申请人：${world.massageTitle}`);
      await tabTo(page, '合适的求职者');
      await page.keyboard.press('Enter');
      await expectH1(page, `合适的求职者：${world.massageTitle}`);
    } finally {
      await context.close();
    }
  });
});
