import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { SET_PLACEMENT_CONTRACT } from './ContractForm';
import { EMPLOYER_QUOTA_ORG, EMPLOYER_QUOTA_POSITION, EmployerQuotaPage, SAVE_ORGANIZATION_YEAR } from './EmployerQuotaPage';

jest.setTimeout(20_000);

const ORG = 'b1b1b1b1-0000-4000-8000-000000000001';

function position(over: Record<string, unknown> = {}) {
  return {
    __typename: 'QuotaPosition', organizationId: ORG, year: 2024, provisional: false, yearDataEntered: false, staffCount: 120,
    averageWage: null, ratioPercent: 1.6, requiredExact: 1.92, required: 1.92, counted: 1, countedPeople: 1, achievedRatioPercent: 0.8333,
    ratioMet: false, atLeastOneApplies: false, atLeastOneMet: null, shortfall: 0.92, socialAverageWage: 72900, socialAverageWageYear: 2024,
    wageCap: 145800, levyWage: null, wageCapped: false, levyDue: null, reductionPayPercent: null, smallEnterpriseExempt: false,
    levyPayable: null, notes: ['NO_YEAR_DATA', 'WAGE_NOT_ENTERED'],
    people: [
      { __typename: 'QuotaPerson', seekerId: 's1', name: '张明', certificateNumber: '4115**********1234', severe: false, weight: 1, months: 12,
        units: 1, counts: true, graduateFullYear: false, reasons: [],
        placements: [{ __typename: 'PlacementContract', placementId: 'p1', startDate: '2023-01-01', contractKind: 'CONTRACT', contractMonths: 36,
          monthlyWage: 3000, socialInsuranceFull: true }] },
      { __typename: 'QuotaPerson', seekerId: 's2', name: '李华', certificateNumber: null, severe: false, weight: 1, months: 0,
        units: 0, counts: false, graduateFullYear: false, reasons: ['CONTRACT_FACTS_MISSING'],
        placements: [{ __typename: 'PlacementContract', placementId: 'p2', startDate: '2024-03-01', contractKind: null, contractMonths: null,
          monthlyWage: null, socialInsuranceFull: null }] },
    ],
    ...over,
  };
}

const saved = position({
  yearDataEntered: true, staffCount: 300, averageWage: 68000, requiredExact: 4.8, required: 4.8, achievedRatioPercent: 0.3333, shortfall: 3.8,
  levyWage: 68000, levyDue: 258400, reductionPayPercent: 90, levyPayable: 232560, notes: [],
});

const mocks = (saveResult: Record<string, unknown>) => [
  { request: { query: EMPLOYER_QUOTA_ORG }, result: { data: { myOrganization: { __typename: 'Organization', id: ORG, name: '新县山茶油有限公司', type: 'PRIVATE' } } } },
  { request: { query: EMPLOYER_QUOTA_POSITION, variables: { organizationId: ORG, year: 2024 } },
    result: { data: { quotaPosition: position(), organizationYears: [] } } },
  { request: { query: SAVE_ORGANIZATION_YEAR, variables: { input: { organizationId: ORG, year: 2024, staffCount: 300, averageWage: 68000, establishedPosts: null } } },
    result: saveResult },
  { request: { query: EMPLOYER_QUOTA_POSITION, variables: { organizationId: ORG, year: 2024 } },
    result: { data: { quotaPosition: saved, organizationYears: [{ __typename: 'OrganizationYear', year: 2024, staffCount: 300, averageWage: 68000, establishedPosts: null }] } } },
];

const ok = { data: { saveOrganizationYear: { __typename: 'OrganizationYear', organizationId: ORG, year: 2024, staffCount: 300, averageWage: 68000, establishedPosts: null } } };

async function replace(name: RegExp, value: string) {
  const box = screen.getByRole('textbox', { name });
  await userEvent.clear(box);
  if (value) await userEvent.type(box, value);
}

