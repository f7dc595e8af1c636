// Reflow (WCAG 1.4.10) and clipping checks shared by the layout specs.
import type { Page } from 'playwright-core';
import { failureScreenshot } from './browser.js';

/** The page's own width against the viewport: wider means sideways scrolling. */
export const overflow = (page: Page) => page.evaluate(() => {
  const d = document.documentElement;
  return { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth };
});

/** Elements whose content is cut off by overflow: hidden/clip (screen-reader-only text excepted). */
export const clipped = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('body *'))
  .filter((el) => {
    if (el.closest('.visually-hidden') || el.offsetParent === null) return false;
    const cs = getComputedStyle(el);
    // screen-reader-only by the same technique as .visually-hidden (e.g. a table's headers in the card layout)
    if (cs.clipPath === 'inset(50%)') return false;
    const hides = (v: string) => v === 'hidden' || v === 'clip';
    return (hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1);
  })
  .map((el) => `${el.tagName.toLowerCase()}.${el.className}`));

/** The innermost visible elements that reach past the viewport's right edge (at most 4), named for a failure message. */
export const widest = (page: Page) => page.evaluate(() => {
  const limit = document.documentElement.clientWidth + 1;
  const over = Array.from(document.querySelectorAll<HTMLElement>('body *'))
    .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > limit);
  // text that runs out of a box that itself fits (an unbreakable word, a long link) is named by its element
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim() || !n.parentElement || n.parentElement.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    if (range.getBoundingClientRect().right > limit && !over.includes(n.parentElement)) over.push(n.parentElement);
  }
  return over.filter((el) => !over.some((o) => o !== el && el.contains(o))).slice(0, 4)
    .map((el) => `${[el.parentElement, el.parentElement?.parentElement].map((a) => a ? `${a.tagName.toLowerCase()}.${String(a.className).split(' ').join('.')}(${Math.round(a.getBoundingClientRect().right)})` : '').join('<')} > ${getComputedStyle(el).position === "fixed" ? "(fixed) " : ""}${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" (${Math.round(el.getBoundingClientRect().right)}px)`);
});

/**
 * Table cells holding a short Chinese name or place (at most 8 CJK characters, e.g. 王芳, 罗山县, 固始县残联) that the
 * browser broke onto more than one line: one character per line is what a too-narrow column does to Chinese.
 * Returns "text (n lines)" for each; lines are the distinct tops of the text's boxes.
 */
export const wrappedShortCells = (page: Page) => page.evaluate(() => {
  const SHORT_CJK = /^[\u3400-\u9fff\uf900-\ufaff·]{1,8}$/u;
  const found: string[] = [];
  for (const cell of Array.from(document.querySelectorAll<HTMLElement>('td, th'))) {
    if (cell.offsetParent === null || cell.closest('.visually-hidden')) continue;
    const text = (cell.textContent ?? '').replace(/\s+/g, '');
    if (!SHORT_CJK.test(text)) continue;
    const tops: number[] = [];
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim() || (n.parentElement?.closest('.visually-hidden'))) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of Array.from(range.getClientRects())) {
        if (r.width > 0 && !tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
      }
    }
    if (tops.length > 1) found.push(`${text} (${tops.length} lines)`);
  }
  return found;
});

/**
 * The page as it is, at 1280, 640 and 320 CSS px and at 320 with large text and with text at 200%: one line per width and mode that
 * scrolls sideways (the page, or under 640 px a table inside its box: tables are cards there) or, at 640 and 1280,
 * breaks a short Chinese name in a table cell across lines (with a screenshot named after
 * shotName). Leaves the page in the default mode.
 */
export async function reflowProblems(page: Page, label: string, shotName: string): Promise<string[]> {
  const problems: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  for (const [width, mode] of [[1280, 'default'], [640, 'default'], [320, 'default'], [320, 'large-text'], [320, 'text-200%']] as const) {
    await page.setViewportSize({ width, height: 640 });
    await page.evaluate((large) => document.documentElement.classList.toggle('large-text', large), mode === 'large-text');
    // text at 200% (1.4.4 with 1.4.10): the browser's font size doubled, as a person who zooms text only sets it
    if (mode === 'text-200%') {
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    }
    const o = await overflow(page);
    if (o.scrollWidth > o.clientWidth) {
      problems.push(`${label} ${width}px ${mode}: scrollWidth ${o.scrollWidth} > ${o.clientWidth}; too wide: ${(await widest(page)).join(', ')}`);
      await failureScreenshot(page, `${shotName}-${width}-${mode}`);
    }
    // under 640 CSS px a table is shown as cards: none scrolls sideways inside its box either
    if (width < 640) {
      const wide = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.table-wrap'))
        .filter((w) => w.offsetParent !== null && w.scrollWidth > w.clientWidth + 1)
        .map((w) => w.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? '(no caption)'));
      if (wide.length) {
        problems.push(`${label} ${width}px ${mode}: tables scroll sideways instead of showing cards: ${wide.join(', ')}`);
        await failureScreenshot(page, `${shotName}-table-${width}-${mode}`);
      }
    }
    // names and places stay on one line in a table's columns (under 640 px a card is as wide as the screen)
    const wrapped = width >= 640 ? await wrappedShortCells(page) : [];
    if (wrapped.length) {
      problems.push(`${label} ${width}px ${mode}: short Chinese names broken across lines in table cells: ${wrapped.slice(0, 8).join(', ')}`);
      await failureScreenshot(page, `${shotName}-wrap-${width}-${mode}`);
    }
  }
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  await cdp.detach();
  await page.evaluate(() => document.documentElement.classList.remove('large-text'));
  return problems;
}
