// The rules that keep pages within a 320px screen with text at 200% and in large-text mode (WCAG 1.4.4, 1.4.10).
// jsdom does not lay pages out: the browser suite measures the pages; this guards the rules themselves, so that
// a later edit does not quietly drop one.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const css = (file: string) => readFileSync(join(process.cwd(), 'client/src', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** Every declaration block whose selector list includes exactly this selector, merged. */
function rule(source: string, selector: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of source.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = m[1].split(',').map((s) => s.trim());
    if (!selectors.includes(selector)) continue;
    for (const d of m[2].split(';')) {
      const [k, ...v] = d.split(':');
      if (k.trim() && v.length) found[k.trim()] = v.join(':').trim();
    }
  }
  return found;
}

const app = css('app/styles.css');

describe('reflow at 320px with large text', () => {
  it('buttons (the download buttons on fair outcomes and import results) wrap their text', () => {
    expect(rule(app, '.button')).toMatchObject({ 'max-width': '100%', 'overflow-wrap': 'anywhere' });
  });

  it('a meeting link on /my-events breaks anywhere; so do the values of a facts list', () => {
    expect(rule(app, '.long-text')).toMatchObject({ 'overflow-wrap': 'anywhere' });
    expect(rule(app, '.facts dd')).toMatchObject({ 'overflow-wrap': 'anywhere', 'min-width': '0' });
    const meeting = /<a className="long-text" href=\{e\.onlineUrl\}/;
    expect(readFileSync(join(process.cwd(), 'client/src/features/events/seeker/MyEventsPage.tsx'), 'utf8')).toMatch(meeting);
    expect(readFileSync(join(process.cwd(), 'client/src/features/events/seeker/EventDetailPage.tsx'), 'utf8')).toMatch(meeting);
  });

  it('cards (the candidates page) and their list shrink to the screen and wrap long words', () => {
    expect(rule(app, '.card')).toMatchObject({ 'min-width': '0', 'overflow-wrap': 'anywhere' });
    expect(rule(app, '.card-list')).toMatchObject({ 'grid-template-columns': 'minmax(0, 1fr)' });
  });

  it('the /jobs filter labels wrap inside the filter box', () => {
    expect(rule(app, '.filters')).toMatchObject({ 'min-width': '0', 'overflow-wrap': 'anywhere' });
  });

  it('the file fields (registry import, business licence) fit the screen', () => {
    for (const file of ['features/staff/compliance/compliance.css', 'features/employer/licence.css']) {
      expect(rule(css(file), '.input.file-input')).toMatchObject({ 'min-width': '0', 'max-width': '100%', 'white-space': 'normal' });
    }
  });

  it('the site name and its tagline, and the main links, wrap in English with text at 200%', () => {
    expect(rule(app, '.brand')).toMatchObject({ 'flex-wrap': 'wrap' });
    expect(rule(app, '.main-nav a')).toMatchObject({ 'overflow-wrap': 'anywhere' });
  });
});
