import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { countiesMock, staffMe } from '../../../test/staff-mocks';
import { PlanEditorPage, SAVE_PLAN } from './PlanEditorPage';

const counties = countiesMock(['411528']);

jest.setTimeout(20_000);

describe('plan editor', () => {
  it('names every missing field in the summary, which takes focus, and links to the field', async () => {
    renderWithApp(<PlanEditorPage />, { path: '/staff/plans/new', route: '/staff/plans/new', mocks: [staffMe(null), counties] });
    expect(await screen.findByRole('heading', { level: 1, name: '录入行动方案' }, { timeout: 5000 })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存方案' }));
    const summary = screen.getByRole('group', { name: '请先修改以下问题' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual([
      '请填写方案名称', '请填写方案开始日期', '请填写方案结束日期', '目标数值请填大于 0 的整数', '请填写出处']);
    await userEvent.click(within(summary).getByRole('link', { name: '请填写方案名称' }));
    expect(screen.getByRole('textbox', { name: /方案名称/ })).toHaveFocus();
  });

  it('puts the server\'s overlap problem on the first day of the plan', async () => {
    const overlap = { request: { query: SAVE_PLAN, variables: () => true }, result: { errors: [{ message: '输入有误', extensions: { code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.periodStart', message: '方案期与《信阳市促进残疾人就业三年行动实施方案（2022-2024年）》（2022-01-01至2024-12-31）重叠：同一天只能有一个方案在实施' }] } }] } };
    renderWithApp(<PlanEditorPage />, { path: '/staff/plans/new', route: '/staff/plans/new', mocks: [staffMe(null), counties, overlap] });
    await userEvent.type(await screen.findByRole('textbox', { name: /方案名称/ }, { timeout: 5000 }), '新方案');
    await userEvent.type(screen.getByRole('textbox', { name: /方案开始日期/ }), '2024-07-01');
    await userEvent.type(screen.getByRole('textbox', { name: /方案结束日期/ }), '2025-06-30');
    await userEvent.type(screen.getByRole('textbox', { name: /目标数值/ }), '100');
    await userEvent.type(screen.getByRole('textbox', { name: /^出处/ }), '一、任务目标');
    await userEvent.click(screen.getByRole('button', { name: '保存方案' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: /方案开始日期/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('tells county staff that only the city enters plans', async () => {
    renderWithApp(<PlanEditorPage />, { path: '/staff/plans/new', route: '/staff/plans/new', mocks: [staffMe('411528'), counties] });
    expect(await screen.findByText('只有市级工作人员和管理员可以录入或修改方案。', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存方案' })).not.toBeInTheDocument();
  });
});
