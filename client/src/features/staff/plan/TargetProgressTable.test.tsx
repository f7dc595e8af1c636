import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderWithApp } from '../../../test/render';
import { TargetProgressTable, type TargetRow } from './TargetProgressTable';

const XIXIAN = '411528';
const nameOf = (code: string) => ({ [XIXIAN]: 'Xi County' } as Record<string, string>)[code] ?? code;
const ROWS: TargetRow[] = [
  { metric: 'NEW_EMPLOYMENT', target: 3, year: 2023, source: '一、年度目标：2023年新增3人', from: '2023-01-01', figure: 2, achievedShare: 0.6667, met: false },
  { metric: 'NEW_EMPLOYMENT', target: 2, countyCode: XIXIAN, source: '附件：息县新增2人', from: '2022-01-01', figure: 2, achievedShare: 1, met: true },
  { metric: 'PUBLIC_WELFARE_SHARE', target: 10, source: '二、（五）不低于10%', from: '2022-01-01', figure: null, achievedShare: null, met: null },
];

describe('the plan\'s targets, each against its own figure', () => {
  it('names each target by its year, area and line, with the figure, the share of the target and the plan\'s words', () => {
    renderWithApp(<TargetProgressTable rows={ROWS} county={null} planSetsCountyTargets nameOf={nameOf} />, { locale: 'en' });
    expect(screen.getByRole('heading', { level: 2, name: 'Progress on each target' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'The plan\'s targets and progress' });
    const row = (header: string) => within(within(table).getByRole('rowheader', { name: header }).closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
    expect(row('New employment: 2023, Whole city')).toEqual(['3 people', '2 people', '66.7%', 'Not met', '一、年度目标：2023年新增3人']);
    expect(row('New employment: whole period, Xi County')).toEqual(['2 people', '2 people', '100%', 'Met', '附件：息县新增2人']);
    expect(row('Share of public-welfare posts for disabled people: whole period, Whole city')).toEqual(['At least 10%', 'No data', 'No data', 'No data', '二、（五）不低于10%']);
    // the plan's words are Chinese in an English page: marked as such for screen readers
    expect(within(table).getByText('附件：息县新增2人')).toHaveAttribute('lang', 'zh-CN');
  });

  it('tells a county with no target of its own so, in words, with no table', () => {
    renderWithApp(<TargetProgressTable rows={[]} county={XIXIAN} planSetsCountyTargets={false} nameOf={nameOf} />);
    expect(screen.getByText('方案未分县设定目标。')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
