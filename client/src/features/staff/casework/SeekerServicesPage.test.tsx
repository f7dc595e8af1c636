import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ME } from '../../../components/session';
import { graphql } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { todayIso } from './casework-rules';
import { RECORD_SERVICE } from './ServiceRecordForm';
import { RECORD_SIGNED_CONSENT } from './OnBehalfSection';
import { ASSIGN_JOB_COACH, SEEKER_SERVICES, SeekerServicesPage } from './SeekerServicesPage';

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const YEAR = new Date().getUTCFullYear();
const SEEKER = {
  __typename: 'SeekerProfile', id: 's1', name: '陈晓燕', age: 34, countyCode: '411524', category: 'VISUAL', level: 2,
  certificateNumber: '4115**********123X12', employmentStatus: 'UNEMPLOYED', graduateYear: null, consents: ['SENSITIVE_DATA'],
};
const record = (id: string, kind: string, serviceDate: string, intention: string | null = null, outcome = '') => ({
  __typename: 'ServiceRecord', id, kind, serviceDate, intention, outcome, notes: '', staffName: '李干事',
});
const CHECK = record('r1', 'INFORMATION_CHECK', `${YEAR}-01-05`, 'WANTS_WORK');
const CANDIDATES = [
  { __typename: 'CoachCandidateModel', userId: 'u2', name: '王干事', countyCode: '411524' },
  { __typename: 'CoachCandidateModel', userId: 'u1', name: '李干事', countyCode: null },
];

function mocks({ recordResult, afterSave = [] as unknown[], coach = null as unknown, seeker = SEEKER as Record<string, unknown> }: {
  recordResult?: Record<string, unknown>; afterSave?: unknown[]; coach?: unknown; seeker?: Record<string, unknown>;
} = {}) {
  let saved = false;
  return [
    { request: { query: ME }, maxUsageCount: Infinity,
      result: { data: { me: { __typename: 'User', id: 'u1', displayName: '李干事', role: 'STAFF', locale: 'zh-CN', phone: null, email: null, scopeCountyCode: null } } } },
    { request: { query: COUNTIES }, maxUsageCount: Infinity,
      result: { data: { counties: [{ __typename: 'County', code: '411524', nameZh: '商城县', nameEn: 'Shangcheng County' }] } } },
    {
      request: { query: SEEKER_SERVICES, variables: { id: 's1', year: YEAR } }, maxUsageCount: Infinity,
      result: () => ({ data: { seeker, serviceRecords: saved ? [...afterSave, CHECK] : [CHECK], jobCoach: coach, coachCandidates: CANDIDATES } }),
    },
    {
      request: { query: RECORD_SERVICE, variables: () => true }, maxUsageCount: Infinity,
      result: (v: Record<string, any>) => {
        if (recordResult) return recordResult;
        saved = true;
        const i = v.input;
        return { data: { recordService: record('new', i.kind, i.serviceDate, i.intention, i.outcome) } };
      },
    },
    {
      request: { query: ASSIGN_JOB_COACH, variables: { seekerId: 's1', coachUserId: 'u1' } },
      result: () => { saved = true; return { data: { assignJobCoach: true } }; },
    },
    {
      request: { query: ASSIGN_JOB_COACH, variables: { seekerId: 's1', coachUserId: 'u2' } },
      result: () => { saved = true; return { data: { assignJobCoach: true } }; },
    },
  ];
}

const renderPage = (m: unknown[] = mocks()) => renderWithApp(<SeekerServicesPage />, {
  path: `/staff/seekers/s1?year=${YEAR}&kind=ABILITY_ASSESSMENT&county=411524`, route: '/staff/seekers/:id', mocks: m as never,
});

jest.setTimeout(20_000);

