import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ME } from '../../../components/session';
import { graphql } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { ACTION_PLAN_DASHBOARD, PlanDashboardPage } from './PlanDashboardPage';
import { SET_PUBLIC_WELFARE_POSTS } from './PublicWelfareForm';

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const XIXIAN = '411528';
const HUAIBIN = '411527';

beforeAll(() => {
  // recharts sizes a responsive chart with ResizeObserver, which jsdom lacks
  (globalThis as Record<string, unknown>).ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
});

const counts = (pairs: Array<[string, number]>) => pairs.map(([key, count]) => ({ __typename: 'CountModel', key, count }));

const TITLE = '信阳市促进残疾人就业三年行动实施方案（2022-2024年）';
const PLAN = { __typename: 'ActionPlan', id: 'p1', title: TITLE, issuingBody: null, documentNumber: null, startDate: '2022-01-01', endDate: '2024-12-31',
  basis: [{ __typename: 'PlanBasisDocument', title: '河南省人民政府办公厅关于印发<河南省促进残疾人就业三年行动实施方案（2022-2024年）>的通知', documentNumber: '豫政办〔2022〕106号' }] };

type Mode = 'inForce' | 'ended' | 'none';

const progress = (metric: string, target: number, figure: number | null, achievedShare: number | null, met: boolean | null,
  source: string, over: Record<string, unknown> = {}) => ({ __typename: 'TargetProgressModel', metric, target, year: null, countyCode: null,
  actionLine: null, source, from: '2022-01-01', to: '2024-12-31', figure, achievedShare, met, ...over });
/** The shipped plan's targets: one city total and three rates. */
const CITY_TARGETS = [
  progress('NEW_EMPLOYMENT', 6900, 5, 0.0007, false, '一、任务目标：2022—2024年共实现全市城乡新增残疾人就业不少于6900人'),
  progress('GRADUATE_EMPLOYMENT_RATE', 95, 0.75, 0.7895, false, '二、主要措施（七）：毕业生就业率95%以上'),
];
/** A plan that also sets a 2023 target, one for 息县, and one for 息县 in 2024 (not begun on the date asked). */
const MORE_TARGETS = [
  progress('NEW_EMPLOYMENT', 3, 5, 1.6667, true, '一、年度目标：2023年新增3人', { year: 2023, from: '2023-01-01', to: '2023-12-31' }),
  progress('NEW_EMPLOYMENT', 2, 3, 1.5, true, '附件：息县三年新增2人', { countyCode: XIXIAN }),
  progress('NEW_EMPLOYMENT', 4, 0, 0, false, '附件：息县2024年新增4人', { countyCode: XIXIAN, year: 2024, from: null, to: null }),
  progress('NEW_EMPLOYMENT', 4, 1, 0.25, false, '二、（六）农村残疾人就业4人', { actionLine: 'RURAL' }),
];

function dashboard(countyCode: string | null, mode: Mode = 'inForce', more = false) {
  const total = countyCode ? 3 : 5;
  const none = mode === 'none';
  return {
    __typename: 'DashboardModel', countyCode, elapsedShare: none ? 0 : 1, target: countyCode || none ? null : 6900, achievedShare: countyCode || none ? null : 0.0007,
    asOf: mode === 'inForce' ? '2024-12-31' : '2026-12-06', planStatus: { inForce: 'IN_FORCE', ended: 'ENDED', none: null }[mode], noPlanInForce: none,
    periodStart: none ? '2026-01-01' : '2022-01-01', periodEnd: none ? '2026-12-06' : '2024-12-31',
    yearlyPace: none && !countyCode ? { __typename: 'YearlyPaceModel', perYear: 2300, expectedToDate: 2143, total: 6900, months: 36, achievedShare: 0.0023 } : null,
    graduateServiceRateTarget: 1, graduateEmploymentRateTarget: 0.95, publicWelfareShareTarget: 0.1,
    plan: { ...PLAN, targets: [{ __typename: 'ActionPlanTarget', countyCode: null }, ...(more ? [{ __typename: 'ActionPlanTarget', countyCode: XIXIAN }] : [])] },
    targetProgress: none ? [] : countyCode ? (more ? MORE_TARGETS.filter((x) => x.countyCode === countyCode) : [])
      : [...CITY_TARGETS, ...(more ? MORE_TARGETS : [])],
    placements: {
      __typename: 'PlacementBreakdownModel', total,
      byCounty: countyCode ? counts([[countyCode, 3]]) : counts([[HUAIBIN, 2], [XIXIAN, 3]]),
      byActionLine: counts([['STATE_OWNED', total - 1], ['HARD_TO_EMPLOY', 1]]),
      byForm: counts([['FULL_TIME', total - 1], ['PUBLIC_WELFARE', 1]]),
      byCategory: counts([['VISUAL', total]]),
      byYear: counts([['2023', total]]),
      byQuarter: [2022, 2023, 2024].flatMap((year) => [1, 2, 3, 4].map((quarter) => ({
        __typename: 'QuarterCountModel', year, quarter, count: year === 2023 && quarter === 1 ? total - 1 : year === 2023 && quarter === 4 ? 1 : 0 }))),
    },
    graduates: { __typename: 'GraduateRatesModel', wantingAndAble: 4, served: 4, employed: 3, serviceRate: 1, employmentRate: 0.75,
      byCohort: [{ __typename: 'CohortRatesModel', year: 2024, wantingAndAble: 4, served: 4, employed: 3, serviceRate: 1, employmentRate: 0.75 }] },
    priorityGroups: ['MINIMUM_INCOME', 'MULTIPLE_DISABLED_HOUSEHOLD', 'ELDERLY_PARENTS', 'POVERTY_MONITORING'].map((group, i) => ({ __typename: 'PriorityGroupCountModel', group, registered: 4 - i, employed: 1, served: 2 })),
    publicWelfare: { __typename: 'PublicWelfareModel', disabledHires: 1, totalPosts: countyCode ? 10 : null, share: countyCode ? 0.1 : null },
  };
}

