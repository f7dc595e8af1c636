import { describe, expect, it, jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ME } from '../../../components/session';
import { graphql } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { BELOW_QUOTA, QuotaListPage, STAFF_QUOTA_POSITION } from './QuotaListPage';

jest.setTimeout(20_000);

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const ORG = 'c1c1c1c1-0000-4000-8000-000000000001';
const organization = { __typename: 'Organization', id: ORG, name: '新县茶油加工有限公司', type: 'PRIVATE', countyCode: '411523' };

const item = {
  __typename: 'QuotaPosition', organizationId: ORG, staffCount: 500, required: 8, counted: 2, achievedRatioPercent: 0.4, ratioMet: false,
  atLeastOneApplies: false, atLeastOneMet: null, levyPayable: 432000, smallEnterpriseExempt: false, organization,
};

const position = {
  ...item, year: 2024, provisional: false, yearDataEntered: true, averageWage: 80000, ratioPercent: 1.6, requiredExact: 8, countedPeople: 1,
  shortfall: 6, socialAverageWage: 72900, socialAverageWageYear: 2024, wageCap: 145800, levyWage: 80000, wageCapped: false, levyDue: 480000,
  reductionPayPercent: 90, notes: [], people: [],
};

const mocks = [
  { request: { query: ME }, maxUsageCount: Infinity,
    result: { data: { me: { __typename: 'User', id: 'u1', displayName: '王', role: 'STAFF', locale: 'zh-CN', phone: null, email: null, scopeCountyCode: null } } } },
  { request: { query: COUNTIES }, maxUsageCount: Infinity,
    result: { data: { counties: [
      { __typename: 'County', code: '411503', nameZh: '平桥区', nameEn: 'Pingqiao District' },
      { __typename: 'County', code: '411523', nameZh: '新县', nameEn: 'Xin County' },
    ] } } },
  { request: { query: BELOW_QUOTA, variables: { year: 2024, countyCode: null, page: { page: 1, pageSize: 20 } } },
    result: { data: { organizationsBelowQuota: { __typename: 'QuotaPositionPage', total: 0, page: 1, pageSize: 20, items: [] } } } },
  { request: { query: BELOW_QUOTA, variables: { year: 2024, countyCode: '411523', page: { page: 1, pageSize: 20 } } },
    result: { data: { organizationsBelowQuota: { __typename: 'QuotaPositionPage', total: 1, page: 1, pageSize: 20, items: [item] } } } },
  { request: { query: STAFF_QUOTA_POSITION, variables: { organizationId: ORG, year: 2024 } }, result: { data: { quotaPosition: position } } },
];

describe('organizations below the ratio', () => {
  it('filters by county, lists the key figures and the levy, and opens an organization\'s position', async () => {
    renderWithApp(<QuotaListPage />, { path: '/staff/quota?year=2024', mocks });
    expect(await screen.findByText('2024年度没有未达到比例的单位。')).toBeInTheDocument();
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /^县区/ }), '新县');
    await userEvent.click(screen.getByRole('button', { name: '查看' }));
    const table = await screen.findByRole('table', { name: '2024年度未达到比例的单位（共 1 个）' });
    const row = within(table).getByRole('row', { name: /新县茶油加工有限公司/ });
    for (const cell of ['新县', '民营企业', '500', '8', '2', '0.4%', '不适用本单位', '432,000.00 元']) expect(row).toHaveTextContent(cell);
    await userEvent.click(within(row).getByRole('link', { name: '新县茶油加工有限公司' }));
    expect(await screen.findByRole('heading', { level: 1, name: '新县茶油加工有限公司：按比例安排就业' })).toBeInTheDocument();
    expect(screen.getByTestId('quota-steps')).toHaveTextContent('预计缴纳保障金：432,000.00 元。');
    expect(screen.getByRole('link', { name: '返回未达比例单位名单' })).toHaveAttribute('href', '/staff/quota?year=2024&county=411523');
  });
});
