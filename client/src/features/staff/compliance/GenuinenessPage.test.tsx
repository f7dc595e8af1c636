import { describe, expect, it, jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ME } from '../../../components/session';
import { graphql } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { EMPLOYER_GENUINENESS, EMPLOYER_OPEN_FLAGS, GENUINENESS_SETTINGS, GenuinenessPage } from './GenuinenessPage';

jest.setTimeout(20_000);

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const ORG = 'c1c1c1c1-0000-4000-8000-000000000001';
const fig = (numerator: number, denominator: number, rate: number | null, cases: number, thresholdPercent: number | null, pastThreshold: boolean | null) =>
  ({ __typename: 'GenuinenessFigure', numerator, denominator, rate, cases, thresholdPercent, pastThreshold });
const employer = {
  __typename: 'EmployerGenuineness', organizationId: ORG, organizationName: '罗山县甲公司', countyCode: '411521', concerns: 2,
  timeToFill: { __typename: 'TimeToFill', medianDays: 60.5, postings: 2 },
  fillRate: fig(2, 5, 0.4, 2, 20, null), interviewRate: fig(2, 5, 0.4, 5, 20, false), retention6: fig(1, 3, 0.3333, 3, 50, true),
  endedWithin3Months: fig(1, 5, 0.2, 5, 50, false), belowMinimumWage: fig(1, 3, 0.3333, 3, 100, true), insuranceMonths: fig(12, 14, 0.8571, 2, 100, null),
  postings: [{ __typename: 'ReservedPostingGenuineness', postingId: 'p1', title: '预留岗位文员一', publishedOn: '2025-01-01', daysToFill: 60,
    fillRate: fig(1, 2, 0.5, 1, null, null), interviewRate: fig(1, 4, 0.25, 4, null, null) }],
};
const page = (items: unknown[]) => ({ data: { employerGenuineness: { __typename: 'EmployerGenuinenessPage', total: items.length, page: 1, pageSize: 20, items } } });
const THRESHOLDS = { minCases: 3, minPostingAgeDays: 90, minFillRatePercent: 20, minInterviewRatePercent: 20, minRetention6Percent: 50,
  maxEndedWithin3MonthsPercent: 50, minWageToMinimumPercent: 100, minInsuranceMonthsPercent: 100 };

const mocks = [
  { request: { query: ME }, maxUsageCount: Infinity,
    result: { data: { me: { __typename: 'User', id: 'u1', displayName: '王', role: 'STAFF', locale: 'zh-CN', phone: null, email: null, scopeCountyCode: null } } } },
  { request: { query: COUNTIES }, maxUsageCount: Infinity,
    result: { data: { counties: [{ __typename: 'County', code: '411521', nameZh: '罗山县', nameEn: 'Luoshan County' }] } } },
  { request: { query: GENUINENESS_SETTINGS }, maxUsageCount: Infinity,
    result: { data: { policySettings: [{ __typename: 'PolicySetting', key: 'outcomes.genuineness', value: THRESHOLDS }] } } },
  { request: { query: EMPLOYER_GENUINENESS, variables: { filter: { from: '2025-01-01', to: '2025-12-31', countyCode: null, page: { page: 1, pageSize: 20 } } } },
    result: page([employer]) },
  { request: { query: EMPLOYER_GENUINENESS, variables: { filter: { from: '2025-01-01', to: '2025-12-31', organizationId: ORG } } }, result: page([employer]) },
  { request: { query: EMPLOYER_OPEN_FLAGS, variables: { organizationId: ORG } },
    result: { data: { integrityFlags: { __typename: 'IntegrityFlagPage', total: 2, items: [
      { __typename: 'IntegrityFlag', id: 'f1', kind: 'LOW_RETENTION' }, { __typename: 'IntegrityFlag', id: 'f2', kind: 'PAY_BELOW_MINIMUM' }] } } } },
];

describe('genuineness of reserved posts', () => {
  it('lists employers with each figure as rate (n / d), past thresholds in words, and opens one with its posts and open flags', async () => {
    renderWithApp(<GenuinenessPage />, { path: '/staff/genuineness?period=2025', mocks });
    const table = await screen.findByRole('table', { name: /共1家单位/ });
    const row = within(table).getByRole('row', { name: /罗山县甲公司/ });
    for (const cell of ['罗山县', '2项', '40%（2 / 5）', '33.3%（1 / 3）、低于最低值50%', '20%（1 / 5）', '33.3%（1 / 3）、有人低于最低工资', '85.7%（12 / 14）', '60.5天（2个岗位）']) {
      expect(row).toHaveTextContent(cell);
    }
    // what each figure counts is on the screen
    expect(screen.getByRole('heading', { name: '各项指标怎么算' })).toBeInTheDocument();
    expect(screen.getByText(/统计期结束前至少90天发布/)).toBeInTheDocument();

    await userEvent.click(within(row).getByRole('link', { name: '罗山县甲公司' }));
    expect(await screen.findByRole('heading', { level: 1, name: '罗山县甲公司：保留岗位与安置真实性' })).toBeInTheDocument();
    const figures = screen.getByRole('table', { name: /的各项指标$/ });
    expect(within(figures).getByRole('row', { name: /6个月留存率/ })).toHaveTextContent('33.3%（1 / 3）低于最低值50%');
    expect(within(figures).getByRole('row', { name: /预留岗位录用率/ })).toHaveTextContent('件数不足3件，不作判断');
    expect(within(figures).getByRole('row', { name: /预留岗位面试率/ })).toHaveTextContent('未超出');
    const posts = screen.getByRole('table', { name: /共1个/ });
    expect(within(posts).getByRole('row', { name: /预留岗位文员一/ })).toHaveTextContent('50%（1 / 2）25%（1 / 4）60天');
    const flags = await screen.findByRole('link', { name: '在真实性核查中查看这家单位的2条待处理提示' });
    expect(flags).toHaveAttribute('href', `/staff/integrity?status=OPEN&org=${ORG}`);
    expect(screen.getByText('6个月留存率低')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回单位列表' })).toHaveAttribute('href', '/staff/genuineness?period=2025');
  });
});