describe("a seeker's services", () => {
  it('shows the person as the server masks them and which of the year\'s services are done', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: '陈晓燕的服务记录' })).toBeInTheDocument();
    expect(await screen.findByText('4115**********123X12')).toBeInTheDocument();
    const year = screen.getByRole('heading', { name: `${YEAR}年的“四个一”` }).parentElement!;
    expect(within(within(year).getAllByRole('list')[0]).getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual([
      expect.stringMatching(/^基本信息核查：已完成/), '职业能力评估：未完成', '就业需求登记：未完成', '就业服务：未完成',
    ]);
    expect(screen.getByRole('link', { name: '返回“四个一”服务' })).toHaveAttribute('href',
      `/staff/four-ones?year=${YEAR}&kind=ABILITY_ASSESSMENT&county=411524`);
    const years = within(screen.getByRole('navigation', { name: '其他年份' })).getAllByRole('link');
    expect(years[0]).toHaveAttribute('aria-current', 'page');
    expect(years[1]).toHaveAttribute('href', `/staff/seekers/s1?year=${YEAR - 1}&kind=ABILITY_ASSESSMENT&county=411524`);
    // the service the person came to record is already chosen
    expect(screen.getByRole('radio', { name: '职业能力评估' })).toBeChecked();
    // not agreed that staff may act for them: the actions are there, not available, and say why
    const apply = screen.getByRole('button', { name: '代为申请职位' });
    expect(apply).toHaveAttribute('aria-disabled', 'true');
    expect(apply).toHaveAccessibleDescription(/^陈晓燕尚未同意“残联工作人员可以代我办理”/);
    expect(screen.queryByRole('link', { name: '代为申请职位' })).not.toBeInTheDocument();
  });

  it('a consent signed on paper: a date in the wrong form is named at the field; a good one is recorded and announced', async () => {
    let recorded: unknown = null;
    const m: unknown[] = [...mocks(), {
      request: { query: RECORD_SIGNED_CONSENT, variables: () => true }, maxUsageCount: Infinity,
      result: (v: Record<string, any>) => { recorded = v; return { data: { recordSignedConsentOnBehalf: { __typename: 'SeekerProfile', id: 's1', consents: ['ACT_ON_BEHALF'] } } }; },
    }];
    renderPage(m);
    const date = await screen.findByRole('textbox', { name: /签署日期/ });
    await userEvent.type(date, '3月5日');
    await userEvent.click(screen.getByRole('button', { name: '登记同意书' }));
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveFocus();
    expect(recorded).toBeNull();
    await userEvent.clear(date);
    await userEvent.type(date, todayIso());
    await userEvent.click(screen.getByRole('button', { name: '登记同意书' }));
    await waitFor(() => expect(recorded).toEqual({ seekerId: 's1', granted: true, signedOn: todayIso() }));
    expect(await screen.findByText('已登记陈晓燕签署的同意书，现在可以代为办理')).toBeInTheDocument();
  });

  it('with the person\'s consent, staff may apply, register and change the profile for them', async () => {
    renderPage(mocks({ seeker: { ...SEEKER, consents: ['ACT_ON_BEHALF', 'SENSITIVE_DATA'] } }));
    expect(await screen.findByRole('link', { name: '代为申请职位' })).toHaveAttribute('href', '/staff/seekers/s1/apply');
    expect(screen.getByRole('link', { name: '代为报名招聘会' })).toHaveAttribute('href', '/staff/seekers/s1/register');
    expect(screen.getByRole('link', { name: '代为修改资料' })).toHaveAttribute('href', '/staff/seekers/s1/profile');
  });

  it('a failed submit: the summary takes focus, names each field, and its links go to the fields', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: '陈晓燕的服务记录' });
    await userEvent.click(screen.getByRole('radio', { name: '基本信息核查' }));
    await userEvent.click(screen.getByRole('button', { name: '保存服务记录' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(document.title).toBe('错误：陈晓燕的服务记录 - 助业通');
    const summary = screen.getByRole('group', { name: '请先修改以下问题' });
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual(['请选择本人是否想工作', '请填写日期']);
    await userEvent.click(within(summary).getByRole('link', { name: '请填写日期' }));
    const date = screen.getByRole('textbox', { name: /^服务日期/ });
    expect(date).toHaveFocus();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(expect.stringContaining('请填写日期'));
    await userEvent.click(within(summary).getByRole('link', { name: '请选择本人是否想工作' }));
    expect(screen.getByRole('radio', { name: '想工作' })).toHaveFocus();
  });

  it('a date in the future is refused before sending', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: '陈晓燕的服务记录' });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await userEvent.type(screen.getByRole('textbox', { name: /^服务日期/ }), tomorrow);
    await userEvent.click(screen.getByRole('button', { name: '保存服务记录' }));
    expect(await screen.findByRole('link', { name: '日期不能晚于今天' })).toBeInTheDocument();
  });

  it('saves, announces it, clears the form and shows the record in the list', async () => {
    const today = todayIso();
    renderPage(mocks({ afterSave: [record('new', 'ABILITY_ASSESSMENT', today, null, '适合按摩类岗位')] }));
    await screen.findByRole('heading', { level: 1, name: '陈晓燕的服务记录' });
    await userEvent.type(screen.getByRole('textbox', { name: /^服务日期/ }), today);
    await userEvent.type(screen.getByRole('textbox', { name: /^结果/ }), '适合按摩类岗位');
    await userEvent.click(screen.getByRole('button', { name: '保存服务记录' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(/^已保存：陈晓燕的职业能力评估/));
    expect(await screen.findByRole('cell', { name: '适合按摩类岗位' })).toBeInTheDocument();
    expect(screen.getByText(/^职业能力评估：已完成/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^服务日期/ })).toHaveValue('');
    expect(screen.queryByRole('group', { name: '请先修改以下问题' })).not.toBeInTheDocument();
  });

  it('puts a problem the server finds on its field', async () => {
    renderPage(mocks({ recordResult: { errors: [{ message: '输入有误', extensions: { code: 'BAD_USER_INPUT', fields: [
      { path: 'input.serviceDate', message: '日期不能是将来' }] } }] } }));
    await screen.findByRole('heading', { level: 1, name: '陈晓燕的服务记录' });
    await userEvent.type(screen.getByRole('textbox', { name: /^服务日期/ }), todayIso());
    await userEvent.click(screen.getByRole('button', { name: '保存服务记录' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: /^服务日期/ })).toHaveAccessibleDescription(expect.stringContaining('日期不能是将来'));
  });

  it('the signed-in staff member becomes the job coach', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: '陈晓燕的服务记录' });
    expect(screen.getByText('还没有指定就业辅导员。')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: '由我担任就业辅导员' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('你已成为陈晓燕的就业辅导员。'));
  });

  it('another staff member of the county or the city can be chosen as the coach; the choices say where each works', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: '陈晓燕的服务记录' });
    const select = await screen.findByRole('combobox', { name: '就业辅导员' });
    expect(select).toHaveAccessibleDescription('可以选全市或这位求职者所在县区的工作人员。');
    expect(Array.from((select as HTMLSelectElement).options).map((o) => o.textContent)).toEqual(['王干事（商城县）', '李干事（全市）']);
    await userEvent.selectOptions(select, 'u2');
    await userEvent.click(screen.getByRole('button', { name: '指定为就业辅导员' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('已指定王干事为陈晓燕的就业辅导员。'));
  });

  it('says when the signed-in staff member already is the coach', async () => {
    renderPage(mocks({ coach: { __typename: 'JobCoachModel', coachUserId: 'u1', coachName: '李干事', assignedAt: `${YEAR}-01-02T03:00:00.000Z` } }));
    expect(await screen.findByText(/^现在的就业辅导员：李干事/)).toBeInTheDocument();
    expect(await screen.findByText('你就是这位求职者的就业辅导员。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '由我担任就业辅导员' })).not.toBeInTheDocument();
  });
});
