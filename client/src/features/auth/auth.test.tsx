import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import { SignInPage } from './SignInPage';
import { SIGN_UP, SignUpPage } from './SignUpPage';


describe('sign in', () => {
  it('an empty submit lists both problems, focuses the summary and marks the fields', async () => {
    renderWithApp(<SignInPage />, { path: '/sign-in' });
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus();
    expect(document.title).toBe('错误：登录 - 助业通');
    expect(screen.getByRole('textbox', { name: '手机号或邮箱' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('密码')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the page in English with English messages', async () => {
    renderWithApp(<SignInPage />, { path: '/sign-in', locale: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(document.title).toBe('Error: Sign in - Zhuyetong');
    expect(screen.getByRole('link', { name: 'Enter your mobile number or email' })).toBeInTheDocument();
  });
});

describe('sign up', () => {
  it('checks the mobile number in the browser before sending anything', async () => {
    renderWithApp(<SignUpPage />, { path: '/sign-up?role=SEEKER' });
    expect(screen.getByRole('radio', { name: '我要找工作（求职者）' })).toBeChecked();
    await userEvent.type(screen.getByRole('textbox', { name: /姓名或称呼/ }), '张明');
    await userEvent.type(screen.getByRole('textbox', { name: /手机号或邮箱/ }), '1381234');
    await userEvent.type(screen.getByLabelText(/密码/), 'long-enough-1');
    await userEvent.click(screen.getByRole('button', { name: '注册' }));
    expect(screen.getByRole('link', { name: /手机号应为11位数字/ })).toBeInTheDocument();
  });

  it('puts a server field error (input.phone) on the account field and in the summary', async () => {
    const input = { role: 'SEEKER', displayName: '张明', password: 'long-enough-1', locale: 'zh-CN', phone: '13812345678' };
    renderWithApp(<SignUpPage />, {
      path: '/sign-up?role=SEEKER',
      mocks: [{
        request: { query: SIGN_UP, variables: { input } },
        result: { errors: [{ message: '该手机号已注册', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.phone', message: '该手机号已注册' }] } }] },
      }],
    });
    await userEvent.type(screen.getByRole('textbox', { name: /姓名或称呼/ }), '张明');
    await userEvent.type(screen.getByRole('textbox', { name: /手机号或邮箱/ }), '13812345678');
    await userEvent.type(screen.getByLabelText(/密码/), 'long-enough-1');
    await userEvent.click(screen.getByRole('button', { name: '注册' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    await userEvent.click(screen.getByRole('link', { name: '该手机号已注册' }));
    const account = screen.getByRole('textbox', { name: /手机号或邮箱/ });
    expect(account).toHaveFocus();
    expect(account).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for at least 10 characters and refuses a password holding the mobile number, before sending anything', async () => {
    renderWithApp(<SignUpPage />, { path: '/sign-up?role=SEEKER' });
    expect(screen.getByText(/至少10位/)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /姓名或称呼/ }), '张明');
    await userEvent.type(screen.getByRole('textbox', { name: /手机号或邮箱/ }), '13812345678');
    await userEvent.type(screen.getByLabelText(/密码/), 'Abc-12345');
    await userEvent.click(screen.getByRole('button', { name: '注册' }));
    expect(screen.getByRole('link', { name: '密码长度应为10到128位' })).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText(/密码/));
    await userEvent.type(screen.getByLabelText(/密码/), 'zm13812345678');
    await userEvent.click(screen.getByRole('button', { name: '注册' }));
    expect(screen.getByRole('link', { name: '密码不能是手机号，也不能包含手机号' })).toBeInTheDocument();
  });
});
