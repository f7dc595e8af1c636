import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { CORRECT_PLACEMENT, CorrectPlacementForm } from './PlacementForms';
import type { PlacementDetail } from './PlacementPage';
import { FIND_ORGANIZATIONS, FIND_SEEKERS, RECORD_PLACEMENT, RecordPlacementPage } from './RecordPlacementPage';

jest.setTimeout(20_000);
const slow = { timeout: 5000 };

const placement = (over: Partial<PlacementDetail> = {}) => ({
  __typename: 'Placement', id: 'p1', startDate: '2024-01-15', endDate: null, endReason: null, employmentForm: 'FULL_TIME', actionLine: 'PRIVATE',
  countyCode: '411522', source: 'EXTERNAL', postingId: null, counted: true, excludedReason: null, evidence: '', note: '',
  contractKind: null, contractMonths: null, monthlyWage: null, socialInsuranceFull: null,
  seeker: { __typename: 'SeekerProfile', id: 's1', name: '张明' }, organization: { __typename: 'Organization', id: 'o1', name: '信阳测试电子商务有限公司' },
  history: [], ...over,
}) as unknown as PlacementDetail;

const orgs = {
  request: { query: FIND_ORGANIZATIONS, variables: { query: '羽绒' } }, maxUsageCount: Infinity,
  result: { data: { organizations: { __typename: 'OrganizationPage', items: [
    { __typename: 'Organization', id: 'o2', name: '光山县羽绒服饰有限公司', countyCode: '411522' },
    { __typename: 'Organization', id: 'o1', name: '信阳测试电子商务有限公司', countyCode: '411522' },
  ] } } },
};

function correct(p: PlacementDetail, extra: unknown[] = []) {
  const sent: unknown[] = [];
  const onSaved = jest.fn(async () => undefined);
  renderWithApp(<CorrectPlacementForm placement={p} onSaved={onSaved} onErrors={() => undefined} />, { mocks: [orgs, ...extra as never[],
    { request: { query: CORRECT_PLACEMENT, variables: (v: Record<string, unknown>) => { sent.push(v); return true; } },
      result: { data: { correctPlacement: { __typename: 'Placement', id: 'p1', startDate: '2024-01-15', endDate: null, endReason: null,
        employmentForm: 'FULL_TIME', actionLine: 'PRIVATE', evidence: '', note: '', organization: { __typename: 'Organization', id: 'o2', name: '光山县羽绒服饰有限公司' } } } } },
  ] as never });
  return { sent, onSaved };
}

const findEmployer = async () => {
  await userEvent.type(screen.getByRole('textbox', { name: '正确的单位名称' }), '羽绒');
  await userEvent.click(screen.getByRole('button', { name: '查找' }));
  await screen.findByRole('radio', { name: '光山县羽绒服饰有限公司' }, slow);
};

describe('correcting a placement\'s employer', () => {
  it('says which employer is on record, finds another by name and sends it with the reason', async () => {
    const { sent, onSaved } = correct(placement());
    expect(screen.getByText(/现在登记的用人单位：信阳测试电子商务有限公司/)).toBeInTheDocument();
    await findEmployer();
    await userEvent.click(screen.getByRole('radio', { name: '光山县羽绒服饰有限公司' }));
    await userEvent.type(screen.getByRole('textbox', { name: /更正原因/ }), '劳动合同的用人单位是羽绒服饰公司');
    await userEvent.click(screen.getByRole('button', { name: '保存更正' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled(), slow);
    expect(sent).toEqual([{ id: 'p1', input: { organizationId: 'o2', reason: '劳动合同的用人单位是羽绒服饰公司' } }]);
  });

  it('refuses the employer already on record before sending anything', async () => {
    const { sent } = correct(placement());
    await findEmployer();
    await userEvent.click(screen.getByRole('radio', { name: '信阳测试电子商务有限公司' }));
    await userEvent.type(screen.getByRole('textbox', { name: /更正原因/ }), '改单位');
    await userEvent.click(screen.getByRole('button', { name: '保存更正' }));
    expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus();
    expect(screen.getByRole('link', { name: '所选单位就是现在登记的用人单位，请选择另一个单位' })).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('a hire through a posting keeps its employer: no finder, and it says why', async () => {
    correct(placement({ postingId: 'j1' } as Partial<PlacementDetail>));
    expect(screen.getByText('现在登记的用人单位：信阳测试电子商务有限公司。通过平台职位录用的，不能更改用人单位。')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: '正确的单位名称' })).toBeNull();
  });
});

describe('recording a hire: the action line', () => {
  const seekers = {
    request: { query: FIND_SEEKERS, variables: { query: '张明' } }, maxUsageCount: Infinity,
    result: { data: { seekers: { __typename: 'SeekerPage', items: [{ __typename: 'SeekerProfile', id: 's1', name: '张明', countyCode: '411522', birthDate: '1990-01-01' }] } } },
  };
  async function fillAndSave(line?: string) {
    await userEvent.type(screen.getByRole('textbox', { name: '姓名或残疾人证号' }), '张明');
    await userEvent.click(screen.getAllByRole('button', { name: '查找' })[0]);
    await userEvent.click(await screen.findByRole('radio', { name: '张明（1990-01-01）' }, slow));
    await userEvent.type(screen.getByRole('textbox', { name: '单位名称' }), '羽绒');
    await userEvent.click(screen.getAllByRole('button', { name: '查找' })[1]);
    await userEvent.click(await screen.findByRole('radio', { name: '光山县羽绒服饰有限公司' }, slow));
    await userEvent.click(screen.getByRole('radio', { name: '全职' }));
    await userEvent.type(screen.getByRole('textbox', { name: /入职日期/ }), '2024-03-01');
    if (line) await userEvent.selectOptions(screen.getByRole('combobox', { name: /计入行动方案的哪一项/ }), line);
    await userEvent.click(screen.getByRole('button', { name: '登记就业' }));
  }
  const record = () => {
    const sent: Array<{ input: Record<string, unknown> }> = [];
    renderWithApp(<RecordPlacementPage />, { path: '/staff/placements/new', mocks: [seekers, orgs,
      { request: { query: RECORD_PLACEMENT, variables: (v: { input: Record<string, unknown> }) => { sent.push(v); return true; } },
        maxUsageCount: Infinity, result: { data: { recordPlacement: { __typename: 'Placement', id: 'p9' } } } }] as never });
    return sent;
  };

  it('defaults to the server\'s rule, says what that rule is, and sends no line then', async () => {
    const sent = record();
    const select = screen.getByRole('combobox', { name: /计入行动方案的哪一项/ });
    expect(select).toHaveValue('');
    expect(screen.getByRole('option', { name: '按登记的情况自动确定（默认）' })).toBeInTheDocument();
    expect(select).toHaveAccessibleDescription(/不选时，按现行规则自动确定/);
    await fillAndSave();
    await waitFor(() => expect(sent).toHaveLength(1), slow);
    expect(sent[0].input).not.toHaveProperty('actionLine');
  });

  it('sends the line staff chose', async () => {
    const sent = record();
    await fillAndSave('RURAL');
    await waitFor(() => expect(sent).toHaveLength(1), slow);
    expect(sent[0].input).toMatchObject({ organizationId: 'o2', seekerId: 's1', actionLine: 'RURAL', startDate: '2024-03-01' });
  });
});