describe('employer quota page', () => {
  it('explains the position: who counts and why another does not, and what is missing', async () => {
    renderWithApp(<EmployerQuotaPage />, { path: '/employer/quota?year=2024', mocks: mocks(ok) });
    expect(await screen.findByRole('heading', { level: 2, name: '2024年度情况' })).toBeInTheDocument();
    const summary = screen.getByTestId('quota-summary');
    expect(summary).toHaveTextContent('应安排残疾人人数1.92 人');
    expect(summary).toHaveTextContent('预计缴纳保障金无法测算（未填年平均工资）');
    expect(screen.getByTestId('quota-steps')).toHaveTextContent('应安排人数：120 × 1.6% = 1.92 人。');
    const table = screen.getByRole('table', { name: /2024年度在本单位就业的残疾职工/ });
    expect(within(table).getByRole('row', { name: /李华/ })).toHaveTextContent('不计入');
    expect(within(table).getByRole('row', { name: /李华/ })).toHaveTextContent('还没有填写用工情况（合同、工资、社保）。');
    expect(screen.getByText('没有填写年平均工资，无法测算保障金。')).toBeInTheDocument();
  });

  it('a negative staff count: the summary takes focus and links to the field; fixed, the figures are worked out again', async () => {
    renderWithApp(<EmployerQuotaPage />, { path: '/employer/quota?year=2024', mocks: mocks(ok) });
    await screen.findByRole('heading', { level: 2, name: '填写2024年度数据' });
    await replace(/^在职职工人数/, '-5');
    await userEvent.click(screen.getByRole('button', { name: '保存并重新计算' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(document.title).toBe('错误：本单位按比例安排就业 - 助业通');
    await userEvent.click(screen.getByRole('link', { name: '在职职工人数请填 0 到 1000000 之间的整数' }));
    const staff = screen.getByRole('textbox', { name: /^在职职工人数/ });
    expect(staff).toHaveFocus();
    expect(staff).toHaveAttribute('aria-invalid', 'true');
    expect(staff).toHaveAccessibleDescription(expect.stringContaining('在职职工人数请填 0 到 1000000 之间的整数'));

    await replace(/^在职职工人数/, '300');
    await replace(/^在职职工年平均工资/, '68000');
    await userEvent.click(screen.getByRole('button', { name: '保存并重新计算' }));
    expect(await screen.findByText('已保存。应安排 4.8 人，预计缴纳保障金 232,560.00 元。')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('已保存。应安排 4.8 人，预计缴纳保障金 232,560.00 元。'));
    expect(screen.getByTestId('quota-summary')).toHaveTextContent('预计缴纳保障金232,560.00 元');
    expect(screen.getByTestId('quota-steps')).toHaveTextContent('实际安排比例为 0.33%，按应缴金额的 90% 缴纳：258,400.00 × 90% = 232,560.00 元。');
    expect(document.title).toBe('本单位按比例安排就业 - 助业通');
  });

  it('puts the server\'s field problem on its field', async () => {
    renderWithApp(<EmployerQuotaPage />, {
      path: '/employer/quota?year=2024',
      mocks: mocks({ errors: [{ message: '输入有误', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.averageWage', message: '年平均工资不能超过100000000' }] } }] }),
    });
    await screen.findByRole('heading', { level: 2, name: '填写2024年度数据' });
    await replace(/^在职职工人数/, '300');
    await replace(/^在职职工年平均工资/, '68000');
    await userEvent.click(screen.getByRole('button', { name: '保存并重新计算' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: /^在职职工年平均工资/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('the contract facts of an employee who does not count yet: missing facts are named, then saved and counted again', async () => {
    const contract = { contractKind: 'CONTRACT', contractMonths: 24, monthlyWage: 2800, socialInsuranceFull: true };
    const counted = position({ counted: 2, countedPeople: 2 });
    renderWithApp(<EmployerQuotaPage />, {
      path: '/employer/quota?year=2024',
      mocks: [
        ...mocks(ok).slice(0, 2),
        { request: { query: SET_PLACEMENT_CONTRACT, variables: { placementId: 'p2', input: contract } },
          result: { data: { setPlacementContract: { __typename: 'PlacementContract', placementId: 'p2', ...contract, partTime: false } } } },
        { request: { query: EMPLOYER_QUOTA_POSITION, variables: { organizationId: ORG, year: 2024 } },
          result: { data: { quotaPosition: counted, organizationYears: [] } } },
      ],
    });
    await screen.findByRole('heading', { level: 2, name: '填写用工情况' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^职工/ }), '李华（2024年3月1日起）');
    await userEvent.click(screen.getByRole('button', { name: '保存用工情况' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(screen.getAllByRole('link').filter((l) => l.closest('.error-summary')).map((l) => l.textContent))
      .toEqual(['请选择用工方式', '请填写实际月工资', '请选择是否足额缴纳社会保险']);
    await userEvent.click(screen.getByRole('link', { name: '请选择用工方式' }));
    expect(screen.getByRole('radio', { name: '在编' })).toHaveFocus();

    await userEvent.click(screen.getByRole('radio', { name: '劳动合同或服务协议' }));
    await userEvent.click(screen.getByRole('button', { name: '保存用工情况' }));
    expect(await screen.findByRole('link', { name: '请填写合同期限（月）' })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /^合同期限/ }), '24');
    await userEvent.type(screen.getByRole('textbox', { name: /^实际月工资/ }), '2800');
    await userEvent.click(screen.getByRole('radio', { name: '是' }));
    await userEvent.click(screen.getByRole('button', { name: '保存用工情况' }));
    expect(await screen.findByText('已保存李华的用工情况。现在计入 2 人。')).toBeInTheDocument();
    expect(screen.getByTestId('quota-summary')).toHaveTextContent('已安排（计入）人数2 人');
  });
});
