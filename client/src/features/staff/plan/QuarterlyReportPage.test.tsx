import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ME } from '../../../components/session';
import { graphql } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { QUARTERLY_REPORT, QuarterlyReportPage, REPORT_PLANS } from './QuarterlyReportPage';

const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const XIXIAN = '411528';
const HUAIBIN = '411527';
const counts = (pairs: Array<[string, number]>) => pairs.map(([key, count]) => ({ __typename: 'CountModel', key, count }));

const TITLE = '信阳市促进残疾人就业三年行动实施方案（2022-2024年）';
const PLAN = { __typename: 'ActionPlan', id: 'p1', title: TITLE, startDate: '2022-01-01', endDate: '2024-12-31' };

function report(year: number | null, quarter: number | null, countyCode: string | null) {
  // no quarter asked for: the server's current quarter
  year ??= 2026;
  quarter ??= 4;
  const inPlan = year <= 2024;
  const rows = [[HUAIBIN, '淮滨县', 2, 2, 2], [XIXIAN, '息县', quarter, 3, 4]]
    .filter((r) => !countyCode || r[0] === countyCode)
    .map(([code, name, q, y, p]) => ({ __typename: 'QuarterlyRowModel', countyCode: code, countyName: name, quarter: q, yearToDate: y, planToDate: inPlan ? p : null }));
  const sum = (k: 'quarter' | 'yearToDate' | 'planToDate') => rows.reduce((n, r) => n + ((r[k] as number) ?? 0), 0);
  const params = new URLSearchParams({ year: String(year), quarter: String(quarter), ...(countyCode ? { county: countyCode } : {}) });
  return {
    __typename: 'QuarterlyReportModel', year, quarter, from: `${year}-01-01`, to: `${year}-03-31`, countyCode,
    exportUrl: `/exports/reports/quarterly.xlsx?${params}`, rows,
    totals: { __typename: 'QuarterlyTotalsModel', quarter: sum('quarter'), yearToDate: sum('yearToDate'), planToDate: inPlan ? sum('planToDate') : null },
    plan: inPlan ? { ...PLAN, issuingBody: null, documentNumber: null,
      basis: [{ __typename: 'PlanBasisDocument', title: '河南省人民政府办公厅关于印发<河南省促进残疾人就业三年行动实施方案（2022-2024年）>的通知', documentNumber: '豫政办〔2022〕106号' }] } : null,
    byActionLine: counts([['STATE_OWNED', sum('quarter')]]), byForm: counts([['FULL_TIME', sum('quarter')]]), byCategory: [],
    fourOnes: { __typename: 'FourOnesCoverageModel', year, population: 20, checked: 10, checkRate: 0.5, wantingWork: 6, assessed: 4, registered: 4, served: 3, complete: 6, coverageRate: 0.3 },
    graduateCohorts: [year - 1, year].map((y) => ({ __typename: 'CohortRatesModel', year: y, wantingAndAble: 4, served: 2, employed: 1, serviceRate: 0.5, employmentRate: 0.25 })),
    publicWelfare: { __typename: 'PublicWelfareModel', disabledHires: 1, totalPosts: 10, share: 0.1 },
    retention: [6, 12].map((months) => ({ __typename: 'RetentionFigureModel', months, retained: months === 6 ? 2 : 0, left: months === 6 ? 1 : 0, unknown: months === 6 ? 1 : 0, notDue: months === 6 ? 0 : 4, rate: months === 6 ? 0.5 : null })),
    // a year target for the city in 2023 only (as a plan might set one): the year to date against it
    yearTarget: year === 2023 && !countyCode
      ? { __typename: 'TargetProgressModel', target: 6, source: '一、年度目标：2023年新增6人', figure: sum('yearToDate'), achievedShare: 0.8333 }
      : null,
  };
}

