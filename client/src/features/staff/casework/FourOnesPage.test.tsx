import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ME } from '../../../components/session';
import { graphql } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { FOUR_ONES_COVERAGE, FourOnesPage, SEEKERS_MISSING_SERVICE } from './FourOnesPage';
import { GRADUATE_LEDGER, GraduateLedgerPage } from './GraduateLedgerPage';

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const YEAR = new Date().getUTCFullYear();
const person = (id: string, name: string) => ({ __typename: 'SeekerProfile', id, name, age: 30, countyCode: '411524', category: 'VISUAL', level: 2 });

function mocks(scopeCountyCode: string | null, asked: Array<Record<string, unknown>> = []) {
  return [
    { request: { query: ME }, maxUsageCount: Infinity,
      result: { data: { me: { __typename: 'User', id: 'u1', displayName: '李干事', role: 'STAFF', locale: 'zh-CN', phone: null, email: null, scopeCountyCode } } } },
    { request: { query: COUNTIES }, maxUsageCount: Infinity,
      result: { data: { counties: [
        { __typename: 'County', code: '411522', nameZh: '光山县', nameEn: 'Guangshan County' },
        { __typename: 'County', code: '411524', nameZh: '商城县', nameEn: 'Shangcheng County' },
      ] } } },
    { request: { query: FOUR_ONES_COVERAGE, variables: () => true }, maxUsageCount: Infinity,
      result: { data: { fourOnesCoverage: [
        { __typename: 'CoverageRowModel', countyCode: '411522', population: 1, checked: 1, wantingWork: 0, assessed: 0, registered: 0, served: 0, complete: 1 },
        { __typename: 'CoverageRowModel', countyCode: '411524', population: 3, checked: 2, wantingWork: 2, assessed: 1, registered: 0, served: 0, complete: 0 },
      ] } } },
    { request: { query: SEEKERS_MISSING_SERVICE, variables: () => true }, maxUsageCount: Infinity,
      result: (v: Record<string, any>) => {
        asked.push(v);
        const items = v.kind === 'ABILITY_ASSESSMENT' ? [person('s2', '刘建国')] : [person('s3', '孙丽华')];
        return { data: { seekersMissingService: { __typename: 'MissingServicePage', total: items.length, page: 1, pageSize: 20, items } } };
      } },
  ];
}

jest.setTimeout(20_000);

describe('the four ones', () => {
  it('coverage per county: counts with shares, the later services as shares of those who want work', async () => {
    renderWithApp(<FourOnesPage />, { path: '/staff/four-ones', mocks: mocks(null) });
    const table = await screen.findByRole('table', { name: `${YEAR}年“四个一”覆盖情况（按县区）` });
    const row = await within(table).findByRole('row', { name: /商城县/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('商城县');
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3人', '2人（67%）', '2人', '1人（50%）', '0人（0%）', '0人（0%）', '0人（0%）']);
    // nobody in 光山县 wants work: no share of nobody
    expect(within(within(table).getByRole('row', { name: /光山县/ })).getAllByRole('cell')[3]).toHaveTextContent(/^0人$/);
    const total = within(table).getAllByRole('row').at(-1)!;
    expect(within(total).getByRole('rowheader')).toHaveTextContent('全市合计');
    expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4人', '3人（75%）', '2人', '1人（50%）', '0人（0%）', '0人（0%）', '1人（25%）']);
  });

  it('choosing a service and a county shows who lacks it, announces the count, and links to each person', async () => {
    const asked: Array<Record<string, unknown>> = [];
    renderWithApp(<FourOnesPage />, { path: '/staff/four-ones', mocks: mocks(null, asked) });
    expect(await screen.findByRole('link', { name: '孙丽华' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '县区' }), '411524');
    await userEvent.click(screen.getByRole('radio', { name: '职业能力评估' }));
    await userEvent.click(screen.getByRole('button', { name: '显示' }));
    const link = await screen.findByRole('link', { name: '刘建国' });
    expect(link).toHaveAttribute('href', `/staff/seekers/s2?year=${YEAR}&kind=ABILITY_ASSESSMENT&county=411524`);
    expect(screen.getByRole('table', { name: `${YEAR}年还缺“职业能力评估”的人：共1人` })).toBeInTheDocument();
    expect(screen.getByText('这一项只统计基本信息核查时说想工作的人。')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(`${YEAR}年还缺“职业能力评估”的有1人。`));
    expect(asked.at(-1)).toMatchObject({ kind: 'ABILITY_ASSESSMENT', countyCode: '411524', year: YEAR });
  });

  it('county staff see their own county named, with no county to choose', async () => {
    const asked: Array<Record<string, unknown>> = [];
    renderWithApp(<FourOnesPage />, { path: '/staff/four-ones?county=411522', mocks: mocks('411524', asked) });
    expect(await screen.findByText('你负责的县区：商城县')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: '县区' })).not.toBeInTheDocument();
    await screen.findByRole('link', { name: '孙丽华' });
    expect(asked.at(-1)).toMatchObject({ countyCode: '411524' });
  });
});

describe('the graduate ledger', () => {
  const follow = (month: number, dueDate: string, done: boolean, overdue: boolean) => ({ __typename: 'FollowUpStateModel', month, dueDate, done, overdue });
  const row = {
    __typename: 'LedgerRowModel', seekerId: 'g1', name: '周文静', countyCode: '411524', graduateYear: 2025, graduateSchool: '信阳师范大学',
    contacts: 2, services: 1, referrals: 1, fairsAttended: 0, placementStart: '2026-01-10', organizationName: '商城县电商服务中心',
    plan: { __typename: 'GraduatePlan', seekerId: 'g1', status: 'EMPLOYED' },
    followUps: [follow(1, '2026-02-10', true, false), follow(3, '2026-04-10', false, true), follow(6, '2026-07-10', false, false), follow(12, '2027-01-10', false, false)],
  };

  it('lists each graduate with the overdue follow-up in words, and filters to the overdue ones', async () => {
    const asked: Array<Record<string, any>> = [];
    renderWithApp(<GraduateLedgerPage />, { path: '/staff/graduates', mocks: [
      ...mocks(null).slice(0, 2),
      { request: { query: GRADUATE_LEDGER, variables: () => true }, maxUsageCount: Infinity,
        result: (v: Record<string, any>) => { asked.push(v); return { data: { graduateLedger: { __typename: 'LedgerPage', total: 1, page: 1, pageSize: 20, items: [row] } } }; } },
    ] });
    const table = await screen.findByRole('table', { name: '毕业生台账：共1人' });
    const r = within(table).getByRole('row', { name: /周文静/ });
    expect(r).toHaveTextContent('已就业');
    expect(r).toHaveTextContent('联系2次，服务1次，推荐1次，招聘会0次');
    expect(r).toHaveTextContent('逾期：第3个月回访（应在2026年4月10日）');
    expect(within(r).getByRole('link', { name: '周文静' })).toHaveAttribute('href', '/staff/graduates/g1');
    await userEvent.click(screen.getByRole('checkbox', { name: '只看回访逾期的人' }));
    await userEvent.click(screen.getByRole('button', { name: '显示' }));
    expect(await screen.findByRole('table', { name: '回访逾期的毕业生：共1人' })).toBeInTheDocument();
    expect(asked.at(-1)?.filter).toMatchObject({ overdueOnly: true });
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('找到1位毕业生。'));
  });
});
