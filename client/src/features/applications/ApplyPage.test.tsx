import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ApplyContextDocument, ApplyToPostingDocument, MeDocument, type ApplyToPostingMutationVariables } from '../../gql/graphql';
import { RequireRole } from '../../components/session';
import { keepDraft } from '../../lib/drafts';
import { renderWithApp } from '../../test/render';
import { ApplyPage } from './ApplyPage';

jest.setTimeout(20_000);

const context = {
  request: { query: ApplyContextDocument, variables: { id: 'p1' } },
  result: { data: {
    posting: {
      __typename: 'Posting', id: 'p1', title: '盲人保健按摩师', status: 'PUBLISHED', openingsLeft: 2,
      organization: { __typename: 'Organization', id: 'o1', name: '罗山县光明盲人按摩中心' }, myApplication: null,
    },
    myProfile: { __typename: 'SeekerProfile', id: 's1', name: '张明' },
  } },
};

/** The apply mutation, answering `result` and keeping the variables it was sent. */
function applyMock(result: Record<string, unknown>) {
  const sent: ApplyToPostingMutationVariables[] = [];
  const mock = {
    request: { query: ApplyToPostingDocument, variables: (v: Record<string, unknown>) => { sent.push(v as ApplyToPostingMutationVariables); return true; } },
    result,
  };
  return { mock, sent };
}

const applied = { data: { applyToPosting: {
  __typename: 'Application', id: 'a1', status: 'SUBMITTED',
  posting: { __typename: 'Posting', id: 'p1', myApplication: { __typename: 'Application', id: 'a1', status: 'SUBMITTED' } },
} } };

const me = (id = 'u1') => ({ request: { query: MeDocument }, maxUsageCount: Infinity, result: { data: { me: {
  __typename: 'User', id, displayName: '张明', role: 'SEEKER', locale: 'zh-CN', phone: '13812345678', email: null, scopeCountyCode: null,
  mustChangePassword: false,
} } } });

// as in the app: the page sits behind the seeker gate, so the person is known when it opens
const render = (mocks: object[], user = 'u1') => renderWithApp(<RequireRole role="SEEKER"><ApplyPage /></RequireRole>,
  { path: '/jobs/p1/apply', route: '/jobs/:id/apply', mocks: [me(user), ...mocks] as never });
const summary = () => screen.getByRole('group', { name: '请先修改以下问题' });
const noteField = () => screen.getByRole('textbox', { name: '想对单位说的话（可以不写）' });
const accNoteField = () => screen.getByRole('textbox', { name: '还需要说明的（可以不写）' });

afterEach(() => window.sessionStorage.clear());

