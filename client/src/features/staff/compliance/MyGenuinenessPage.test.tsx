import { describe, expect, it, jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { MY_FINDINGS, MY_GENUINENESS, MyGenuinenessPage } from './MyGenuinenessPage';

jest.setTimeout(20_000);

const ORG = 'c1c1c1c1-0000-4000-8000-000000000001';
const fig = (numerator: number, denominator: number, rate: number | null, cases: number, thresholdPercent: number | null, pastThreshold: boolean | null) =>
  ({ __typename: 'GenuinenessFigure', numerator, denominator, rate, cases, thresholdPercent, pastThreshold });
const mine = {
  __typename: 'EmployerGenuineness', organizationId: ORG, organizationName: '罗山县甲公司', concerns: 1, minCases: 3, minPostingAgeDays: 90,
  timeToFill: { __typename: 'TimeToFill', medianDays: 45, postings: 1 },
  fillRate: fig(1, 2, 0.5, 1, 20, null), interviewRate: fig(1, 4, 0.25, 4, 20, false), retention6: fig(1, 3, 0.3333, 3, 50, true),
  endedWithin3Months: fig(0, 3, 0, 3, 50, false), belowMinimumWage: fig(0, 3, 0, 3, 100, false), insuranceMonths: fig(30, 36, 0.8333, 3, 80, false),
  postings: [{ __typename: 'ReservedPostingGenuineness', postingId: 'p1', title: '预留岗位文员一', publishedOn: '2025-01-01', daysToFill: 45,
    fillRate: { __typename: 'GenuinenessFigure', numerator: 1, denominator: 2, rate: 0.5 },
    interviewRate: { __typename: 'GenuinenessFigure', numerator: 1, denominator: 4, rate: 0.25 } }],
};
const answer = (items: unknown[]) => ({ data: { employerGenuineness: { __typename: 'EmployerGenuinenessPage', items } } });
const request = (from: string, to: string) => ({ query: MY_GENUINENESS, variables: { filter: { from, to } } });
const finding = { __typename: 'IntegrityFinding', id: 'f1', kind: 'EARLY_ENDINGS', decidedAt: '2026-03-10T02:00:00.000Z', finding: '3个月内离职多',
  evidence: '2025-12-08至2026-12-07，3个月内离职占比为100%（3 / 3），高于最高值50%。', note: '核实为虚假安置：挂名三人', placementsExcluded: 3 };
const findings = (list: unknown[]) => ({ request: { query: MY_FINDINGS }, maxUsageCount: Infinity, result: { data: { myIntegrityFindings: list } } });

describe('the employer\'s own genuineness figures', () => {
  it('shows each figure as rate (numerator / denominator), where staff would look and where the employer stands', async () => {
    renderWithApp(<MyGenuinenessPage />, {
      path: '/employer/genuineness?period=2025', mocks: [{ request: request('2025-01-01', '2025-12-31'), result: answer([mine]) }, findings([finding])],
    });
    expect(screen.getByRole('heading', { level: 1, name: '本单位保留岗位与安置指标' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /的各项指标$/ });
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    expect(row(/6个月留存率/)).toHaveTextContent('33.3%（1 / 3）低于50%时核查低于最低值50%');
    expect(row(/预留岗位录用率/)).toHaveTextContent('50%（1 / 2）低于20%时核查件数不足3件，不作判断');
    expect(row(/3个月内离职占比/)).toHaveTextContent('0%（0 / 3）高于50%时核查未超出');
    expect(row(/工资低于最低工资/)).toHaveTextContent('任何一人月工资低于当年最低工资的100%时核查');
    expect(row(/社保缴纳月数/)).toHaveTextContent('83.3%（30 / 36）低于80%时核查未超出');
    expect(screen.getByText(/^有1项指标超出残联核查的界限/)).toBeInTheDocument();
    expect(screen.getByText(/至少有3件/)).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: /共1个/ })).getByRole('row', { name: /预留岗位文员一/ })).toHaveTextContent('50%（1 / 2）25%（1 / 4）45天');
    // the findings staff confirmed, with the evidence, the note and what left the counts
    const card = screen.getByRole('article', { name: '3个月内离职多' });
    for (const text of ['2026年3月10日', '3个月内离职占比为100%（3 / 3），高于最高值50%', '核实为虚假安置：挂名三人', '本单位3条就业登记不再计入任何统计']) {
      expect(card).toHaveTextContent(text);
    }
    // what each figure counts, with the posting age the policy sets
    expect(screen.getByText(/统计期结束前至少90天发布/)).toBeInTheDocument();
  });

  it('asks for the chosen year, and says so when there is nothing to count; in English too', async () => {
    const user = userEvent.setup();
    renderWithApp(<MyGenuinenessPage />, {
      path: '/employer/genuineness?period=2025', locale: 'en',
      mocks: [{ request: request('2025-01-01', '2025-12-31'), result: answer([mine]) }, { request: request('2024-01-01', '2024-12-31'), result: answer([]) }, findings([])],
    });
    expect(await screen.findByRole('table', { name: /figures/i })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), '2024');
    await user.click(screen.getByRole('button', { name: /show/i }));
    expect(await screen.findByText(/your organization has no reserved posts or placements to count/)).toBeInTheDocument();
    expect(screen.getByText('The federation has confirmed no finding about your organization.')).toBeInTheDocument();
  });
});
