import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { ChoiceGroup, PasswordField, TextField } from './fields';

describe('form fields', () => {
  it('a text field has a visible label, and its hint and error describe it', () => {
    render(
      <I18nProvider initial="zh-CN">
        <TextField id="name" label="姓名" hint="写身份证上的名字" error="请填写姓名" required value="" onChange={() => {}} />
      </I18nProvider>,
    );
    const input = screen.getByRole('textbox', { name: /^姓名\s*（必填）$/ });
    expect(input).toHaveAttribute('id', 'name');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/^写身份证上的名字 错误：\s?请填写姓名$/);
    // the label is a real <label> on screen, not a placeholder
    expect(screen.getByText(/^姓名/, { selector: 'label' })).toBeVisible();
  });

  it('without an error the field is not marked invalid', () => {
    render(<I18nProvider initial="zh-CN"><TextField id="x" label="地址" value="" onChange={() => {}} /></I18nProvider>);
    expect(screen.getByRole('textbox', { name: '地址' })).not.toHaveAttribute('aria-invalid');
  });

  it('radio buttons are a named group; arrow keys and clicks choose one', async () => {
    function Harness() {
      const [v, setV] = useState<string>('');
      return (
        <ChoiceGroup id="g" name="g" type="radio" legend="性别" value={v} onChange={(x) => setV(x as string)}
          choices={[{ value: 'F', label: '女' }, { value: 'M', label: '男' }]} error={v ? undefined : '请选择性别'} />
      );
    }
    render(<I18nProvider initial="zh-CN"><Harness /></I18nProvider>);
    const group = screen.getByRole('radiogroup', { name: '性别' });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByRole('radio', { name: '男' }));
    expect(screen.getByRole('radio', { name: '男' })).toBeChecked();
    expect(group).not.toHaveAttribute('aria-invalid');
  });

  it('checkboxes keep the order they are listed in and have their hint as description', async () => {
    let last: string[] = [];
    function Harness() {
      const [v, setV] = useState<string[]>([]);
      return (
        <ChoiceGroup id="c" name="c" type="checkbox" legend="支持" value={v}
          onChange={(x) => { last = x as string[]; setV(x as string[]); }}
          choices={[{ value: 'A', label: '读屏软件', hint: '电脑能读出文字' }, { value: 'B', label: '手语' }]} />
      );
    }
    render(<I18nProvider initial="zh-CN"><Harness /></I18nProvider>);
    expect(screen.getByRole('group', { name: '支持' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: '手语' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '读屏软件' }));
    expect(last).toEqual(['A', 'B']);
    expect(screen.getByRole('checkbox', { name: '读屏软件' })).toHaveAccessibleDescription('电脑能读出文字');
  });

  it('a password can be shown as text with a toggle button', async () => {
    function Harness() {
      const [v, setV] = useState('secret12');
      return <PasswordField id="pw" label="密码" value={v} onChange={setV} autoComplete="current-password" />;
    }
    render(<I18nProvider initial="zh-CN"><Harness /></I18nProvider>);
    const input = screen.getByLabelText('密码');
    expect(input).toHaveAttribute('type', 'password');
    const toggle = screen.getByRole('button', { name: '显示密码' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(input).toHaveAttribute('type', 'text');
  });
});
