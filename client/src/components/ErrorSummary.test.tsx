import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type FormEvent } from 'react';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';
import { ErrorSummary } from './ErrorSummary';
import { TextField } from './fields';
import { Page } from './Page';
import { useFormErrors } from './useFormErrors';

const ORDER = [['name', 'f-name'], ['phone', 'f-phone']] as const;

function Form() {
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const errors = useFormErrors<'name' | 'phone'>(ORDER);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p: Partial<Record<'name' | 'phone', string>> = {};
    if (!name) p.name = '请填写姓名';
    if (!/^\d{11}$/.test(phone)) p.phone = '手机号应为11位数字';
    if (Object.keys(p).length) errors.fail(p);
    else errors.clear();
  };
  return (
    <Page title="测试表单" hasErrors={errors.hasErrors}>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <TextField id="f-name" label="姓名" error={errors.fields.name} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <TextField id="f-phone" label="手机号" error={errors.fields.phone} value={phone} onChange={(e) => setPhone(e.currentTarget.value)} />
        <button type="submit">提交</button>
      </form>
    </Page>
  );
}

function renderForm() {
  return render(<I18nProvider initial="zh-CN"><MemoryRouter><Form /></MemoryRouter></I18nProvider>);
}

describe('error summary', () => {
  it('takes focus after a failed submit, lists problems in field order and the title says 错误', async () => {
    renderForm();
    expect(document.title).toBe('测试表单 - 助业通');
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    const summary = screen.getByRole('group', { name: '请先修改以下问题' });
    expect(summary).toHaveFocus();
    expect(document.title).toBe('错误：测试表单 - 助业通');
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['请填写姓名', '手机号应为11位数字']);
  });

  it('each link moves focus to its field, which is marked invalid', async () => {
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    await userEvent.click(screen.getByRole('link', { name: '手机号应为11位数字' }));
    const phone = screen.getByRole('textbox', { name: '手机号' });
    expect(phone).toHaveFocus();
    expect(phone).toHaveAttribute('aria-invalid', 'true');
  });

  it('takes focus again on every failed submit, and goes away when all is well', async () => {
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    await userEvent.type(screen.getByRole('textbox', { name: '姓名' }), '张明');
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus();
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(['手机号应为11位数字']);
    await userEvent.type(screen.getByRole('textbox', { name: '手机号' }), '13812345678');
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(screen.queryByRole('group', { name: '请先修改以下问题' })).not.toBeInTheDocument();
    expect(document.title).toBe('测试表单 - 助业通');
  });
});
