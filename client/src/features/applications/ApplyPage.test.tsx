import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApplyContextDocument, ApplyToPostingDocument, type ApplyToPostingMutationVariables } from '../../gql/graphql';
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

const render = (mocks: object[]) => renderWithApp(<ApplyPage />, { path: '/jobs/p1/apply', route: '/jobs/:id/apply', mocks: mocks as never });
const summary = () => screen.getByRole('group', { name: '请先修改以下问题' });
const noteField = () => screen.getByRole('textbox', { name: '想对单位说的话（可以不写）' });
const accNoteField = () => screen.getByRole('textbox', { name: '还需要说明的（可以不写）' });

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
});
