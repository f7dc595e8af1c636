import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ME } from '../../../components/session';
import { renderWithApp } from '../../../test/render';
import { POLICY_HISTORY, POLICY_SETTINGS, PolicySettingsPage, UPDATE_POLICY_SETTING } from './PolicySettingsPage';

jest.setTimeout(20_000);

const FLOOR_SOURCE = '《残疾人就业条例》（国务院令第488号）第八条';

function settings(floorChanged = false) {
  return [
    { __typename: 'PolicySetting', key: 'quota.nationalFloorPercent', label: '全国最低安排比例（%）', value: 1.5, source: FLOOR_SOURCE, confirmed: true,
      updatedBy: floorChanged ? 'u1' : null, updatedByName: floorChanged ? '王工作人员' : null, updatedAt: '2026-11-20T02:00:00.000Z', defaultValue: 1.5 },
    { __typename: 'PolicySetting', key: 'wage.localMinimumMonthly', label: '信阳市最低工资标准（元/月，按年度）', value: { 2024: 1800, 2025: 1900 },
      source: '河南省人社厅', confirmed: false, updatedBy: null, updatedByName: null, updatedAt: '2026-11-01T02:00:00.000Z', defaultValue: { 2024: 1800, 2025: 1900 } },
  ];
}

const change = {
  __typename: 'PolicySettingChange', id: '7', oldValue: 1.5, newValue: 1.5, oldSource: FLOOR_SOURCE, newSource: FLOOR_SOURCE,
  note: '年度核对，数值不变', changedBy: 'u1', changedByName: '王工作人员', changedAt: '2026-11-29T03:00:00.000Z',
};

const me = (scopeCountyCode: string | null) => ({
  request: { query: ME }, maxUsageCount: Infinity,
  result: { data: { me: { __typename: 'User', id: 'u1', displayName: '王工作人员', role: 'STAFF', locale: 'zh-CN', phone: null, email: null, scopeCountyCode } } },
});

const mocks = (scope: string | null) => [
  me(scope),
  { request: { query: POLICY_SETTINGS }, result: { data: { policySettings: settings() } } },
  { request: { query: POLICY_HISTORY, variables: { key: 'quota.nationalFloorPercent' } }, result: { data: { policySettingHistory: [] } } },
  {
    request: { query: UPDATE_POLICY_SETTING, variables: { key: 'quota.nationalFloorPercent', value: 1.5, source: FLOOR_SOURCE, note: '年度核对，数值不变' } },
    result: { data: { updatePolicySetting: { __typename: 'PolicySetting', key: 'quota.nationalFloorPercent', value: 1.5, source: FLOOR_SOURCE,
      confirmed: true, updatedBy: 'u1', updatedByName: '王工作人员', updatedAt: '2026-11-29T03:00:00.000Z' } } },
  },
  { request: { query: POLICY_SETTINGS }, result: { data: { policySettings: settings(true) } } },
  { request: { query: POLICY_HISTORY, variables: { key: 'quota.nationalFloorPercent' } }, result: { data: { policySettingHistory: [change] } } },
];

