import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Link } from 'react-router';
import { DataTable, keepsOnOneLine, textOf } from './DataTable';

describe('DataTable keeps names and places on one line', () => {
  it('reads the text of a cell through its elements', () => {
    expect(textOf(<Link to="/x">王芳</Link>)).toBe('王芳');
    expect(textOf(<>{'罗山县'}<span>（只能查看）</span></>)).toBe('罗山县（只能查看）');
    expect(textOf(null)).toBe('');
  });

  it('short words with no space stay on one line; sentences wrap', () => {
    expect(keepsOnOneLine('王芳')).toBe(true);
    expect(keepsOnOneLine('固始县残疾人托养中心')).toBe(true);
    expect(keepsOnOneLine('2026年11月29日')).toBe(true);
    expect(keepsOnOneLine('Luoshan County')).toBe(false);
    expect(keepsOnOneLine('《残疾人就业条例》（国务院令第488号）第八条：比例不得低于本单位在职职工总数的1.5%')).toBe(false);
    expect(keepsOnOneLine('')).toBe(false);
  });

  it('marks such cells and headers nowrap; a column can ask for it', () => {
    render(
      <MemoryRouter>
        <DataTable caption="名单" rowKey={(r) => r.id} rows={[{ id: '1', name: '王芳', county: '罗山县', note: '需要 手语 翻译，请提前安排座位' }]}
          columns={[
            { key: 'name', header: '姓名', rowHeader: true, cell: (r) => <Link to="/p/1">{r.name}</Link> },
            { key: 'county', header: '县区', cell: (r) => r.county },
            { key: 'note', header: '备注 说明', cell: (r) => r.note },
            { key: 'forced', header: 'Long header text', nowrap: true, cell: () => 'a b c' },
          ]} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('rowheader', { name: '王芳' })).toHaveClass('nowrap');
    expect(screen.getByRole('cell', { name: '罗山县' })).toHaveClass('nowrap');
    expect(screen.getByRole('columnheader', { name: '县区' })).toHaveClass('nowrap');
    expect(screen.getByRole('cell', { name: /需要 手语/ })).not.toHaveClass('nowrap');
    expect(screen.getByRole('columnheader', { name: '备注 说明' })).not.toHaveClass('nowrap');
    expect(screen.getByRole('cell', { name: 'a b c' })).toHaveClass('nowrap');
  });

  it('names each value with its column for the card layout, and is a Tab stop only when it scrolls', () => {
    render(
      <DataTable caption="名单" rowKey={(r) => r.id} rows={[{ id: '1', name: '王芳', county: '罗山县' }]}
        columns={[
          { key: 'name', header: '姓名', rowHeader: true, cell: (r) => r.name },
          { key: 'county', header: <span>县区</span>, cell: (r) => r.county },
        ]} />,
    );
    expect(screen.getByRole('rowheader', { name: '王芳' })).toHaveAttribute('data-label', '姓名');
    expect(screen.getByRole('cell', { name: '罗山县' })).toHaveAttribute('data-label', '县区');
    const region = screen.getByRole('region', { name: '名单' });
    // jsdom lays nothing out: the table fits its box, so the region is no Tab stop
    expect(region).not.toHaveAttribute('tabindex');
  });

  it('becomes a Tab stop when its table is wider than its box', () => {
    const widths = { scrollWidth: 900, clientWidth: 300 };
    const spies = (['scrollWidth', 'clientWidth'] as const).map((k) => {
      // jsdom defines these on Element; a getter on HTMLElement shadows it until deleted
      Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get() { return (this as HTMLElement).classList.contains('table-wrap') ? widths[k] : 0; } });
      return () => delete (HTMLElement.prototype as unknown as Record<string, unknown>)[k];
    });
    try {
      render(<DataTable caption="宽表" rowKey={(r) => r.id} rows={[{ id: '1' }]} columns={[{ key: 'a', header: '甲', cell: () => '乙' }]} />);
      expect(screen.getByRole('region', { name: '宽表' })).toHaveAttribute('tabindex', '0');
    } finally {
      spies.forEach((restore) => restore());
    }
  });
});
