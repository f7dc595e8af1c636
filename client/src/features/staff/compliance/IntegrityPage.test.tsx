import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { DECIDE_FLAG } from './DecideDialog';
import { INTEGRITY_FLAGS, IntegrityPage, RUN_CHECKS } from './IntegrityPage';

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const slow = { timeout: 5000 };
jest.setTimeout(20_000);

const GUSHI = '411525';
const short = {
  __typename: 'IntegrityFlag', id: 'f1', kind: 'SHORT_PLACEMENT', status: 'OPEN', countyCode: GUSHI, createdAt: '2026-11-28T01:00:00Z',
  decidedAt: null, note: null, details: { startDate: '2026-06-01', endDate: '2026-07-15', days: 44 }, placementIds: ['p1'], seekerId: 's1',
  organizationId: 'o1', seeker: { __typename: 'SeekerProfile', id: 's1', name: '王芳' }, organization: { __typename: 'Organization', id: 'o1', name: '固始县助残服务有限公司' },
  organizations: [], postings: [],
  placements: [{ __typename: 'FlagPlacement', id: 'p1', personName: '王某', organizationName: '固始县助残服务有限公司', startDate: '2026-06-01', counted: true }],
};
const stale = {
  ...short, id: 'f2', kind: 'STALE_RESERVED_POSTINGS', details: { postings: ['j1', 'j2', 'j3'], oldestPublished: '2026-05-01' }, placementIds: [],
  seekerId: null, seeker: null, placements: [],
  // j3 was deleted since: it is counted, not named by a number
  postings: [{ __typename: 'Posting', id: 'j1', title: '客服专员（残疾人专岗）' }, { __typename: 'Posting', id: 'j2', title: '仓库管理员' }],
};
const double = {
  ...short, id: 'f3', kind: 'DOUBLE_COUNTED', details: { organizations: ['o2', 'o3'], from: '2026-03-01' }, placementIds: ['p2', 'p3'],
  organizationId: null, organization: null,
  organizations: [{ __typename: 'Organization', id: 'o2', name: '固始县鑫源食品有限公司' }, { __typename: 'Organization', id: 'o3', name: '固始县残疾人托养中心' }],
  placements: [
    { __typename: 'FlagPlacement', id: 'p2', personName: '王某', organizationName: '固始县鑫源食品有限公司', startDate: '2026-03-01', counted: true },
    { __typename: 'FlagPlacement', id: 'p3', personName: '王某', organizationName: '固始县残疾人托养中心', startDate: '2026-04-15', counted: true },
  ],
};

function mocks({ decide = { data: { decideIntegrityFlag: { __typename: 'IntegrityFlag', id: 'f1', status: 'CLEARED', note: '已回访', decidedAt: '2026-11-29T01:00:00Z' } } } } = {}) {
  const decided: Array<Record<string, unknown>> = [];
  const filters: unknown[] = [];
  return {
    decided, filters,
    list: [
      { request: { query: COUNTIES }, maxUsageCount: Infinity,
        result: { data: { counties: [{ __typename: 'County', code: GUSHI, nameZh: '固始县', nameEn: 'Gushi County' }] } } },
      { request: { query: INTEGRITY_FLAGS, variables: () => true }, maxUsageCount: Infinity,
        result: (v: Record<string, any>) => {
          filters.push(v.filter);
          const items = decided.length ? [stale, double] : [short, stale, double];
          return { data: { integrityFlags: { __typename: 'IntegrityFlagPage', total: items.length, page: 1, pageSize: 20, items } } };
        } },
      { request: { query: RUN_CHECKS }, result: { data: { runIntegrityChecks: { __typename: 'IntegrityRunResult', doubleCounted: 0, shortPlacements: 2, staleReservedPostings: 1, noHistory: 0,
        lowFillRate: 0, lowInterviewRate: 0, lowRetention: 0, earlyEndings: 0, insuranceGaps: 0, payBelowMinimum: 0 } } } },
      { request: { query: DECIDE_FLAG, variables: (v: Record<string, unknown>) => { decided.push(v); return true; } }, result: decide },
    ],
  };
}

