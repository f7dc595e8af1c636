import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ME } from '../../../components/session';
import { graphql } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { QUARTERLY_REPORT, QuarterlyReportPage, REPORT_PLAN } from './QuarterlyReportPage';

const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const XIXIAN = '411528';
const HUAIBIN = '411527';
const counts = (pairs: Array<[string, number]>) => pairs.map(([key, count]) => ({ __typename: 'CountModel', key, count }));

function report(year: number, quarter: number, countyCode: string | null) {
  const rows = [[HUAIBIN, '淮滨县', 2, 2, 2], [XIXIAN, '息县', quarter, 3, 4]]
    .filter((r) => !countyCode || r[0] === countyCode)
    .map(([code, name, q, y, p]) => ({ __typename: 'QuarterlyRowModel', countyCode: code, countyName: name, quarter: q, yearToDate: y, planToDate: p }));
  const sum = (k: 'quarter' | 'yearToDate' | 'planToDate') => rows.reduce((n, r) => n + (r[k] as number), 0);
  const params = new URLSearchParams({ year: String(year), quarter: String(quarter), ...(countyCode ? { county: countyCode } : {}) });
  return {
    __typename: 'QuarterlyReportModel', year, quarter, from: `${year}-01-01`, to: `${year}-03-31`, countyCode,
    exportUrl: `/exports/reports/quarterly.xlsx?${params}`, rows,
    totals: { __typename: 'QuarterlyTotalsModel', quarter: sum('quarter'), yearToDate: sum('yearToDate'), planToDate: sum('planToDate') },
    byActionLine: counts([['STATE_OWNED', sum('quarter')]]), byForm: counts([['FULL_TIME', sum('quarter')]]), byCategory: [],
  };
}

const mocks = [
  { request: { query: ME }, maxUsageCount: Infinity,
    result: { data: { me: { __typename: 'User', id: 'u1', displayName: '王芳', role: 'STAFF', locale: 'zh-CN', phone: null, email: null, scopeCountyCode: null } } } },
  { request: { query: COUNTIES }, maxUsageCount: Infinity, result: { data: { counties: [
    { __typename: 'County', code: HUAIBIN, nameZh: '淮滨县', nameEn: 'Huaibin County' },
    { __typename: 'County', code: XIXIAN, nameZh: '息县', nameEn: 'Xi County' },
  ] } } },
  { request: { query: REPORT_PLAN }, maxUsageCount: Infinity, result: { data: { actionPlanDashboard: { __typename: 'DashboardModel',
    plan: { __typename: 'ActionPlanModel', name: '三年行动方案', source: '信政办〔2022〕1号', startDate: '2022-01-01', endDate: '2024-12-31' } } } } },
  { request: { query: QUARTERLY_REPORT, variables: () => true }, maxUsageCount: Infinity,
    result: (v: Record<string, any>) => ({ data: { quarterlyReport: report(v.year, v.quarter, v.countyCode ?? null) } }) },
];

jest.setTimeout(20_000);

const cells = (table: HTMLElement, header: string) =>
  within(within(table).getByRole('rowheader', { name: header }).closest('tr')!).getAllByRole('cell').map((c) => c.textContent);

describe('quarterly report', () => {
  it('shows the chosen quarter of the whole city with a total row, a print button and the Excel link', async () => {
    const print = jest.fn();
    window.print = print;
    renderWithApp(<QuarterlyReportPage />, { path: '/staff/reports/quarterly?year=2023&quarter=1', mocks });
    const title = '2023年第1季度报表：全市';
    expect(await screen.findByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: `${title}：各县区新增就业` });
    expect(cells(table, '息县')).toEqual(['1', '3', '4']);
    expect(cells(table, '合计')).toEqual(['3', '5', '6']);
    expect(screen.getByRole('link', { name: '导出 Excel' })).toHaveAttribute('href', '/exports/reports/quarterly.xlsx?year=2023&quarter=1');
    expect(screen.getByText(/本季度按残疾类别/).closest('p')).toHaveTextContent('本季度按残疾类别：本季度没有新增就业。');
    await userEvent.click(screen.getByRole('button', { name: '打印报表' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('opens the last quarter of the plan when the address names none', async () => {
    renderWithApp(<QuarterlyReportPage />, { path: '/staff/reports/quarterly', mocks });
    expect(await screen.findByRole('heading', { level: 2, name: '2024年第4季度报表：全市' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '年份' })).toHaveValue('2024');
    expect(screen.getByRole('combobox', { name: '季度' })).toHaveValue('4');
  });

  it('shows another quarter and county on request, moves focus to its heading and announces it', async () => {
    renderWithApp(<QuarterlyReportPage />, { path: '/staff/reports/quarterly?year=2023&quarter=1', mocks });
    await screen.findByRole('heading', { level: 2, name: '2023年第1季度报表：全市' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '季度' }), '第2季度');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '查看范围' }), '息县');
    await userEvent.click(screen.getByRole('button', { name: '查看报表' }));
    const heading = await screen.findByRole('heading', { level: 2, name: '2023年第2季度报表：息县' });
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('已显示2023年第2季度报表：息县。'));
    const table = screen.getByRole('table', { name: /各县区新增就业$/ });
    expect(cells(table, '息县')).toEqual(['2', '3', '4']);
    expect(within(table).queryByRole('rowheader', { name: '合计' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '导出 Excel' })).toHaveAttribute('href', '/exports/reports/quarterly.xlsx?year=2023&quarter=2&county=411528');
  });
});