const mocks = [
  { request: { query: ME }, maxUsageCount: Infinity,
    result: { data: { me: { __typename: 'User', id: 'u1', displayName: '王芳', role: 'STAFF', locale: 'zh-CN', phone: null, email: null, scopeCountyCode: null } } } },
  { request: { query: COUNTIES }, maxUsageCount: Infinity, result: { data: { counties: [
    { __typename: 'County', code: HUAIBIN, nameZh: '淮滨县', nameEn: 'Huaibin County' },
    { __typename: 'County', code: XIXIAN, nameZh: '息县', nameEn: 'Xi County' },
  ] } } },
  { request: { query: REPORT_PLANS }, maxUsageCount: Infinity, result: { data: { plans: [PLAN] } } },
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
    // two queries one after the other (the plans, then the report): the first test of the file waits longer
    expect(await screen.findByRole('heading', { level: 2, name: title }, { timeout: 5000 })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: `${title}：各县区新增就业` });
    expect(cells(table, '息县')).toEqual(['1', '3', '4']);
    expect(cells(table, '合计')).toEqual(['3', '5', '6']);
    expect(screen.getByRole('link', { name: '导出 Excel' })).toHaveAttribute('href', '/exports/reports/quarterly.xlsx?year=2023&quarter=1');
    expect(screen.getByText(TITLE).closest('p')).toHaveTextContent(`行动方案：${TITLE}`);
    expect(screen.getByText(/本季度按残疾类别/).closest('p')).toHaveTextContent('本季度按残疾类别：本季度没有新增就业。');
    // the year's target the plan sets, against the year to date, with the plan's words
    expect(screen.getByText('2023年目标：6 人。本年累计 5 人，完成目标 83.3%。')).toBeInTheDocument();
    expect(screen.getByText('一、年度目标：2023年新增6人')).toHaveAttribute('lang', 'zh-CN');
    // the outcome sections, each with what it counts
    expect(cells(screen.getByRole('table', { name: '“四个一”覆盖情况（2023年）' }), '覆盖率')).toEqual(['30%']);
    expect(cells(screen.getByRole('table', { name: /各届毕业生服务率和就业率/ }), '2023届')).toEqual(['4', '2', '1', '50%', '25%']);
    expect(cells(screen.getByRole('table', { name: '第6个月和第12个月留存率' }), '第12个月')).toEqual(['0', '0', '0', '4', '没有数据']);
    // the city does not sign a county's report: it is pointed to the submissions
    expect(screen.getByRole('link', { name: '查看各县区报送情况' })).toHaveAttribute('href', '/staff/reports/submissions?year=2023&quarter=1');
    await userEvent.click(screen.getByRole('button', { name: '打印报表' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('opens on the current quarter when the address names none, and says when no plan covers it', async () => {
    renderWithApp(<QuarterlyReportPage />, { path: '/staff/reports/quarterly', mocks });
    expect(await screen.findByRole('heading', { level: 2, name: '2026年第4季度报表：全市' }, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: '年份' })).toHaveValue('2026'));
    expect(screen.getByRole('combobox', { name: '季度' })).toHaveValue('4');
    expect(screen.getByText('所选季度不在任何行动方案期内，所以没有“方案期累计”。')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: '方案期累计（人）' })).not.toBeInTheDocument();
  });

  it('shows another quarter and county on request, moves focus to its heading and announces it', async () => {
    renderWithApp(<QuarterlyReportPage />, { path: '/staff/reports/quarterly?year=2023&quarter=1', mocks });
    await screen.findByRole('heading', { level: 2, name: '2023年第1季度报表：全市' }, { timeout: 5000 });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '季度' }), '第2季度');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '查看范围' }), '息县');
    await userEvent.click(screen.getByRole('button', { name: '查看报表' }));
    const heading = await screen.findByRole('heading', { level: 2, name: '2023年第2季度报表：息县' });
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('已显示2023年第2季度报表：息县。'));
    const table = screen.getByRole('table', { name: /各县区新增就业$/ });
    expect(cells(table, '息县')).toEqual(['2', '3', '4']);
    expect(within(table).queryByRole('rowheader', { name: '合计' })).not.toBeInTheDocument();
    expect(screen.queryByText(/年目标：/)).not.toBeInTheDocument(); // the plan sets no year target for 息县
    expect(screen.getByRole('link', { name: '导出 Excel' })).toHaveAttribute('href', '/exports/reports/quarterly.xlsx?year=2023&quarter=2&county=411528');
  });
});
