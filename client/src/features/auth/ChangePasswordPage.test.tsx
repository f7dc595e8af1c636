import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { ME } from '../../components/session';
import { renderWithApp } from '../../test/render';
import { CHANGE_PASSWORD, ChangePasswordPage } from './ChangePasswordPage';
import { PasswordChangeGate } from './PasswordChangeGate';

jest.setTimeout(20_000);
const slow = { timeout: 5000 };

const me = (over: Record<string, unknown> = {}) => ({
  request: { query: ME }, maxUsageCount: Infinity,
  result: { data: { me: { __typename: 'User', id: 'u1', displayName: '新来的工作人员', role: 'STAFF', locale: 'zh-CN', phone: '13912345678',
    email: null, scopeCountyCode: '411521', mustChangePassword: true, ...over } } },
});

function Where() {
  const l = useLocation();
  return <p data-testid="where">{l.pathname + l.search}</p>;
}

const page = (mocks: unknown[], path = '/change-password') =>
  renderWithApp(<><ChangePasswordPage /><Where /></>, { path, mocks: mocks as never });

const fill = async (current: string, next: string, again: string) => {
  if (current) await userEvent.type(screen.getByLabelText(/^当前密码/), current);
  if (next) await userEvent.type(screen.getByLabelText(/^新密码/), next);
  if (again) await userEvent.type(screen.getByLabelText(/^再次输入新密码/), again);
  await userEvent.click(screen.getByRole('button', { name: '保存新密码' }));
};

describe('changing one\'s password', () => {
  it('after a one-time password says why, states the policy, and an empty submit lists every field in the summary', async () => {
    page([me()]);
    expect(await screen.findByText(/您是用管理员给的一次性密码登录的/, {}, slow)).toBeInTheDocument();
    expect(screen.getByText(/至少10位/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存新密码' }));
    expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus();
    expect(document.title).toBe('错误：修改密码 - 助业通');
    expect(screen.getByRole('link', { name: '请填写当前密码' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '密码长度应为10到128位' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '请再次输入新密码' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: '请填写当前密码' }));
    expect(screen.getByLabelText(/^当前密码/)).toHaveFocus();
    expect(screen.getByLabelText(/^当前密码/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses a mismatch, a password holding the mobile number and the same password, before sending anything', async () => {
    page([me()]);
    await screen.findByText(/您是用管理员给的/, {}, slow);
    await fill('abcd-efgh-jkmn', '山茶花-开在三月-17', '山茶花-开在三月-18');
    expect(screen.getByRole('link', { name: '两次输入的新密码不一致' })).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText(/^新密码/));
    await userEvent.clear(screen.getByLabelText(/^再次输入新密码/));
    await fill('', 'zm13912345678', 'zm13912345678');
    expect(screen.getByRole('link', { name: '密码不能是手机号，也不能包含手机号' })).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText(/^新密码/));
    await userEvent.clear(screen.getByLabelText(/^再次输入新密码/));
    await fill('', 'abcd-efgh-jkmn', 'abcd-efgh-jkmn');
    expect(screen.getByRole('link', { name: '新密码不能与当前密码相同' })).toBeInTheDocument();
  });

  it('puts the server\'s answer on the field it names (a wrong current password)', async () => {
    const input = { currentPassword: 'wrong-password-1', newPassword: '山茶花-开在三月-17', confirmPassword: '山茶花-开在三月-17' };
    page([me(), { request: { query: CHANGE_PASSWORD, variables: { input } },
      result: { errors: [{ message: '当前密码不正确', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.currentPassword', message: '当前密码不正确' }] } }] } }]);
    await screen.findByText(/您是用管理员给的/, {}, slow);
    await fill(input.currentPassword, input.newPassword, input.confirmPassword);
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(screen.getByRole('link', { name: '当前密码不正确' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^当前密码/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('once saved, staff land on their workbench', async () => {
    const sent: unknown[] = [];
    page([me(), { request: { query: CHANGE_PASSWORD, variables: (v: Record<string, unknown>) => { sent.push(v); return true; } },
      result: { data: { changePassword: { __typename: 'User', id: 'u1', mustChangePassword: false } } } }]);
    await screen.findByText(/您是用管理员给的/, {}, slow);
    await fill('abcd-efgh-jkmn', '山茶花-开在三月-17', '山茶花-开在三月-17');
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent(/^\/staff$/));
    expect(sent).toEqual([{ input: { currentPassword: 'abcd-efgh-jkmn', newPassword: '山茶花-开在三月-17', confirmPassword: '山茶花-开在三月-17' } }]);
  });

  it('in English', async () => {
    renderWithApp(<ChangePasswordPage />, { path: '/change-password', mocks: [me()], locale: 'en' });
    await screen.findByText(/one-time password from an administrator/, {}, slow);
    await userEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(document.title).toBe('Error: Change your password - Zhuyetong');
    expect(screen.getByRole('link', { name: 'Enter your current password' })).toBeInTheDocument();
  });
});

describe('the gate', () => {
  it('sends a person who must change their password to that screen, remembering where they were going', async () => {
    renderWithApp(<><PasswordChangeGate><p>工作台</p></PasswordChangeGate><Where /></>, { path: '/staff/placements?page=2', mocks: [me()] });
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/change-password?next=%2Fstaff%2Fplacements%3Fpage%3D2'), slow);
  });

  it('lets everyone else through', async () => {
    renderWithApp(<><PasswordChangeGate><p>工作台</p></PasswordChangeGate><Where /></>, { path: '/staff', mocks: [me({ mustChangePassword: false })] });
    await waitFor(() => expect(screen.getByText('工作台')).toBeInTheDocument(), slow);
    expect(screen.getByTestId('where')).toHaveTextContent(/^\/staff$/);
  });
});
