import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { EMPLOYER_QUOTA_ORG } from './EmployerQuotaPage';
import { EMPLOYER_QUOTA_REVIEW, EmployerQuotaReviewPage, SET_INSURANCE_MONTHS, SUBMIT_QUOTA_REVIEW } from './EmployerQuotaReviewPage';
import { parseInsuranceMonths } from './insurance-months';

jest.setTimeout(20_000);

const ORG = 'b1b1b1b1-0000-4000-8000-000000000002';
const line = (key: string, label: string, value: number | null, rule: string) => ({ __typename: 'QuotaReviewLine', key, label, value, rule });

function pack(over: Record<string, unknown> = {}, insuranceMonths: number | null = null) {
  return {
    __typename: 'QuotaReviewPack', id: null, version: null, status: 'RETURNED', organizationId: ORG, organizationName: '新县竹编工艺有限公司',
    creditCode: '91411523MA00000001', countyCode: '411523', year: 2024, provisional: false, ratioMet: false, notes: [],
    submittedAt: '2025-02-01T02:00:00.000Z', submittedByName: '陈经理', reviewedAt: '2025-02-03T02:00:00.000Z', reviewedByName: '新县残联工作人员',
    returnReason: '何静的社保月数与社保记录不一致',
    lines: [
      line('REQUIRED', '应安排人数', 4.8, '在职职工人数300 × 1.6% = 4.8人，不取整'),
      line('LEVY_PAYABLE', '实缴保障金（元）', 151200, '应缴168000元 × 90%，保留两位小数'),
    ],
    people: [{
      __typename: 'QuotaReviewPerson', seekerId: 's1', name: '何静', certificateNumber: '4115**********1234', level: 2, severe: true, weight: 2,
      monthsEmployed: 7, monthsCounted: 7, insuranceMonths, insuranceShort: insuranceMonths !== null && insuranceMonths < 7, units: 1.1667, counts: true,
      graduateFullYear: false, reasons: [],
      placements: [{ __typename: 'QuotaReviewPlacement', placementId: 'p1', startDate: '2024-06-01', endDate: null, contractKind: 'CONTRACT',
        contractMonths: 36, monthlyWage: 3000, partTime: false, monthsEmployed: 7, insuranceMonths }],
    }],
    submissions: [{ __typename: 'QuotaReviewSubmission', id: 'v1', version: 1, status: 'RETURNED', submittedAt: '2025-02-01T02:00:00.000Z',
      submittedByName: '陈经理', reviewedAt: '2025-02-03T02:00:00.000Z', returnReason: '何静的社保月数与社保记录不一致' }],
    ...over,
  };
}

const org = { request: { query: EMPLOYER_QUOTA_ORG }, result: { data: { myOrganization: { __typename: 'Organization', id: ORG, name: '新县竹编工艺有限公司', type: 'PRIVATE' } } } };
const load = (p: unknown) => ({ request: { query: EMPLOYER_QUOTA_REVIEW, variables: { organizationId: ORG, year: 2024 } }, result: { data: { quotaReviewPack: p } } });

describe('the insurance months typed', () => {
  it('are a whole number from 0 to the months employed; full-width digits read as ASCII', () => {
    expect(parseInsuranceMonths('7', 7)).toBe(7);
    expect(parseInsuranceMonths('０', 7)).toBe(0);
    expect(parseInsuranceMonths('8', 7)).toBeNull();
    expect(parseInsuranceMonths('13', 12)).toBeNull();
    expect(parseInsuranceMonths('-1', 12)).toBeNull();
    expect(parseInsuranceMonths('6.5', 12)).toBeNull();
    expect(parseInsuranceMonths('', 12)).toBeNull();
  });
});