function mocks({ scope = null as string | null, saveResult = null as Record<string, unknown> | null, mode = 'inForce' as Mode, more = false } = {}) {
  return [
    { request: { query: ME }, maxUsageCount: Infinity,
      result: { data: { me: { __typename: 'User', id: 'u1', displayName: '王芳', role: 'STAFF', locale: 'zh-CN', phone: null, email: null, scopeCountyCode: scope } } } },
    { request: { query: COUNTIES }, maxUsageCount: Infinity, result: { data: { counties: [
      { __typename: 'County', code: HUAIBIN, nameZh: '淮滨县', nameEn: 'Huaibin County' },
      { __typename: 'County', code: XIXIAN, nameZh: '息县', nameEn: 'Xi County' },
    ] } } },
    { request: { query: ACTION_PLAN_DASHBOARD, variables: () => true }, maxUsageCount: Infinity,
      result: (v: Record<string, any>) => ({ data: { plans: [{ __typename: 'ActionPlan', id: 'p1', title: TITLE, startDate: '2022-01-01', endDate: '2024-12-31' }],
        actionPlanDashboard: dashboard(v.countyCode ?? null, mode, more) } }) },
    ...(saveResult ? [{ request: { query: SET_PUBLIC_WELFARE_POSTS, variables: () => true }, result: saveResult }] : []),
  ];
}

jest.setTimeout(20_000);