describe('integrity flags', () => {
  it('shows the open flags of the address\'s filters, each with what was found and what it concerns', async () => {
    const m = mocks();
    renderWithApp(<IntegrityPage />, { path: `/staff/integrity?county=${GUSHI}`, mocks: m.list });
    const card = await screen.findByRole('article', { name: '就业不到3个月（固始县）' }, slow);
    expect(within(card).getByText('就业从2026年6月1日开始，2026年7月15日结束，只有44天，不到3个月。')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '王芳' })).toHaveAttribute('href', '/staff/seekers/s1');
    expect(within(card).getByText('待处理')).toBeInTheDocument();
    const staleCard = screen.getByRole('article', { name: '预留岗位长期无面试（固始县）' });
    expect(within(staleCard).getByText(/这家单位有3个为残疾人预留的岗位/)).toBeInTheDocument();
    // postings by their titles, never "岗位2"
    expect(within(staleCard).getByRole('link', { name: '仓库管理员' })).toHaveAttribute('href', '/jobs/j2');
    expect(within(staleCard).queryByText(/岗位\d/)).toBeNull();
    expect(within(staleCard).getByText('另有 1 个岗位已删除')).toBeInTheDocument();
    // a double count names the organizations, not their ids
    const doubleCard = screen.getByRole('article', { name: '重复计算就业（固始县）' });
    expect(within(doubleCard).getByText('固始县鑫源食品有限公司')).toBeInTheDocument();
    expect(within(doubleCard).getByText('固始县残疾人托养中心')).toBeInTheDocument();
    expect(within(doubleCard).queryByText('o2')).toBeNull();
    // placements in words, not their record numbers
    expect(within(doubleCard).getByText('2 条')).toBeInTheDocument();
    expect(within(doubleCard).queryByText('p2')).toBeNull();
    expect(m.filters[0]).toEqual({ status: 'OPEN', countyCode: GUSHI });
  });

  it('runs the checks and announces how many new flags each kind raised', async () => {
    renderWithApp(<IntegrityPage />, { path: '/staff/integrity', mocks: mocks().list });
    await screen.findByRole('article', { name: '就业不到3个月（固始县）' }, slow);
    await userEvent.click(screen.getByRole('button', { name: '立即运行核查' }));
    const text = '核查完成，新发现3条提示：就业不到3个月2条、预留岗位长期无面试1条。';
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(text), slow);
    expect(screen.getByText(text, { selector: 'p' })).toBeInTheDocument();
  });

  it('deciding needs a choice and a note: the summary takes focus and names both; then it saves and says so', async () => {
    const m = mocks();
    renderWithApp(<IntegrityPage />, { path: '/staff/integrity', mocks: m.list });
    const card = await screen.findByRole('article', { name: '就业不到3个月（固始县）' }, slow);
    await userEvent.click(within(card).getByRole('button', { name: /^处理这条提示\s?：就业不到3个月、王芳、固始县助残服务有限公司$/ }));
    const dialog = screen.getByRole('dialog', { name: '处理提示：就业不到3个月' });
    await userEvent.click(within(dialog).getByRole('button', { name: '保存处理结果' }));
    const summary = within(dialog).getByRole('group', { name: '请先修改以下问题' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(document.title).toBe('错误：就业真实性核查 - 助业通');
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual(['请选择处理结果', '请填写处理说明']);
    await userEvent.click(within(dialog).getByRole('radio', { name: '排除：核实后没有问题' }));
    await userEvent.click(within(dialog).getByRole('button', { name: '保存处理结果' }));
    await waitFor(() => expect(within(dialog).getByRole('link', { name: '请填写处理说明' })).toBeInTheDocument());
    expect(within(dialog).queryByRole('link', { name: '请选择处理结果' })).not.toBeInTheDocument();
    const note = within(dialog).getByRole('textbox', { name: /^处理说明/ });
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(m.decided).toHaveLength(0);
    await userEvent.type(note, '已回访');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存处理结果' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('已排除这条提示。'), slow);
    expect(m.decided[0]).toEqual({ id: 'f1', confirmed: false, note: '已回访', notGenuine: null });
    expect(screen.queryByRole('article', { name: '就业不到3个月（固始县）' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '核查提示' })).toHaveFocus();
    expect(document.title).toBe('就业真实性核查 - 助业通');
  });

  it('a refusal from the server is shown in the dialog', async () => {
    const m = mocks({ decide: { errors: [{ message: '这条提示已经处理过了', extensions: { code: 'CONFLICT' } }] } as never });
    renderWithApp(<IntegrityPage />, { path: '/staff/integrity', mocks: m.list });
    const card = await screen.findByRole('article', { name: '就业不到3个月（固始县）' }, slow);
    await userEvent.click(within(card).getByRole('button', { name: /^处理这条提示/ }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: '确认属实：是虚假安置' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^处理说明/ }), '单位承认挂名');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存处理结果' }));
    expect(await within(dialog).findByText('这条提示已经处理过了', undefined, slow)).toBeInTheDocument();
  });

  it('confirming lists the flag\'s placements, all ticked; at least one must stay ticked, and the ticked ones are sent', async () => {
    const m = mocks();
    renderWithApp(<IntegrityPage />, { path: '/staff/integrity', mocks: m.list });
    const card = await screen.findByRole('article', { name: '重复计算就业（固始县）' }, slow);
    await userEvent.click(within(card).getByRole('button', { name: /^处理这条提示/ }));
    const dialog = screen.getByRole('dialog', { name: '处理提示：重复计算就业' });
    // clearing asks nothing about placements
    await userEvent.click(within(dialog).getByRole('radio', { name: '排除：核实后没有问题' }));
    expect(within(dialog).queryByRole('group', { name: '哪些就业登记不真实' })).toBeNull();
    await userEvent.click(within(dialog).getByRole('radio', { name: '确认属实：是虚假安置' }));
    const group = within(dialog).getByRole('group', { name: '哪些就业登记不真实' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')?.textContent ?? (b as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      '王某，固始县鑫源食品有限公司，2026年3月1日入职', '王某，固始县残疾人托养中心，2026年4月15日入职',
    ]);
    expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
    await userEvent.click(boxes[0]);
    await userEvent.click(boxes[1]);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^处理说明/ }), '两家单位都承认挂名');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存处理结果' }));
    const summary = within(dialog).getByRole('group', { name: '请先修改以下问题' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual(['请至少勾选一条不真实的就业登记']);
    expect(m.decided).toHaveLength(0);
    await userEvent.click(within(summary).getByRole('link'));
    expect(boxes[0]).toHaveFocus();
    await userEvent.click(boxes[1]);
    await userEvent.click(within(dialog).getByRole('button', { name: '保存处理结果' }));
    await waitFor(() => expect(m.decided).toHaveLength(1), slow);
    expect(m.decided[0]).toEqual({ id: 'f3', confirmed: true, note: '两家单位都承认挂名', notGenuine: ['p3'] });
  });

  it('says the genuineness findings in words, with the figure, n / d, the threshold and the period, in both languages', async () => {
    const retention = {
      ...short, id: 'f7', kind: 'LOW_RETENTION', seekerId: null, seeker: null, placementIds: ['p1', 'p2'],
      details: { figure: 'retention6', numerator: 1, denominator: 4, percent: 25, cases: 4, minCases: 3, thresholdPercent: 50, direction: 'below',
        from: '2025-12-08', to: '2026-12-07' },
    };
    const pay = {
      ...short, id: 'f8', kind: 'PAY_BELOW_MINIMUM',
      details: { startDate: '2026-02-02', monthlyWage: 1000, minimum: 1900, percent: 52.63, thresholdPercent: 100, from: '2025-12-08', to: '2026-12-07' },
    };
    const filters: unknown[] = [];
    const list = [
      { request: { query: COUNTIES }, maxUsageCount: Infinity,
        result: { data: { counties: [{ __typename: 'County', code: GUSHI, nameZh: '固始县', nameEn: 'Gushi County' }] } } },
      { request: { query: INTEGRITY_FLAGS, variables: () => true }, maxUsageCount: Infinity,
        result: (v: Record<string, any>) => {
          filters.push(v.filter);
          return { data: { integrityFlags: { __typename: 'IntegrityFlagPage', total: 2, page: 1, pageSize: 20, items: [retention, pay] } } };
        } },
    ];
    const { unmount } = renderWithApp(<IntegrityPage />, { path: '/staff/integrity?org=c1c1c1c1-0000-4000-8000-000000000001', mocks: list });
    const card = await screen.findByRole('article', { name: '6个月留存率低（固始县）' }, slow);
    expect(within(card).getByText('2025年12月8日至2026年12月7日：6个月留存率为25%（1 / 4），低于最低值50%。共4件，达到核查所需的3件。')).toBeInTheDocument();
    const payCard = screen.getByRole('article', { name: '工资低于最低工资（固始县）' });
    expect(within(payCard).getByText('2026年2月2日入职，月工资1,000元，是当年最低工资1,900元的52.63%，低于要求的100%。')).toBeInTheDocument();
    // one employer's flags, opened from its genuineness figures: the filter says so and leads back to all
    expect(filters[0]).toMatchObject({ organizationId: 'c1c1c1c1-0000-4000-8000-000000000001', status: 'OPEN' });
    expect(screen.getByText(/只看这家单位的提示：固始县助残服务有限公司/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看所有单位的提示' })).toHaveAttribute('href', '/staff/integrity');
    unmount();

    renderWithApp(<IntegrityPage />, { path: '/staff/integrity', mocks: list, locale: 'en' });
    const en = await screen.findByRole('article', { name: /Low retention at 6 months/ }, slow);
    expect(within(en).getByText(/Retention at 6 months was 25% \(1 \/ 4\), below the minimum of 50%\. 4 cases, at least the 3 needed to judge\./)).toBeInTheDocument();
    expect(screen.getByText(/at 1,000 yuan a month: 52\.63% of that year's minimum wage of 1,900 yuan, below the 100% required\./)).toBeInTheDocument();
  });
});
