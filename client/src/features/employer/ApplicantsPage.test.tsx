import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MoveApplicationDocument, PostingApplicantsDocument, type MoveApplicationInput } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { ApplicantsPage } from './ApplicantsPage';

jest.setTimeout(20_000);

const seeker = (id: string, name: string, shared: boolean) => ({
  __typename: 'SeekerProfile', id, name, age: 28, gender: 'FEMALE', phone: '13812345678', skills: ['电脑打字'],
  category: shared ? 'HEARING' : null, level: shared ? 3 : null, cannotDo: shared ? ['VOICE_CALLS'] : null,
  supportsMust: shared ? ['TEXT_COMMUNICATION'] : null, supportsNice: shared ? [] : null, education: 'VOCATIONAL', experience: '',
  county: { __typename: 'County', code: '411521', nameZh: '罗山县', nameEn: 'Luoshan County' },
  resume: null,
});

const submitted = { __typename: 'ApplicationStatusChange', id: 'h1', fromStatus: null, toStatus: 'SUBMITTED', reason: null, createdAt: '2024-03-01T02:00:00.000Z' };

const LINA = {
  __typename: 'Application', id: 'a1', status: 'SUBMITTED', moves: ['REVIEWING', 'INTERVIEW', 'REJECTED'], createdAt: '2024-03-01T02:00:00.000Z', note: '我会手语，也会打字。',
  accommodations: ['SIGN_LANGUAGE_INTERPRETER'], accommodationNote: '', rejectionReason: null, unreadMessages: 0, seeker: seeker('s1', '李娜', true),
  history: [submitted],
};
const WANG = {
  ...LINA, id: 'a2', status: 'OFFERED', moves: ['HIRED', 'REJECTED'], note: '', accommodations: [], seeker: seeker('s2', '王强', false),
  history: [{ ...submitted, id: 'h2' }],
};

function mocks(sent: MoveApplicationInput[], fail = false) {
  return [
    {
      request: { query: PostingApplicantsDocument, variables: { postingId: 'p1', status: null, page: { page: 1, pageSize: 10 } } },
      result: { data: {
        posting: { __typename: 'Posting', id: 'p1', title: '电商客服', status: 'PUBLISHED', openings: 2, openingsLeft: 2 },
        applicationsForPosting: { __typename: 'ApplicationPage', total: 2, page: 1, pageSize: 10, items: [LINA, WANG] },
      } },
    },
    {
      request: { query: MoveApplicationDocument, variables: (v: Record<string, unknown>) => { sent.push(v.input as MoveApplicationInput); return true; } },
      maxUsageCount: Infinity,
      result: (v: Record<string, any>) => (fail
        ? { errors: [{ message: '这个申请已经被撤回了。', extensions: { code: 'CONFLICT' } }] }
        : { data: { moveApplication: {
          __typename: 'Application', id: v.input.applicationId, status: v.input.to, rejectionReason: v.input.reason ?? null,
          // what the server would answer next for this stage
          moves: ({ REVIEWING: ['INTERVIEW', 'OFFERED', 'REJECTED'], INTERVIEW: ['OFFERED', 'REJECTED'], OFFERED: ['HIRED', 'REJECTED'] } as Record<string, string[]>)[v.input.to] ?? [],
          history: [submitted, { __typename: 'ApplicationStatusChange', id: 'h9', fromStatus: 'SUBMITTED', toStatus: v.input.to,
            reason: v.input.reason ?? null, createdAt: '2024-03-05T02:00:00.000Z' }],
        } } }),
    },
  ];
}

function render(fail = false) {
  const sent: MoveApplicationInput[] = [];
  renderWithApp(<ApplicantsPage />, { path: '/employer/postings/p1/applicants', route: '/employer/postings/:id/applicants', mocks: mocks(sent, fail) });
  return sent;
}

const card = (name: string) => screen.getByRole('article', { name });
const fact = (name: string, term: string) => within(card(name)).getByText(term, { selector: 'dt' }).nextElementSibling;
const actions = (name: string) => within(card(name)).getByRole('group', { name: `处理${name}的申请` });
const action = (name: string, verb: string) => within(actions(name)).getByRole('button', { name: new RegExp(`^${verb}\\s*：\\s*${name}$`) });
const buttonNames = (name: string) => within(actions(name)).getAllByRole('button').map((b) => b.textContent);