const table = (name: string) => screen.getByRole('table', { name });
const rowOf = (tableName: string, header: string) => within(table(tableName)).getByRole('rowheader', { name: header }).closest('tr')!;
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('action-plan dashboard', () => {
  it('shows the city against its target and time, every breakdown in a table, and each chart as one described image', async () => {
    renderWithApp(<PlanDashboardPage />, { path: '/staff/plan', mocks: mocks() });
    expect(await screen.findByRole('heading', { level: 1, name: '行动计划进展' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '完成目标：5 人，目标 6,900 人' })).toHaveAttribute('value', '5');
    expect(screen.getByRole('progressbar', { name: '时间进度：已过去 100%' })).toBeInTheDocument();
    expect(screen.getByText('完成进度落后于时间进度。')).toBeInTheDocument();
    expect(cells(rowOf('每年新增就业和累计', '2023年'))).toEqual(['5', '5', '4,596', '0.1%']);
    expect(cells(rowOf('每季度新增就业', '2023年第1季度'))).toEqual(['4']);
    expect(cells(rowOf('各县区新增就业', '息县'))).toEqual(['3', '60%', '查看息县']);
    expect(cells(rowOf('各行动方向新增就业', '辅助性就业和公益性岗位'))).toEqual(['1', '20%']);
    expect(cells(rowOf('各就业形式新增就业', '公益性岗位'))).toEqual(['1', '20%']);
    expect(cells(rowOf('毕业生服务率和就业率', '就业率'))).toEqual(['3', '75%', '不低于 95%', '未达到']);
    expect(cells(rowOf('毕业生服务率和就业率', '服务率'))).toEqual(['4', '100%', '不低于 100%', '已达到']);
    expect(cells(rowOf('公益性岗位安排残疾人', '全市'))).toEqual(['1', '还没有填报', '没有数据', '不低于 10%', '没有数据']);
    // the charts: one image each, named by what it shows and where the numbers are, with nothing to tab to inside
    const bars = screen.getByRole('img', { name: '柱状图：各县区新增就业人数。最多的是息县，3 人。具体数字见图下面的表格。' });
    expect(screen.getByRole('img', { name: /^折线图：每季度新增就业人数。最多的是2023年第1季度，4 人。/ })).toBeInTheDocument();
    expect(bars.querySelectorAll('[tabindex]:not([tabindex="-1"]), a, button')).toHaveLength(0);
  });

  it('shows every target the plan sets against its own figure, with its words; a county without one is told so', async () => {
    renderWithApp(<PlanDashboardPage />, { path: '/staff/plan', mocks: mocks({ more: true }) });
    await screen.findByRole('heading', { level: 1, name: '行动计划进展' });
    const name = '方案设定的目标和完成情况';
    expect(within(table(name)).getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      '方案期，全市：新增就业', '方案期，全市：毕业生就业率', '2023年，全市：新增就业', '方案期，息县：新增就业', '2024年，息县：新增就业',
      '方案期，全市，农村残疾人就业：新增就业']);
    expect(cells(rowOf(name, '方案期，全市：新增就业'))).toEqual(['6,900 人', '5 人', '0.1%', '未达到', '一、任务目标：2022—2024年共实现全市城乡新增残疾人就业不少于6900人']);
    expect(cells(rowOf(name, '2023年，全市：新增就业'))).toEqual(['3 人', '5 人', '166.7%', '已达到', '一、年度目标：2023年新增3人']);
    expect(cells(rowOf(name, '方案期，息县：新增就业'))).toEqual(['2 人', '3 人', '150%', '已达到', '附件：息县三年新增2人']);
    expect(cells(rowOf(name, '2024年，息县：新增就业'))).toEqual(['4 人', '尚未开始', '0%', '未达到', '附件：息县2024年新增4人']);
    expect(cells(rowOf(name, '方案期，全市：毕业生就业率'))).toEqual(['不低于 95%', '75%', '79%', '未达到', '二、主要措施（七）：毕业生就业率95%以上']);
    expect(within(table(name)).getByText('一、年度目标：2023年新增3人')).toHaveAttribute('lang', 'zh-CN');
    // the years table says where the plan's own yearly targets are, rather than that it sets none
    expect(screen.getByText(/方案文本设定的年度目标见“各项目标完成情况”/)).toBeInTheDocument();

    // 淮滨县 has no target of its own (the plan sets one for 息县 only): said so, nothing divided out of the city total
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /查看范围/ }), '淮滨县');
    await userEvent.click(screen.getByRole('button', { name: '查看' }));
    expect(await screen.findByRole('heading', { level: 1, name: '行动计划进展：淮滨县' })).toBeInTheDocument();
    expect(screen.getByText('方案没有为这个县区设定目标（只为其他县区设定了）。')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name })).not.toBeInTheDocument();
  });

  it('names the plan as its text does, and says the text states no issuing body or number', async () => {
    renderWithApp(<PlanDashboardPage />, { path: '/staff/plan', mocks: mocks() });
    await screen.findByRole('heading', { level: 1, name: '行动计划进展' });
    const card = screen.getByRole('heading', { name: '方案信息' }).closest('section')!;
    expect(within(card).getByText(TITLE)).toBeInTheDocument();
    expect(within(card).getAllByText('文本未载明')).toHaveLength(2);
    expect(within(card).getByText(/豫政办〔2022〕106号/)).toBeInTheDocument();
    expect(screen.getByText('本方案正在实施，统计到2024年12月31日。')).toBeInTheDocument();
  });

  it('shows an ended plan\'s final result, not the time elapsed', async () => {
    renderWithApp(<PlanDashboardPage />, { path: '/staff/plan?plan=p1', mocks: mocks({ mode: 'ended' }) });
    expect(await screen.findByRole('heading', { level: 2, name: '最终结果' })).toBeInTheDocument();
    expect(screen.getByText('本方案已于2024年12月31日结束。下面是最终结果。')).toBeInTheDocument();
    expect(screen.getByText('未完成方案目标，差 6,895 人。')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: /时间进度/ })).not.toBeInTheDocument();
    expect(screen.queryByText('时间进度')).not.toBeInTheDocument();
  });

  it('says plainly when no plan is in force, and shows this year against the last plan\'s derived yearly pace', async () => {
    renderWithApp(<PlanDashboardPage />, { path: '/staff/plan', mocks: mocks({ mode: 'none' }) });
    expect(await screen.findByText('今天（2026年12月6日）没有正在实施的行动方案。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '今年的进度' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '今年完成：5 人，按年均进度到今天应完成 2,143 人' })).toBeInTheDocument();
    expect(screen.getByText(/年均进度是推算的，不是方案文本设定的/)).toHaveTextContent('方案只设了36个月共 6,900 人的总目标，这里按月平均，每年 2,300 人。');
    expect(screen.queryByRole('progressbar', { name: /时间进度/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '录入新的行动方案' })).toHaveAttribute('href', '/staff/plans/new');
  });

  it('drills into a county from the area picker and comes back to the city', async () => {
    renderWithApp(<PlanDashboardPage />, { path: '/staff/plan', mocks: mocks() });
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /查看范围/ }), '息县');
    await userEvent.click(screen.getByRole('button', { name: '查看' }));
    expect(await screen.findByRole('heading', { level: 1, name: '行动计划进展：息县' })).toBeInTheDocument();
    // no target of its own: said in words, not a share of the city's 6,900 made up for it
    expect(screen.getByText('方案未分县设定目标。')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: '方案设定的目标和完成情况' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: '各县区新增就业' })).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: /完成目标/ })).not.toBeInTheDocument();
    expect(cells(rowOf('公益性岗位安排残疾人', '息县'))).toEqual(['1', '10', '10%', '不低于 10%', '已达到']);
    await userEvent.click(screen.getByRole('link', { name: '返回全市' }));
    expect(await screen.findByRole('heading', { level: 1, name: '行动计划进展' })).toBeInTheDocument();
  });

  it('shows county staff their county only, and their public-welfare form has no county to choose', async () => {
    renderWithApp(<PlanDashboardPage />, { path: '/staff/plan?county=411527', mocks: mocks({ scope: XIXIAN }) });
    expect(await screen.findByRole('heading', { level: 1, name: '行动计划进展：息县' })).toBeInTheDocument();
    expect(screen.getByText('您的范围：息县。')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /查看范围/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /^县区/ })).not.toBeInTheDocument();
    expect(screen.getByText('填报范围：息县')).toBeInTheDocument();
  });
});