describe('employer quota-review pack page', () => {
  it('says why a person does not count when insured for fewer months than employed, and that missing months are needed', async () => {
    const short = pack({ people: [{ ...pack().people[0], insuranceMonths: 6, insuranceShort: true, counts: false, units: 0, monthsCounted: 0,
      reasons: ['INSURANCE_MONTHS_SHORT'] }] });
    const { unmount } = renderWithApp(<EmployerQuotaReviewPage />, { path: '/employer/quota-review?year=2024', mocks: [org, load(short)] });
    const row = within(await screen.findByRole('table', { name: /2024年度残疾职工（1人）/ })).getByRole('row', { name: /何静/ });
    expect(row).toHaveTextContent('不计入。 社保缴纳月数少于本年在职月数，这段就业本年不计入。');
    expect(row).not.toHaveTextContent('请核对'); // the old flag's words are not added beside the reason
    unmount();
    renderWithApp(<EmployerQuotaReviewPage />, { path: '/employer/quota-review?year=2024', mocks: [org, load(pack())] });
    const missing = within(await screen.findByRole('table', { name: /2024年度残疾职工（1人）/ })).getByRole('row', { name: /何静/ });
    expect(missing).toHaveTextContent('社保月数未填，提交前须填写。');
  });

  it('shows the status with staff\'s reason, the lines with their rules and the people', async () => {
    renderWithApp(<EmployerQuotaReviewPage />, { path: '/employer/quota-review?year=2024', mocks: [org, load(pack())] });
    await waitFor(() => expect(screen.getByTestId('qr-status')).toHaveTextContent('已退回，请修改后重新提交'));
    expect(screen.getByText('退回原因：何静的社保月数与社保记录不一致')).toBeInTheDocument();
    const lines = screen.getByRole('table', { name: '2024年度按比例安排就业与保障金计算（每项附计算规则）' });
    expect(within(lines).getByRole('row', { name: /实缴保障金/ })).toHaveTextContent('151,200.00 元应缴168000元 × 90%，保留两位小数');
    const people = screen.getByRole('table', { name: /2024年度残疾职工（1人）/ });
    expect(within(people).getByRole('row', { name: /何静/ })).toHaveTextContent('重度残疾，按2人计。');
    expect(screen.getByRole('link', { name: '下载年审表（Excel）' })).toHaveAttribute('href', `/exports/quota-review/pack.xlsx?organization=${ORG}&year=2024`);
    expect(screen.getByRole('button', { name: '提交残联审核' })).toBeInTheDocument();
  });

  it('more months than employed: the summary takes focus and names the field; fixed, they are saved', async () => {
    const saved = pack({}, 7);
    renderWithApp(<EmployerQuotaReviewPage />, {
      path: '/employer/quota-review?year=2024',
      mocks: [org, load(pack()),
        { request: { query: SET_INSURANCE_MONTHS, variables: { placementId: 'p1', year: 2024, months: 7 } },
          result: { data: { setInsuranceMonths: { __typename: 'PlacementYearFact', placementId: 'p1', year: 2024, insuranceMonths: 7 } } } },
        load(saved)],
    });
    const field = await screen.findByRole('textbox', { name: /^何静（.+起）的社保缴纳月数/ });
    await userEvent.type(field, '8');
    await userEvent.click(screen.getByRole('button', { name: '保存社保月数' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(document.title).toBe('错误：按比例就业年审表 - 助业通');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('请填写0到7之间的整数'));
    await userEvent.clear(field);
    await userEvent.type(field, '7');
    await userEvent.click(screen.getByRole('button', { name: '保存社保月数' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('已保存社保缴纳月数。'));
    expect(document.title).toBe('按比例就业年审表 - 助业通');
  });

  it('the server refuses the submission (months missing): its message is shown in the summary', async () => {
    renderWithApp(<EmployerQuotaReviewPage />, {
      path: '/employer/quota-review?year=2024',
      mocks: [org, load(pack()),
        { request: { query: SUBMIT_QUOTA_REVIEW, variables: { organizationId: ORG, year: 2024 } },
          result: { errors: [{ message: '输入有误', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'insuranceMonths', message: '请先填写每位计入人员的社保缴纳月数（还有1人未填）' }] } }] } }],
    });
    await userEvent.click(await screen.findByRole('button', { name: '提交残联审核' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(screen.getByRole('link', { name: '请先填写每位计入人员的社保缴纳月数（还有1人未填）' })).toBeInTheDocument();
  });

  it('under review: no fields to change and no submit button', async () => {
    renderWithApp(<EmployerQuotaReviewPage />, {
      path: '/employer/quota-review?year=2024', mocks: [org, load(pack({ status: 'SUBMITTED', returnReason: null, reviewedAt: null, reviewedByName: null }, 7))],
    });
    expect(await screen.findByText('年审表正在审核或已确认，社保月数不能修改。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交残联审核' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /社保缴纳月数/ })).toBeNull();
  });
});
