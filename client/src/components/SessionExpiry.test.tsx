import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeDocument, SessionStatusDocument } from '../gql/graphql';
import { readDraft, registerOpenDraft, keepDraft } from '../lib/drafts';
import { noteServerContact } from '../lib/server-contact';
import { renderWithApp } from '../test/render';
import { SessionExpiry } from './SessionExpiry';

const MIN = 60_000;
const me = { request: { query: MeDocument }, maxUsageCount: Infinity, delay: 0, result: { data: { me: {
  __typename: 'User', id: 'u1', displayName: '张明', role: 'SEEKER', locale: 'zh-CN', phone: '13812345678', email: null,
  scopeCountyCode: null, mustChangePassword: false,
} } } };
const alive = () => ({ request: { query: SessionStatusDocument }, delay: 0, result: { data: { sessionStatus: {
  __typename: 'SessionStatus', idleTimeoutSeconds: 7200, expiresAt: new Date(Date.now() + 24 * 60 * MIN).toISOString(),
} } } });
const gone = { request: { query: SessionStatusDocument }, delay: 0, result: { data: { sessionStatus: null } } };

const wait = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms));

function setup(mocks: object[], props: { warnBeforeMs?: number } = {}) {
  const onSignOut = jest.fn();
  const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
  renderWithApp(<><button type="button">写申请</button><SessionExpiry onSignOut={onSignOut} {...props} /></>,
    { path: '/jobs/p1/apply?from=search', mocks: [me, ...mocks] as never });
  return { onSignOut, user };
}

beforeEach(() => {
  jest.useFakeTimers();
  noteServerContact();
});
afterEach(() => {
  jest.useRealTimers();
  window.sessionStorage.clear();
});

describe('warning before the idle timeout (WCAG 2.2.1)', () => {
  it('opens 5 minutes before 120 idle minutes, takes focus, says when; 继续使用 refreshes, closes and starts over', async () => {
    const { user } = setup([alive(), alive(), alive()]);
    await wait(0);
    screen.getByRole('button', { name: '写申请' }).focus();
    await wait(114 * MIN);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await wait(1 * MIN + 1000);
    const dialog = screen.getByRole('dialog', { name: '即将退出登录' });
    expect(dialog).toHaveAccessibleDescription(/约 5 分钟后/);
    expect(screen.getByRole('button', { name: '继续使用' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: '继续使用' }));
    await wait(0);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '写申请' })).toHaveFocus();
    // the window starts again from the refresh
    await wait(114 * MIN);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await wait(1 * MIN + 1000);
    expect(screen.getByRole('dialog', { name: '即将退出登录' })).toBeInTheDocument();
  });

  it('activity in the meantime (any request) puts the warning off', async () => {
    setup([alive()]);
    await wait(100 * MIN);
    act(() => noteServerContact());
    await wait(20 * MIN);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await wait(95 * MIN + 1000);
    expect(screen.getByRole('dialog', { name: '即将退出登录' })).toBeInTheDocument();
  });

  it('Escape also keeps the person signed in; 退出登录 signs out', async () => {
    const { user, onSignOut } = setup([alive(), alive()], { warnBeforeMs: 30_000 });
    await wait(120 * MIN - 29_000);
    expect(screen.getByRole('dialog', { name: '即将退出登录' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await wait(0);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await wait(120 * MIN - 29_000);
    await user.click(screen.getByRole('button', { name: '退出登录' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('at the end says the sign-in ended, keeps open forms, and links to sign in and come back', async () => {
    const stop = registerOpenDraft(() => keepDraft('/jobs/p1/apply', 'u1', { note: '还没写完' }));
    const { user } = setup([alive(), gone]);
    await wait(116 * MIN);
    expect(screen.getByRole('dialog', { name: '即将退出登录' })).toBeInTheDocument();
    await wait(4 * MIN + 1000);
    const ended = screen.getByRole('dialog', { name: '登录已经结束' });
    expect(ended).toHaveAccessibleDescription(/因为长时间没有操作/);
    const link = screen.getByRole('link', { name: '重新登录，回到这一页继续' });
    expect(link).toHaveFocus();
    expect(link).toHaveAttribute('href', `/sign-in?next=${encodeURIComponent('/jobs/p1/apply?from=search')}`);
    expect(readDraft('/jobs/p1/apply', 'u1')).toEqual({ note: '还没写完' });
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // closed stays closed
    await wait(30 * MIN);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    stop();
  });
});