describe('policy settings', () => {
  it('lists every setting with its value in words, unit, source and who changed it', async () => {
    renderWithApp(<PolicySettingsPage />, { path: '/staff/policy', mocks: mocks(null) });
    const table = await screen.findByRole('table', { name: '政策参数（共 2 项）' });
    const wage = within(table).getByRole('row', { name: /信阳市最低工资标准/ });
    expect(wage).toHaveTextContent('2024年：1,800；2025年：1,900');
    expect(wage).toHaveTextContent('元/月');
    expect(wage).toHaveTextContent('待确认');
    expect(wage).toHaveTextContent('政策文件默认值，还没有人修改');
    expect(within(table).getByRole('link', { name: '全国最低安排比例（%）' })).toHaveAttribute('href', '/staff/policy?key=quota.nationalFloorPercent');
    expect(screen.queryByText(/只能由市级工作人员或管理员修改/)).not.toBeInTheDocument();
  });

  it('asks for a reason first; saved, the change shows in the history with who made it', async () => {
    renderWithApp(<PolicySettingsPage />, { path: '/staff/policy?key=quota.nationalFloorPercent', mocks: mocks(null) });
    await screen.findByRole('heading', { level: 1, name: '政策参数：全国最低安排比例（%）' });
    expect(await screen.findByText('还没有修改记录。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    await userEvent.click(screen.getByRole('link', { name: '请填写修改说明' }));
    const note = screen.getByRole('textbox', { name: /^修改说明/ });
    expect(note).toHaveFocus();
    expect(note).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(note, '年度核对，数值不变');
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    expect(await screen.findByText('已保存“全国最低安排比例（%）”的新值。')).toBeInTheDocument();
    const history = await screen.findByRole('table', { name: '“全国最低安排比例（%）”的修改记录（最新的在前）' });
    expect(within(history).getAllByRole('row')[1]).toHaveTextContent('王工作人员');
    expect(within(history).getAllByRole('row')[1]).toHaveTextContent('年度核对，数值不变');
    expect(note).toHaveValue('');
  });

  it('a value that is not a number is refused, naming the field', async () => {
    renderWithApp(<PolicySettingsPage />, { path: '/staff/policy?key=quota.nationalFloorPercent', mocks: mocks(null) });
    const value = await screen.findByRole('textbox', { name: /^新的值/ });
    await userEvent.clear(value);
    await userEvent.type(value, '一点五');
    await userEvent.type(screen.getByRole('textbox', { name: /^修改说明/ }), '试试');
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    expect(await screen.findByRole('link', { name: '新的值请填一个数字' })).toBeInTheDocument();
    expect(value).toHaveAttribute('aria-invalid', 'true');
  });

  it('county staff see the setting and its history, without a form', async () => {
    renderWithApp(<PolicySettingsPage />, { path: '/staff/policy?key=quota.nationalFloorPercent', mocks: mocks('411523') });
    await screen.findByRole('heading', { level: 1, name: '政策参数：全国最低安排比例（%）' });
    expect(await screen.findByText('政策参数只能由市级工作人员或管理员修改。您可以查看参数和修改记录。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存修改' })).not.toBeInTheDocument();
  });

  it('a structured value is edited as labelled fields, never as JSON text, and saved as the same shape', async () => {
    const atLeastOne = { agencyMinPosts: 50, agencyLevels: ['PROVINCE', 'CITY'], institutionMinPosts: 63, excludeSchools: true };
    const source = '《信阳市促进残疾人就业三年行动实施方案（2022—2024年）》';
    const setting = { __typename: 'PolicySetting', key: 'quota.atLeastOne', label: '党政机关、事业单位“至少安排1名”', value: atLeastOne, source,
      confirmed: true, updatedBy: null, updatedByName: null, updatedAt: '2026-11-01T02:00:00.000Z', defaultValue: atLeastOne };
    const next = { agencyMinPosts: 40, agencyLevels: ['PROVINCE', 'CITY', 'COUNTY'], institutionMinPosts: 63, excludeSchools: true };
    const saved: unknown[] = [];
    renderWithApp(<PolicySettingsPage />, {
      path: '/staff/policy?key=quota.atLeastOne',
      mocks: [
        me(null),
        { request: { query: POLICY_SETTINGS }, maxUsageCount: Infinity, result: { data: { policySettings: [setting] } } },
        { request: { query: POLICY_HISTORY, variables: { key: 'quota.atLeastOne' } }, maxUsageCount: Infinity, result: { data: { policySettingHistory: [] } } },
        {
          request: { query: UPDATE_POLICY_SETTING, variables: (v: Record<string, unknown>) => { saved.push(v.value); return true; } },
          result: { data: { updatePolicySetting: { __typename: 'PolicySetting', key: 'quota.atLeastOne', value: next, source, confirmed: true,
            updatedBy: 'u1', updatedByName: '王工作人员', updatedAt: '2026-11-29T03:00:00.000Z' } } },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: '政策参数：党政机关、事业单位“至少安排1名”' });
    // the value in words: levels named, yes/no in words, no JSON anywhere
    expect(screen.getAllByText(/党政机关编制不少于：50；党政机关级别：省级、市级；事业单位编制不少于：63；中小学、幼儿园除外：是/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/[{}"]agencyMinPosts/)).not.toBeInTheDocument();
    const posts = await screen.findByRole('textbox', { name: /^党政机关编制不少于/ });
    expect(posts).toHaveValue('50');
    const levels = screen.getByRole('group', { name: /党政机关级别/ });
    expect(within(levels).getByRole('checkbox', { name: '省级' })).toBeChecked();
    expect(within(levels).getByRole('checkbox', { name: '县级' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: '中小学、幼儿园除外' })).toBeChecked();
    // a part left empty is named in the summary
    await userEvent.clear(posts);
    await userEvent.type(screen.getByRole('textbox', { name: /^修改说明/ }), '按新文件调整');
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await userEvent.click(await screen.findByRole('link', { name: '党政机关编制不少于：还没有填写' }));
    expect(posts).toHaveFocus();
    await userEvent.type(posts, '40');
    await userEvent.click(within(levels).getByRole('checkbox', { name: '县级' }));
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    expect(await screen.findByText('已保存“党政机关、事业单位“至少安排1名””的新值。')).toBeInTheDocument();
    expect(saved.at(-1)).toEqual(next);
  });

  it('figures by year are rows of a year and a figure; a year can be added', async () => {
    const value = { 2024: 1800, 2025: 1900 };
    const setting = { ...settings()[1], value, defaultValue: value, confirmed: true };
    const saved: unknown[] = [];
    renderWithApp(<PolicySettingsPage />, {
      path: '/staff/policy?key=wage.localMinimumMonthly',
      mocks: [
        me(null),
        { request: { query: POLICY_SETTINGS }, maxUsageCount: Infinity, result: { data: { policySettings: [setting] } } },
        { request: { query: POLICY_HISTORY, variables: { key: 'wage.localMinimumMonthly' } }, maxUsageCount: Infinity, result: { data: { policySettingHistory: [] } } },
        {
          request: { query: UPDATE_POLICY_SETTING, variables: (v: Record<string, unknown>) => { saved.push(v.value); return true; } },
          result: { data: { updatePolicySetting: { __typename: 'PolicySetting', key: 'wage.localMinimumMonthly', value, source: '河南省人社厅', confirmed: true,
            updatedBy: 'u1', updatedByName: '王工作人员', updatedAt: '2026-11-29T03:00:00.000Z' } } },
        },
      ],
    });
    const second = await screen.findByRole('group', { name: '第2个年份' });
    expect(within(second).getByRole('textbox', { name: /^年份/ })).toHaveValue('2025');
    expect(within(second).getByRole('textbox', { name: /^数值（元\/月）/ })).toHaveValue('1900');
    await userEvent.click(screen.getByRole('button', { name: '加一个年份' }));
    const third = screen.getByRole('group', { name: '第3个年份' });
    await userEvent.type(within(third).getByRole('textbox', { name: /^年份/ }), '2025');
    await userEvent.type(within(third).getByRole('textbox', { name: /^数值/ }), '２０００');
    await userEvent.type(screen.getByRole('textbox', { name: /^修改说明/ }), '新标准');
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    expect(await screen.findByRole('link', { name: '第3个年份 年份：这一年已经填过了' })).toBeInTheDocument();
    const year = within(third).getByRole('textbox', { name: /^年份/ });
    await userEvent.clear(year);
    await userEvent.type(year, '2026');
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await waitFor(() => expect(saved.at(-1)).toEqual({ 2024: 1800, 2025: 1900, 2026: 2000 }));
  });

  it('the genuineness thresholds are labelled fields with their units; the follow-up months a list in words', async () => {
    const thresholds = { minCases: 3, minPostingAgeDays: 90, minFillRatePercent: 20, minInterviewRatePercent: 20, minRetention6Percent: 50,
      maxEndedWithin3MonthsPercent: 50, minWageToMinimumPercent: 100, minInsuranceMonthsPercent: 100 };
    const source = '本地选择，待工作人员确认';
    const base = { __typename: 'PolicySetting', source, confirmed: false, updatedBy: null, updatedByName: null, updatedAt: '2026-11-01T02:00:00.000Z' };
    const genuineness = { ...base, key: 'outcomes.genuineness', label: '保留岗位与安置真实性核查阈值', value: thresholds, defaultValue: thresholds };
    const months = { ...base, key: 'outcomes.followUpMonths', label: '就业后回访月份（第几个月）', value: [1, 3, 6, 12], defaultValue: [1, 3, 6, 12] };
    const saved: unknown[] = [];
    const mocksFor = (key: string) => [
      me(null),
      { request: { query: POLICY_SETTINGS }, maxUsageCount: Infinity, result: { data: { policySettings: [genuineness, months] } } },
      { request: { query: POLICY_HISTORY, variables: { key } }, maxUsageCount: Infinity, result: { data: { policySettingHistory: [] } } },
      {
        request: { query: UPDATE_POLICY_SETTING, variables: (v: Record<string, unknown>) => { saved.push(v.value); return true; } },
        result: { data: { updatePolicySetting: { ...base, key, value: key === 'outcomes.genuineness' ? thresholds : [1, 3, 6, 12] } } },
      },
    ];
    const list = renderWithApp(<PolicySettingsPage />, { path: '/staff/policy', mocks: mocksFor('outcomes.genuineness') });
    const table = await screen.findByRole('table', { name: '政策参数（共 2 项）' });
    expect(within(table).getByRole('row', { name: /保留岗位与安置真实性核查阈值/ }))
      .toHaveTextContent('至少几件才核查（件）：3；预留岗位发布满几天才统计（天）：90；录用率不低于（%）：20');
    const monthsRow = within(table).getByRole('row', { name: /就业后回访月份/ });
    expect(monthsRow).toHaveTextContent('第1、3、6、12个月');
    expect(monthsRow).toHaveTextContent('入职后第几个月');
    expect(table).not.toHaveTextContent(/[{}[\]"]/);
    list.unmount();

    const form = renderWithApp(<PolicySettingsPage />, { path: '/staff/policy?key=outcomes.genuineness', mocks: mocksFor('outcomes.genuineness') });
    const fill = await screen.findByRole('textbox', { name: /^录用率不低于（%）/ });
    expect(fill).toHaveValue('20');
    expect(screen.getByRole('textbox', { name: /^至少几件才核查（件）/ })).toHaveValue('3');
    expect(screen.getByRole('textbox', { name: /^预留岗位发布满几天才统计（天）/ })).toHaveValue('90');
    expect(screen.getByRole('textbox', { name: /^3个月内离职占比不高于（%）/ })).toHaveValue('50');
    await userEvent.clear(fill);
    await userEvent.type(fill, '３０');
    await userEvent.type(screen.getByRole('textbox', { name: /^修改说明/ }), '提高录用率要求');
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await waitFor(() => expect(saved.at(-1)).toEqual({ ...thresholds, minFillRatePercent: 30 }));
    form.unmount();

    renderWithApp(<PolicySettingsPage />, { path: '/staff/policy?key=outcomes.followUpMonths', mocks: mocksFor('outcomes.followUpMonths') });
    const value = await screen.findByRole('textbox', { name: /^新的值/ });
    expect(value).toHaveValue('1, 3, 6, 12');
    await userEvent.clear(value);
    await userEvent.type(value, '1、3、六');
    await userEvent.type(screen.getByRole('textbox', { name: /^修改说明/ }), '加密回访');
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    expect(await screen.findByRole('link', { name: '请填写月份数字，用顿号或逗号分开，例如 1、3、6、12' })).toBeInTheDocument();
    expect(value).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(value);
    await userEvent.type(value, '1、2，3 6 12');
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await waitFor(() => expect(saved.at(-1)).toEqual([1, 2, 3, 6, 12]));
  });
});