describe('public-welfare posts form', () => {
  it('names the field of a bad number in the summary, which takes focus, and on the field', async () => {
    renderWithApp(<PlanDashboardPage />, { path: '/staff/plan?county=411528', mocks: mocks() });
    const total = await screen.findByRole('textbox', { name: /新增公益性岗位总数/ });
    await userEvent.type(total, '四十');
    await userEvent.click(screen.getByRole('button', { name: '保存岗位数' }));
    const summary = screen.getByRole('group', { name: '请先修改以下问题' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(document.title).toBe('错误：行动计划进展：息县 - 助业通');
    await userEvent.click(within(summary).getByRole('link', { name: '新增公益性岗位总数请填 0 到 1000000 之间的整数' }));
    expect(total).toHaveFocus();
    expect(total).toHaveAttribute('aria-invalid', 'true');
    expect(total).toHaveAccessibleDescription(/^填整数，例如 40。 错误：\s?新增公益性岗位总数请填 0 到 1000000 之间的整数$/);
  });

  it('asks for a county when the city staff member has not chosen one', async () => {
    renderWithApp(<PlanDashboardPage />, { path: '/staff/plan', mocks: mocks() });
    await userEvent.type(await screen.findByRole('textbox', { name: /新增公益性岗位总数/ }), '40');
    await userEvent.click(screen.getByRole('button', { name: '保存岗位数' }));
    expect(within(screen.getByRole('group', { name: '请先修改以下问题' })).getAllByRole('link').map((l) => l.textContent)).toEqual(['请选择县区']);
    expect(screen.getByRole('combobox', { name: /^县区/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('puts the server\'s "total" problem on the number field', async () => {
    renderWithApp(<PlanDashboardPage />, {
      path: '/staff/plan?county=411528',
      mocks: mocks({ saveResult: { errors: [{ message: '输入有误', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'total', message: '不能小于0' }] } }] } }),
    });
    await userEvent.type(await screen.findByRole('textbox', { name: /新增公益性岗位总数/ }), '40');
    await userEvent.click(screen.getByRole('button', { name: '保存岗位数' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: /新增公益性岗位总数/ })).toHaveAccessibleDescription(/^填整数，例如 40。 错误：\s?不能小于0$/);
  });

  it('saves a good number and says so', async () => {
    renderWithApp(<PlanDashboardPage />, { path: '/staff/plan?county=411528', mocks: mocks({ saveResult: { data: { setPublicWelfarePosts: true } } }) });
    await userEvent.type(await screen.findByRole('textbox', { name: /新增公益性岗位总数/ }), '40');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^年份/ }), '2023年');
    await userEvent.click(screen.getByRole('button', { name: '保存岗位数' }));
    expect(await screen.findByText('已保存：息县2023年新增公益性岗位 40 个。')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('已保存：息县2023年新增公益性岗位 40 个。'));
    expect(screen.queryByRole('group', { name: '请先修改以下问题' })).not.toBeInTheDocument();
  });
});
