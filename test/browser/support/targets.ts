// Target sizes (WCAG 2.5.8, and the product's own 44px / 60px in large-text mode): buttons, fields, tabs and page
// links, checkboxes and radios, as the page shows them now.
import type { Page } from 'playwright-core';

export interface TargetCount { targets: number; choices: number }

/** Problems with the shown controls' sizes: buttons, fields, tabs and page links at least min px tall; choices at least 24px. */
export async function targetProblems(page: Page, label: string, min: number): Promise<{ problems: string[]; count: TargetCount }> {
  const { targets, choices } = await page.evaluate(() => {
    const shown = (el: Element) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().width > 0;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
    return {
      targets: Array.from(document.querySelectorAll('.button, .input, .select, .textarea, .tab, .pagination a')).filter(shown)
        .map((el) => ({ what: name(el), height: el.getBoundingClientRect().height })),
      choices: Array.from(document.querySelectorAll('input[type=checkbox], input[type=radio]')).filter(shown)
        .map((el) => { const r = el.getBoundingClientRect(); return { what: name(el), size: Math.min(r.width, r.height) }; }),
    };
  });
  const problems = [
    ...targets.filter((t) => t.height < min - 0.5).map((t) => `${label}: ${t.what} is ${t.height.toFixed(1)}px tall (at least ${min}px)`),
    ...choices.filter((c) => c.size < 24 - 0.5).map((c) => `${label}: ${c.what} is ${c.size.toFixed(1)}px (at least 24px)`),
  ];
  return { problems, count: { targets: targets.length, choices: choices.length } };
}
