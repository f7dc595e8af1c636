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
});
