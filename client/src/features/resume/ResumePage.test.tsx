import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MeDocument, MyResumeDocument, SaveResumeDocument, type SaveResumeMutationVariables } from '../../gql/graphql';
import { RequireRole } from '../../components/session';
import { renderWithApp } from '../../test/render';
import { ResumePage } from './ResumePage';

jest.setTimeout(20_000);

const VIS = { __typename: 'ResumeVisibility', education: 'APPLIED_EMPLOYERS', work: 'APPLIED_EMPLOYERS', skills: 'APPLIED_EMPLOYERS', certificates: 'APPLIED_EMPLOYERS', languages: 'APPLIED_EMPLOYERS', assistiveTech: 'APPLIED_EMPLOYERS' };
const emptyResume = {
  __typename: 'Resume', version: 0, updatedAt: null, hiddenSections: [], education: [], work: [], skills: [], certificates: [], languages: [],
  assistiveTech: [], visibility: VIS,
};
const me = { request: { query: MeDocument }, maxUsageCount: Infinity, result: { data: { me: {
  __typename: 'User', id: 'u1', displayName: '张明', role: 'SEEKER', locale: 'zh-CN', phone: '13812345678', email: null, scopeCountyCode: null,
  mustChangePassword: false,
} } } };
const context = { request: { query: MyResumeDocument }, result: { data: { myProfile: { __typename: 'SeekerProfile', id: 's1', name: '张明' }, myResume: emptyResume } } };

function saveMock(result: Record<string, unknown>) {
  const sent: SaveResumeMutationVariables[] = [];
  return { sent, mock: { request: { query: SaveResumeDocument, variables: (v: Record<string, unknown>) => { sent.push(v as SaveResumeMutationVariables); return true; } }, result } };
}

const render = (mocks: object[]) => renderWithApp(<RequireRole role="SEEKER"><ResumePage /></RequireRole>,
  { path: '/profile/resume', route: '/profile/resume', mocks: [me, context, ...mocks] as never });

describe('the résumé editor', () => {
  it('adding an entry puts focus in its first field; removing it puts focus back on the add button', async () => {
    render([]);
    const add = await screen.findByRole('button', { name: '添加一条工作经历' });
    await userEvent.click(add);
    const entry = screen.getByRole('group', { name: '工作经历 第1条' });
    expect(within(entry).getByRole('textbox', { name: /工作单位/ })).toHaveFocus();
    await userEvent.keyboard('罗山县明光盲人按摩中心');
    await userEvent.click(screen.getByRole('button', { name: '添加一条工作经历' }));
    expect(within(screen.getByRole('group', { name: '工作经历 第2条' })).getByRole('textbox', { name: /工作单位/ })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: '删除工作经历 第2条' }));
    expect(screen.queryByRole('group', { name: '工作经历 第2条' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '添加一条工作经历' })).toHaveFocus();
    expect(within(screen.getByRole('group', { name: '工作经历 第1条' })).getByRole('textbox', { name: /工作单位/ })).toHaveValue('罗山县明光盲人按摩中心');
  });

  it('sends every section with empty dates as null, and lists the server\'s refusals linked to their fields', async () => {
    const { mock, sent } = saveMock({ errors: [new GraphQLError('离职日期不能早于入职日期', { extensions: { code: 'BAD_USER_INPUT', fields: [
      { path: 'input.work.0.endDate', message: '结束日期不能早于开始日期' },
    ] } })] });
    render([mock]);
    await userEvent.click(await screen.findByRole('button', { name: '添加一条工作经历' }));
    const entry = screen.getByRole('group', { name: '工作经历 第1条' });
    await userEvent.keyboard('某网店');
    await userEvent.type(within(entry).getByRole('textbox', { name: /职务/ }), '客服');
    await userEvent.type(within(entry).getByLabelText(/入职日期/), '2020-05-01');
    await userEvent.type(within(entry).getByLabelText(/离职日期/), '2019-01-01');
    await userEvent.click(screen.getByRole('button', { name: '添加一条语言' }));
    await userEvent.keyboard('中国手语');
    await userEvent.click(screen.getByRole('button', { name: '保存简历' }));

    const summary = await screen.findByRole('group', { name: '请先修改以下问题' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(sent).toHaveLength(1);
    expect(sent[0].input.work).toEqual([{ employerName: '某网店', jobTitle: '客服', startDate: '2020-05-01', endDate: '2019-01-01', duties: '' }]);
    expect(sent[0].input.languages).toEqual([{ language: '中国手语', proficiency: 'GOOD' }]);
    expect(sent[0].input.education).toEqual([]);
    expect(sent[0].input.visibility.assistiveTech).toBe('APPLIED_EMPLOYERS');
    const link = within(summary).getByRole('link', { name: '结束日期不能早于开始日期' });
    await userEvent.click(link);
    expect(within(entry).getByLabelText(/离职日期/)).toHaveFocus();
  });

  it('an empty optional date is sent as null', async () => {
    const saved = { ...emptyResume, version: 1, updatedAt: '2026-12-06T00:00:00Z', skills: [{ __typename: 'SkillEntry', skill: '推拿', evidence: '' }] };
    const { mock, sent } = saveMock({ data: { saveResume: saved } });
    // after saving, the stored résumé is read again
    render([mock, { ...context, result: { data: { ...context.result.data, myResume: saved } } }]);
    await userEvent.click(await screen.findByRole('button', { name: '添加一条教育经历' }));
    await userEvent.keyboard('信阳市特殊教育学校');
    await userEvent.click(screen.getByRole('button', { name: '保存简历' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].input.education).toEqual([{ school: '信阳市特殊教育学校', major: '', degree: 'SENIOR_HIGH', enrolledOn: null, graduatedOn: null }]);
    expect(await screen.findByText('简历已保存。', { exact: false })).toBeInTheDocument();
  });
});
