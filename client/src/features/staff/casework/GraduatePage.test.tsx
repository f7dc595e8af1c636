import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { todayIso } from './casework-rules';
import { ADD_LEDGER_ENTRY, SAVE_GRADUATE_PLAN } from './GraduateForms';
import { GRADUATE_DETAIL, GraduatePage } from './GraduatePage';

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const follow = (month: number, dueDate: string, done: boolean, overdue: boolean) => ({ __typename: 'FollowUpStateModel', month, dueDate, done, overdue });
const PLAN = { __typename: 'GraduatePlan', seekerId: 'g1', status: 'EMPLOYED', wantsWork: true, ableToWork: true, plan: '推荐电商客服', updatedAt: '2026-05-01T02:00:00.000Z' };
const row = (over: Record<string, unknown> = {}) => ({
  __typename: 'LedgerRowModel', seekerId: 'g1', name: '周文静', countyCode: '411524', graduateYear: 2025, graduateSchool: '信阳师范大学',
  contacts: 1, services: 0, referrals: 0, fairsAttended: 0, placementId: 'p1', placementStart: '2026-01-10', organizationName: '商城县电商服务中心',
  plan: PLAN,
  followUps: [follow(1, '2026-02-10', true, false), follow(3, '2026-04-10', false, true), follow(6, '2026-07-10', false, true), follow(12, '2027-01-10', false, false)],
  ...over,
});

function mocks({ graduate = row(), entryResult, onEntry }: {
  graduate?: unknown; entryResult?: Record<string, unknown>; onEntry?: (input: Record<string, unknown>) => void;
} = {}) {
  return [
    { request: { query: COUNTIES }, maxUsageCount: Infinity,
      result: { data: { counties: [{ __typename: 'County', code: '411524', nameZh: '商城县', nameEn: 'Shangcheng County' }] } } },
    { request: { query: GRADUATE_DETAIL, variables: { seekerId: 'g1' } }, maxUsageCount: Infinity,
      result: { data: { graduateLedger: { __typename: 'LedgerPage', items: graduate ? [graduate] : [] }, ledgerEntries: [] } } },
    {
      request: { query: ADD_LEDGER_ENTRY, variables: () => true }, maxUsageCount: Infinity,
      result: (v: Record<string, any>) => {
        onEntry?.(v.input);
        return entryResult ?? { data: { addLedgerEntry: { __typename: 'LedgerEntry', id: 'e1', kind: v.input.kind, entryDate: v.input.entryDate, followUpMonth: v.input.followUpMonth, notes: v.input.notes } } };
      },
    },
    { request: { query: SAVE_GRADUATE_PLAN, variables: () => true }, maxUsageCount: Infinity,
      result: (v: Record<string, any>) => ({ data: { saveGraduatePlan: { ...PLAN, ...v.input, updatedAt: '2026-06-01T02:00:00.000Z' } } }) },
  ];
}

const renderPage = (m = mocks()) => renderWithApp(<GraduatePage />, { path: '/staff/graduates/g1', route: '/staff/graduates/:seekerId', mocks: m });

jest.setTimeout(20_000);

describe("a graduate's plan", () => {
  it('shows the follow-up schedule in words: done, overdue, not due yet', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: '周文静的一人一策' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^回访安排/ });
    const states = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[1].textContent?.trim());
    expect(states).toEqual(['已回访', '逾期未回访', '逾期未回访', '未到期']);
  });

  it('a follow-up offers the earliest overdue month and sends it with the job followed up', async () => {
    const sent: Array<Record<string, unknown>> = [];
    renderPage(mocks({ onEntry: (i) => sent.push(i) }));
    await screen.findByRole('heading', { level: 1, name: '周文静的一人一策' });
    await userEvent.click(screen.getByRole('radio', { name: '就业后回访' }));
    const months = screen.getByRole('radiogroup', { name: /第几个月的回访/ });
    expect(within(months).getByRole('radio', { name: '第3个月' })).toBeChecked();
    expect(within(months).getByRole('radio', { name: '第1个月' })).toHaveAccessibleDescription('已回访');
    await userEvent.type(screen.getByRole('textbox', { name: /^日期/ }), todayIso());
    await userEvent.click(screen.getByRole('button', { name: '添加记录' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(/^已添加：第3个月回访/));
    expect(sent).toEqual([{ seekerId: 'g1', kind: 'FOLLOW_UP', entryDate: todayIso(), notes: '', followUpMonth: 3, placementId: 'p1' }]);
  });

  it('without a job there is nothing to follow up: the form says so before sending', async () => {
    renderPage(mocks({ graduate: row({ placementId: null, placementStart: null, organizationName: null, followUps: [] }) }));
    await screen.findByRole('heading', { level: 1, name: '周文静的一人一策' });
    expect(screen.getByText('还没有就业记录。就业后，第1、3、6、12个月各回访一次。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: '就业后回访' }));
    expect(screen.queryByRole('radiogroup', { name: /第几个月的回访/ })).not.toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /^日期/ }), todayIso());
    await userEvent.click(screen.getByRole('button', { name: '添加记录' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(screen.getByRole('link', { name: '这位毕业生还没有就业记录，不能记录回访' })).toBeInTheDocument();
    expect(document.title).toMatch(/^错误：/);
  });

  it('a follow-up recorded twice: the server\'s message shows in the summary', async () => {
    renderPage(mocks({ entryResult: { errors: [{ message: '这次回访已经记录过了', extensions: { code: 'CONFLICT' } }] } }));
    await screen.findByRole('heading', { level: 1, name: '周文静的一人一策' });
    await userEvent.click(screen.getByRole('radio', { name: '就业后回访' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^日期/ }), todayIso());
    await userEvent.click(screen.getByRole('button', { name: '添加记录' }));
    const summary = await screen.findByRole('group', { name: '请先修改以下问题' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('这次回访已经记录过了');
  });

  it('only one error summary at a time: a failed plan hides the entry form\'s', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: '周文静的一人一策' });
    await userEvent.click(screen.getByRole('button', { name: '添加记录' }));
    expect(await screen.findAllByRole('group', { name: '请先修改以下问题' })).toHaveLength(1);
    const plan = screen.getByRole('textbox', { name: /^一人一策方案/ });
    await userEvent.clear(plan);
    await userEvent.click(plan);
    await userEvent.paste('长'.repeat(5001));
    await userEvent.click(screen.getByRole('button', { name: '保存方案' }));
    await waitFor(() => expect(screen.getByRole('link', { name: '最多可以写5000个字' })).toBeInTheDocument());
    expect(screen.getAllByRole('group', { name: '请先修改以下问题' })).toHaveLength(1);
  });

  it('saves the plan and announces it', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: '周文静的一人一策' });
    expect(screen.getByRole('combobox', { name: /^状态/ })).toHaveValue('EMPLOYED');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^状态/ }), 'IN_SERVICE');
    await userEvent.click(screen.getByRole('button', { name: '保存方案' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('周文静的方案已保存。'));
  });

  it('a graduate not in the ledger (or not in the staff member\'s county)', async () => {
    renderPage(mocks({ graduate: null }));
    expect(await screen.findByText('没有找到这位毕业生，或者不在你负责的县区。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回毕业生台账' })).toHaveAttribute('href', '/staff/graduates');
  });
});