describe('applicants of a posting', () => {
  it('shows each applicant with what they shared, and only the next stages their application can go to', async () => {
    render();
    expect(await screen.findByRole('heading', { level: 1, name: '申请人：电商客服' })).toBeInTheDocument();
    expect(fact('李娜', '残疾类别')).toHaveTextContent('听力残疾 三级');
    expect(fact('李娜', '必须有的支持')).toHaveTextContent('文字沟通');
    expect(fact('李娜', '面试时需要的帮助')).toHaveTextContent('手语翻译');
    expect(fact('王强', '残疾类别')).toHaveTextContent('申请人没有同意分享');
    expect(buttonNames('李娜')).toEqual(['开始审核：李娜', '不录用：李娜']);
    // 邀请面试 opens the interview form (time, place, contact): never a bare status
    expect(within(actions('李娜')).getByRole('link', { name: /^邀请面试\s*：\s*李娜$/ })).toHaveAttribute('href', '/employer/applications/a1/interview');
    expect(buttonNames('王强')).toEqual(['确认录用：王强', '不录用：王强']);
  });

  it('moving an applicant on sends that transition, shows and announces the new status, and focuses the applicant', async () => {
    const sent = render();
    await screen.findByRole('heading', { level: 1, name: '申请人：电商客服' });
    await userEvent.click(action('李娜', '开始审核'));

    await waitFor(() => expect(within(card('李娜')).getByText('审核中', { selector: '.badge' })).toBeInTheDocument());
    expect(sent).toEqual([{ applicationId: 'a1', to: 'REVIEWING' }]);
    expect(within(card('李娜')).getAllByRole('listitem').map((li) => li.textContent).at(-1)).toMatch(/：审核中$/);
    expect(buttonNames('李娜')).toEqual(['发放录用通知：李娜', '不录用：李娜']);
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('李娜的申请已改为：审核中'));
    await waitFor(() => expect(within(card('李娜')).getByRole('heading', { level: 2, name: '李娜' })).toHaveFocus());
  });

  it('rejecting asks for a reason: without one the dialog shows the error and nothing is sent', async () => {
    const sent = render();
    await screen.findByRole('heading', { level: 1, name: '申请人：电商客服' });
    await userEvent.click(action('王强', '不录用'));
    const dialog = screen.getByRole('dialog', { name: '不录用王强' });
    const reason = within(dialog).getByRole('textbox', { name: /^不录用的原因/ });
    expect(reason).toHaveFocus();

    await userEvent.type(reason, '   ');
    await userEvent.click(within(dialog).getByRole('button', { name: '确定不录用' }));
    const summary = within(dialog).getByRole('group', { name: '请先修改以下问题' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: '请填写不录用的原因' })).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(/错误：\s?请填写不录用的原因/);
    expect(sent).toHaveLength(0);
    expect(within(card('王强')).getByText('已发录用通知', { selector: '.badge' })).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(action('王强', '不录用')).toHaveFocus();
    expect(sent).toHaveLength(0);
  });

  it('with a reason, rejecting sends it, and the applicant shows as not hired with the reason', async () => {
    const sent = render();
    await screen.findByRole('heading', { level: 1, name: '申请人：电商客服' });
    await userEvent.click(action('王强', '不录用'));
    const dialog = screen.getByRole('dialog', { name: '不录用王强' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^不录用的原因/ }), ' 这个岗位需要经常打电话。 ');
    await userEvent.click(within(dialog).getByRole('button', { name: '确定不录用' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent).toEqual([{ applicationId: 'a2', to: 'REJECTED', reason: '这个岗位需要经常打电话。' }]);
    await waitFor(() => expect(fact('王强', '原因')).toHaveTextContent('这个岗位需要经常打电话。'));
    expect(within(card('王强')).getByText('未录用', { selector: '.badge' })).toBeInTheDocument();
    expect(within(card('王强')).queryByRole('group')).not.toBeInTheDocument();
    expect(within(card('王强')).getByRole('heading', { level: 2, name: '王强' })).toHaveFocus();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('王强的申请已改为：未录用'));
  });

  it('says why a move failed and leaves the application as it was', async () => {
    const sent = render(true);
    await screen.findByRole('heading', { level: 1, name: '申请人：电商客服' });
    await userEvent.click(action('李娜', '开始审核'));
    expect(await screen.findByRole('alert')).toHaveTextContent('这个申请已经被撤回了。');
    expect(sent).toEqual([{ applicationId: 'a1', to: 'REVIEWING' }]);
    expect(buttonNames('李娜')).toEqual(['开始审核：李娜', '不录用：李娜']);
  });
});
