import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApplicationMessagesDocument, MarkMessagesReadDocument, SendMessageDocument } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { MessageThread } from './MessageThread';

jest.setTimeout(20_000);

const msg = (id: string, body: string, mine: boolean, senderRole = mine ? 'SEEKER' : 'EMPLOYER') => ({
  __typename: 'MessageModel', id, body, senderRole, senderName: mine ? '李娜' : '王经理', mine, reportedByMe: false, createdAt: '2030-05-01T02:00:00.000Z',
});
const thread = (messages: ReturnType<typeof msg>[], unread = 0) => ({
  __typename: 'MessageThreadModel', applicationId: 'a1', unread, closedAt: null, closeReason: null, canWrite: true, canClose: false,
  canInviteStaff: false, maxLength: 1000, invitedStaff: [], messages,
});

const HTML = '<b>您好</b><img src=x onerror=alert(1)>';

describe('the message thread', () => {
  it('shows messages as plain text, marks them read, and sends a message keeping focus in the box', async () => {
    const sent: string[] = [];
    const marked: string[] = [];
    const first = [msg('1', HTML, false)];
    renderWithApp(<MessageThread applicationId="a1" />, { mocks: [
      { request: { query: ApplicationMessagesDocument, variables: { applicationId: 'a1' } }, result: { data: { applicationMessages: thread(first, 1) } } },
      { request: { query: MarkMessagesReadDocument, variables: (v: Record<string, unknown>) => { marked.push(v.applicationId as string); return true; } },
        maxUsageCount: Infinity, result: { data: { markMessagesRead: { __typename: 'MessageThreadModel', applicationId: 'a1', unread: 0 } } } },
      { request: { query: SendMessageDocument, variables: (v: Record<string, any>) => { sent.push(v.input.body); return true; } },
        result: { data: { sendMessage: thread([...first, msg('2', '我需要手语翻译。', true)]) } } },
    ] });
    const list = await screen.findByRole('list', { name: '消息' });
    // the markup stays text: no bold element, no image
    expect(within(list).getByText(HTML)).toBeInTheDocument();
    expect(list.querySelector('b, img')).toBeNull();
    expect(within(list).getByText('用人单位（王经理）')).toBeInTheDocument();
    await waitFor(() => expect(marked).toEqual(['a1']));
    const user = userEvent.setup();
    const box = screen.getByLabelText(/^写消息/);
    await user.type(box, '我需要手语翻译。');
    await user.click(screen.getByRole('button', { name: '发送消息' }));
    await waitFor(() => expect(sent).toEqual(['我需要手语翻译。']));
    expect(await within(list).findByText('我需要手语翻译。')).toBeInTheDocument();
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('消息已发送'));
  });

  it('refuses an empty message at the box, sending nothing', async () => {
    renderWithApp(<MessageThread applicationId="a1" />, { mocks: [
      { request: { query: ApplicationMessagesDocument, variables: { applicationId: 'a1' } }, result: { data: { applicationMessages: thread([]) } } },
    ] });
    expect(await screen.findByText('还没有消息。')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '发送消息' }));
    const box = screen.getByLabelText(/^写消息/);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveFocus();
    expect(screen.getByText('请先写消息')).toBeInTheDocument();
  });
});
