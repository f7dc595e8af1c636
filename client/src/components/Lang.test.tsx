import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { Link, MemoryRouter } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';
import { DataTable } from './DataTable';
import { hasChinese, langRuns, markText, Mixed } from './Lang';
import { Page } from './Page';

/** Every text node with Chinese in it, and the lang of its closest marked element. */
function chineseNodes(root: HTMLElement): { text: string; lang: string }[] {
  const out: { text: string; lang: string }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (hasChinese(n.textContent ?? '')) out.push({ text: n.textContent ?? '', lang: n.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '' });
  }
  return out;
}

describe('language of parts', () => {
  it('cuts a string into Chinese and other runs, keeping spaces and figures inside a Chinese run', () => {
    expect(langRuns('Employer: 罗山县 盲人按摩 2 店 (private company)')).toEqual([
      { text: 'Employer: ', zh: false },
      { text: '罗山县 盲人按摩 2 店', zh: true },
      { text: ' (private company)', zh: false },
    ]);
    expect(langRuns('Wang Fang')).toEqual([{ text: 'Wang Fang', zh: false }]);
    expect(hasChinese('王芳')).toBe(true);
    expect(hasChinese('Luoshan, 2026')).toBe(false);
  });

  it('marks nothing in a Chinese page', () => {
    expect(markText('罗山县', 'zh-CN')).toBe('罗山县');
  });

  it('marks the Chinese of an English page: h1, page content, table cells and captions', () => {
    const { container } = render(
      <I18nProvider initial="en">
        <MemoryRouter>
          <Page title="按摩师">
            <p>Employer: 罗山县盲人按摩中心</p>
            <ul><li><Link to="/x">王芳</Link></li></ul>
            <DataTable caption="Fairs of 信阳市残联" rowKey={(r) => r.id} rows={[{ id: '1', name: '李雷', county: 'Luoshan' }]}
              columns={[{ key: 'n', header: 'Name', cell: (r) => r.name, rowHeader: true }, { key: 'c', header: 'County', cell: (r) => r.county }]} />
            <Mixed><span>Plan: 2026年就业计划</span></Mixed>
          </Page>
        </MemoryRouter>
      </I18nProvider>,
    );
    const nodes = chineseNodes(container);
    expect(nodes.map((n) => n.text)).toEqual(['按摩师', '罗山县盲人按摩中心', '王芳', '信阳市残联', '李雷', '2026年就业计划']);
    expect(nodes.every((n) => n.lang === 'zh-CN')).toBe(true);
    // the English around them is not marked
    expect(container.querySelector('p')?.firstChild?.textContent).toBe('Employer: ');
    expect(container.querySelector('td')?.querySelector('[lang]')).toBeNull();
  });
});
