// Keyboard-only driving: Tab, Shift+Tab, Enter, Space, Escape and arrow keys (plus typing text). Every
// stop is checked: focus is shown with an outline of at least 2px and is not hidden (the element at the
// centre of its visible part is the focused one or inside it).
import type { Page } from 'playwright-core';

export interface Stop {
  tag: string;
  id: string;
  role: string | null;
  type: string | null;
  name: string;
  isBody: boolean;
  outline: string;
  outlineOk: boolean;
  hit: boolean;
  /** What is at the centre of the focused element's visible part. */
  hitBy: string;
  checked: boolean | null;
  value: string | null;
}

export async function focused(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const el = (document.activeElement ?? document.body) as HTMLElement;
    const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
    let name = el.getAttribute('aria-label') ?? '';
    const labelledBy = el.getAttribute('aria-labelledby');
    if (!name && labelledBy) name = labelledBy.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ');
    const labels = (el as HTMLInputElement).labels;
    if (!name && labels && labels.length) name = text(labels[0]);
    if (!name) name = text(el);
    const cs = getComputedStyle(el);
    const width = parseFloat(cs.outlineWidth) || 0;
    // A link that wraps over two lines has one box per line; the centre of its bounding box can fall
    // beside the text. Any line box whose centre shows the element counts as visible.
    const r = el.getBoundingClientRect();
    const boxes = Array.from(el.getClientRects());
    const isOwn = (n: Element | null) => !!n && (n === el || el.contains(n) || (!!labels && Array.from(labels).some((l) => l.contains(n))));
    let hitEl: Element | null = null;
    let cx = 0;
    let cy = 0;
    for (const b of boxes.length ? boxes : [r]) {
      const left = Math.max(b.left, 0);
      const right = Math.min(b.right, window.innerWidth);
      const top = Math.max(b.top, 0);
      const bottom = Math.min(b.bottom, window.innerHeight);
      if (!(right > left && bottom > top)) continue;
      cx = (left + right) / 2;
      cy = (top + bottom) / 2;
      hitEl = document.elementFromPoint(cx, cy);
      if (isOwn(hitEl)) break;
    }
    const hit = isOwn(hitEl);
    const input = el as HTMLInputElement;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      role: el.getAttribute('role'),
      type: el.getAttribute('type'),
      name,
      isBody: el === document.body || el === document.documentElement,
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      outlineOk: cs.outlineStyle !== 'none' && width >= 2,
      hit,
      hitBy: hitEl ? `${hitEl.tagName.toLowerCase()}.${hitEl.className} at ${Math.round(cx)},${Math.round(cy)} of ${JSON.stringify(r)}` : `nothing (${JSON.stringify(r)})`,
      checked: input.type === 'checkbox' || input.type === 'radio' ? input.checked : null,
      value: 'value' in input && typeof input.value === 'string' ? input.value : null,
    };
  });
}

function describe(s: Stop): string {
  return `<${s.tag}${s.id ? `#${s.id}` : ''}${s.role ? ` role=${s.role}` : ''}> "${s.name.slice(0, 60)}"`;
}

/** Fails unless the focused element shows an outline and is not covered. */
export function assertVisibleFocus(s: Stop): void {
  if (s.isBody) return;
  if (!s.outlineOk) throw new Error(`focus not shown on ${describe(s)}: outline ${s.outline}`);
  if (!s.hit) throw new Error(`focused element is hidden or covered: ${describe(s)}; at its centre: ${s.hitBy}`);
}

export async function tab(page: Page, back = false): Promise<Stop> {
  await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  const s = await focused(page);
  assertVisibleFocus(s);
  return s;
}

export type Target = string | RegExp | ((s: Stop) => boolean);

function matches(s: Stop, target: Target): boolean {
  if (typeof target === 'function') return target(s);
  if (typeof target === 'string') return s.name === target || s.id === target;
  return target.test(s.name);
}

/** Tabs (or Shift+Tabs) until the target has focus; every stop on the way is checked. */
export async function tabTo(page: Page, target: Target, { back = false, max = 200 } = {}): Promise<Stop> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const s = await tab(page, back);
    if (matches(s, target)) return s;
    seen.push(describe(s));
  }
  throw new Error(`never reached ${String(target)} by ${back ? 'Shift+Tab' : 'Tab'}; stops:\n  ${seen.slice(-40).join('\n  ')}`);
}

export async function press(page: Page, key: string): Promise<Stop> {
  await page.keyboard.press(key);
  return focused(page);
}

/** Types into the focused field after selecting what is in it (Ctrl+A is a keyboard action too). */
export async function typeText(page: Page, text: string, { replace = true } = {}): Promise<void> {
  if (replace) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type(text);
}

/** The focused <select>: arrow keys until the chosen option's text matches. */
export async function chooseOption(page: Page, option: string | RegExp): Promise<void> {
  const state = () => page.evaluate(() => {
    const sel = document.activeElement as HTMLSelectElement;
    return { text: sel.selectedOptions[0]?.text ?? '', index: sel.selectedIndex, count: sel.options.length };
  });
  const ok = (t: string) => (typeof option === 'string' ? t === option : option.test(t));
  let s = await state();
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < s.count && !ok(s.text); i++) {
      await page.keyboard.press(key);
      s = await state();
    }
  }
  if (!ok(s.text)) throw new Error(`option ${String(option)} not found in the focused select`);
}

/** Walks the whole page with Tab until focus leaves it; returns the number of stops (no keyboard trap). */
export async function walkPage(page: Page, { back = false, max = 400 } = {}): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    const s = await tab(page, back);
    if (s.isBody) return stops;
    if (stops.length && stops[0].id === s.id && stops[0].name === s.name && s.id) return stops;
    stops.push(s);
  }
  throw new Error(`focus never left the page after ${max} Tab presses: a keyboard trap?`);
}
