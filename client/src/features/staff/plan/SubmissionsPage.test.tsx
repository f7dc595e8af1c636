import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ME } from '../../../components/session';
import { graphql } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { COMPARE_VERSIONS, COUNTY_VERSIONS, QUARTER_SUBMISSIONS, RETURN_REPORT, SubmissionsPage } from './SubmissionsPage';

const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const XIXIAN = '411528';
const HUAIBIN = '411527';
const version = (n: number, status: string, figures: Array<[string, number | null]>) => ({
  __typename: 'QuarterlySubmission', id: `v${n}`, version: n, status, signerName: '息县工作人员', submittedAt: '2024-01-05T02:00:00.000Z',
  returnedAt: status === 'RETURNED' ? '2024-01-06T02:00:00.000Z' : null, returnReason: status === 'RETURNED' ? '请核对核查人数' : null,
  figures: figures.map(([key, value]) => ({ __typename: 'FigureModel', key, value })),
});
const V2 = version(2, 'SUBMITTED', [['totals.quarter', 3], ['fourOnes.checked', 5], ['graduates.2023.employmentRate', 0.5]]);
const V1 = version(1, 'RETURNED', [['totals.quarter', 3], ['fourOnes.checked', 4], ['graduates.2023.employmentRate', 0.5]]);

const returned = jest.fn();
const mocks = [
  { request: { query: ME }, maxUsageCount: Infinity,
    result: { data: { me: { __typename: 'User', id: 'u1', displayName: '王芳', role: 'STAFF', locale: 'zh-CN', phone: null, email: null, scopeCountyCode: null } } } },
  { request: { query: COUNTIES }, maxUsageCount: Infinity, result: { data: { counties: [
    { __typename: 'County', code: HUAIBIN, nameZh: '淮滨县', nameEn: 'Huaibin County' },
    { __typename: 'County', code: XIXIAN, nameZh: '息县', nameEn: 'Xi County' },
  ] } } },
  { request: { query: QUARTER_SUBMISSIONS, variables: { year: 2023, quarter: 4 } }, maxUsageCount: Infinity, result: { data: { quarterlySubmissions: [
    { __typename: 'CountySubmissionModel', countyCode: HUAIBIN, countyName: '淮滨县', state: 'NOT_SUBMITTED', latest: null },
    { __typename: 'CountySubmissionModel', countyCode: XIXIAN, countyName: '息县', state: 'SUBMITTED',
      latest: { __typename: 'QuarterlySubmission', id: 'v2', version: 2, status: 'SUBMITTED', signerName: '息县工作人员', submittedAt: '2024-01-05T02:00:00.000Z' } },
  ] } } },
  { request: { query: COUNTY_VERSIONS, variables: { year: 2023, quarter: 4, countyCode: XIXIAN } }, maxUsageCount: Infinity,
    result: { data: { quarterlySubmissionVersions: [V2, V1] } } },
  { request: { query: COMPARE_VERSIONS, variables: { fromId: 'v1', toId: 'v2' } }, maxUsageCount: Infinity,
    result: { data: { compareQuarterlySubmissions: [{ __typename: 'FigureChangeModel', key: 'fourOnes.checked', before: 4, after: 5 }] } } },
  { request: { query: RETURN_REPORT, variables: { id: 'v2', reason: '数字有误' } },
    result: () => { returned(); return { data: { returnQuarterlyReport: { __typename: 'QuarterlySubmission', id: 'v2', status: 'RETURNED', returnReason: '数字有误', returnedAt: '2024-01-07T02:00:00.000Z' } } }; } },
];

jest.setTimeout(20_000);

const cells = (table: HTMLElement, header: string) =>
  within(within(table).getByRole('rowheader', { name: header }).closest('tr')!).getAllByRole('cell').map((c) => c.textContent);

describe('the city\'s quarterly submissions', () => {
  it('shows each county\'s state; an opened county shows its signed figures, compares versions and is returned only with a reason', async () => {
    renderWithApp(<SubmissionsPage />, { path: '/staff/reports/submissions?year=2023&quarter=4', mocks });
    const table = await screen.findByRole('table', { name: '2023年第4季度各县区报送情况' }, { timeout: 5000 });
    expect(cells(table, '淮滨县')).toEqual(['未提交', '—', '—', '—']);
    expect(cells(table, '息县').slice(0, 2)).toEqual(['已提交', '第2版']);
    await userEvent.click(within(table).getByRole('button', { name: '查看息县的报表' }));
    const heading = await screen.findByRole('heading', { level: 2, name: '息县2023年第4季度报表（第2版）' });
    await waitFor(() => expect(heading).toHaveFocus());
    const figures = screen.getByRole('table', { name: '第2版签署时的数字' });
    expect(cells(figures, '“四个一”：已做基本信息核查（人）')).toEqual(['5']);
    expect(cells(figures, '2023届毕业生：就业率')).toEqual(['50%']);

    await userEvent.click(screen.getByRole('button', { name: '比较' }));
    const changes = await screen.findByRole('table', { name: '第1版 → 第2版：有变化的数字' });
    expect(cells(changes, '“四个一”：已做基本信息核查（人）')).toEqual(['4', '5']);

    await userEvent.click(screen.getByRole('button', { name: '退回第2版' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: /退回原因/ })).toHaveAttribute('aria-invalid', 'true');
    expect(returned).not.toHaveBeenCalled();
    await userEvent.type(screen.getByRole('textbox', { name: /退回原因/ }), '数字有误');
    await userEvent.click(screen.getByRole('button', { name: '退回第2版' }));
    await waitFor(() => expect(returned).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('已退回息县的第2版，县区工作人员会收到通知。'));
  });
});