describe('apply to a position', () => {
  it('a note that is too long is listed in the focused summary and on the field, and nothing is sent', async () => {
    const { mock, sent } = applyMock(applied);
    render([context, mock]);
    expect(await screen.findByRole('heading', { level: 1, name: '申请：盲人保健按摩师' })).toBeInTheDocument();
    await userEvent.click(noteField());
    await userEvent.paste('好'.repeat(2001));
    await userEvent.click(accNoteField());
    await userEvent.paste('说'.repeat(1001));
    await userEvent.click(screen.getByRole('button', { name: '提交申请' }));

    await waitFor(() => expect(summary()).toHaveFocus());
    expect(document.title).toBe('错误：申请：盲人保健按摩师 - 助业通');
    const links = within(summary()).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['最多可以写2000个字', '最多可以写1000个字']);
    expect(noteField()).toHaveAttribute('aria-invalid', 'true');
    expect(noteField()).toHaveAccessibleDescription(/错误：\s?最多可以写2000个字$/);
    expect(accNoteField()).toHaveAccessibleDescription(/错误：\s?最多可以写1000个字$/);
    await userEvent.click(links[1]);
    expect(accNoteField()).toHaveFocus();
    expect(sent).toHaveLength(0);
  });

  it('sends the interview help the person asked for, with the note, and goes to the applications', async () => {
    const { mock, sent } = applyMock(applied);
    render([context, mock]);
    const help = await screen.findByRole('group', { name: '面试时需要的帮助' });
    await userEvent.click(within(help).getByRole('checkbox', { name: '安静的房间' }));
    await userEvent.click(within(help).getByRole('checkbox', { name: '手语翻译' }));
    await userEvent.click(within(help).getByRole('checkbox', { name: '字幕' }));
    await userEvent.click(within(help).getByRole('checkbox', { name: '字幕' }));
    await userEvent.type(noteField(), '  下个月就可以上班。 ');
    await userEvent.type(accNoteField(), '需要在一楼面试');
    await userEvent.click(screen.getByRole('button', { name: '提交申请' }));

    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0].input).toEqual({
      postingId: 'p1',
      note: '下个月就可以上班。',
      accommodations: ['SIGN_LANGUAGE_INTERPRETER', 'QUIET_ROOM'],
      accommodationNote: '需要在一楼面试',
      idempotencyKey: expect.any(String),
    });
  });

  it('puts a BAD_USER_INPUT problem with a field path on that field, and the summary takes focus', async () => {
    const { mock } = applyMock({ errors: [{
      message: '输入有误',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.accommodationNote', message: '说明里不能只有标点符号' }] },
    }] });
    render([context, mock]);
    await userEvent.type(await screen.findByRole('textbox', { name: '还需要说明的（可以不写）' }), '。。。');
    await userEvent.click(screen.getByRole('button', { name: '提交申请' }));

    await waitFor(() => expect(summary()).toHaveFocus());
    expect(within(summary()).queryByText('输入有误')).not.toBeInTheDocument();
    await userEvent.click(within(summary()).getByRole('link', { name: '说明里不能只有标点符号' }));
    expect(accNoteField()).toHaveFocus();
    expect(accNoteField()).toHaveAttribute('aria-invalid', 'true');
    expect(accNoteField()).toHaveAccessibleDescription(/错误：\s?说明里不能只有标点符号$/);
    expect(noteField()).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('elsewhere')).not.toBeInTheDocument();
  });

  it('a lapsed sign-in keeps what was typed, links to signing in and back, and gives it back to the same person', async () => {
    const lapsed = applyMock({ errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] });
    const first = render([context, lapsed.mock]);
    const help = await screen.findByRole('group', { name: '面试时需要的帮助' });
    await userEvent.click(within(help).getByRole('checkbox', { name: '手语翻译' }));
    await userEvent.type(noteField(), '我做过三年按摩。');
    await userEvent.click(screen.getByRole('button', { name: '提交申请' }));

    await waitFor(() => expect(summary()).toHaveFocus());
    expect(within(summary()).getByText(/您的登录已经结束/)).toBeInTheDocument();
    expect(within(summary()).getByRole('link', { name: '重新登录，回到这一页继续' }))
      .toHaveAttribute('href', '/sign-in?next=%2Fjobs%2Fp1%2Fapply');
    first.unmount();

    expect(window.sessionStorage.length).toBe(1);

    // the same person, signed in again: the note and the help are back, and sending clears the draft
    const { mock, sent } = applyMock(applied);
    render([context, mock]);
    expect(await screen.findByText('已恢复您登录前填写的内容，请检查后再提交。')).toBeInTheDocument();
    expect(noteField()).toHaveValue('我做过三年按摩。');
    expect(within(screen.getByRole('group', { name: '面试时需要的帮助' })).getByRole('checkbox', { name: '手语翻译' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: '提交申请' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(sent[0].input).toMatchObject({ note: '我做过三年按摩。', accommodations: ['SIGN_LANGUAGE_INTERPRETER'] });
    expect(window.sessionStorage.length).toBe(0);
  });

  it('another person signing in on this tab does not see what the last one typed, and it is dropped', async () => {
    keepDraft('/jobs/p1/apply', 'u1', { note: '我做过三年按摩。', accommodations: [], accommodationNote: '' });
    render([context], 'u2');
    expect(await screen.findByRole('heading', { level: 1, name: '申请：盲人保健按摩师' })).toBeInTheDocument();
    expect(noteField()).toHaveValue('');
    expect(screen.queryByText(/已恢复/)).not.toBeInTheDocument();
    expect(window.sessionStorage.length).toBe(0);
  });

  it('a job already applied to shows the status in words and no form', async () => {
    const appliedContext = { ...context, result: { data: { ...context.result.data, posting: { ...context.result.data.posting,
      myApplication: { __typename: 'Application', id: 'a1', status: 'REVIEWING' } } } } };
    render([appliedContext]);
    expect(await screen.findByText('您已经申请了这个职位。现在的状态：审核中。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交申请' })).not.toBeInTheDocument();
  });

  it('applying again from a second tab says it was applied already, with its status, instead of an empty error list', async () => {
    const conflict = applyMock({ errors: [new GraphQLError('您已申请过该职位', { extensions: { code: 'CONFLICT' } })] });
    const nowApplied = { ...context, result: { data: { ...context.result.data, posting: { ...context.result.data.posting,
      myApplication: { __typename: 'Application', id: 'a1', status: 'SUBMITTED' } } } } };
    render([context, conflict.mock, nowApplied]);
    await userEvent.click(await screen.findByRole('button', { name: '提交申请' }));
    expect(await screen.findByText(/您已经申请过这个职位（可能是在另一个窗口）/)).toBeInTheDocument();
    expect(screen.getByText(/现在的状态：已提交/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: '请先修改以下问题' })).not.toBeInTheDocument();
  });
});
