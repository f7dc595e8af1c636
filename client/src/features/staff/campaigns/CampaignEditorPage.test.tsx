import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { countiesMock, staffMe } from '../../../test/staff-mocks';
import { CampaignEditorPage, CREATE_CAMPAIGN } from './CampaignEditorPage';

const counties = countiesMock(['411521', '411528']);

jest.setTimeout(20_000);

describe('campaign editor', () => {
  it('names every missing field in the summary, which takes focus, and links to the field', async () => {
    renderWithApp(<CampaignEditorPage />, { path: '/staff/campaigns/new', route: '/staff/campaigns/new', mocks: [staffMe(null), counties] });
    expect(await screen.findByRole('heading', { level: 1, name: '新建专项行动' }, { timeout: 5000 })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存专项行动' }));
    const summary = screen.getByRole('group', { name: '请先修改以下问题' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual([
      '请填写中文名称', '请填写英文名称', '请填写开始日期', '请填写结束日期', '请至少填写一项目标：安置人数或参与单位数', '请填写方案条目']);
    await userEvent.click(within(summary).getByRole('link', { name: '请填写英文名称' }));
    expect(screen.getByRole('textbox', { name: /英文名称/ })).toHaveFocus();
  });

  it('puts the server\'s problem on its field', async () => {
    const bad = { request: { query: CREATE_CAMPAIGN, variables: () => true }, result: { errors: [{ message: '输入有误', extensions: { code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.campaignEnd', message: '结束日期不能早于开始日期' }] } }] } };
    renderWithApp(<CampaignEditorPage />, { path: '/staff/campaigns/new', route: '/staff/campaigns/new', mocks: [staffMe(null), counties, bad] });
    await userEvent.type(await screen.findByRole('textbox', { name: /中文名称/ }, { timeout: 5000 }), '千企万人');
    await userEvent.type(screen.getByRole('textbox', { name: /英文名称/ }), 'Thousand Enterprises');
    await userEvent.type(screen.getByRole('textbox', { name: /开始日期/ }), '2026-07-01');
    await userEvent.type(screen.getByRole('textbox', { name: /结束日期/ }), '2026-06-30');
    await userEvent.type(screen.getByRole('textbox', { name: /目标安置人数/ }), '100');
    await userEvent.type(screen.getByRole('textbox', { name: /方案条目/ }), '二、主要措施（四）');
    await userEvent.click(screen.getByRole('button', { name: '保存专项行动' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: /结束日期/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers a county\'s staff only their own county, chosen already', async () => {
    renderWithApp(<CampaignEditorPage />, { path: '/staff/campaigns/new', route: '/staff/campaigns/new', mocks: [staffMe('411528'), counties] });
    const group = await screen.findByRole('group', { name: /覆盖县区/ }, { timeout: 5000 });
    const boxes = await within(group).findAllByRole('checkbox', {}, { timeout: 5000 });
    expect(boxes).toHaveLength(1);
    expect(within(group).getByRole('checkbox', { name: /息县/ })).toBeChecked();
  });
});
