import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ME } from '../../components/session';
import { graphql } from '../../gql';
import { renderWithApp } from '../../test/render';
import { SAVE_SEARCH } from './SaveSearch';
import { MY_SAVED_SEARCHES, SavedSearchesPage } from './SavedSearchesPage';
import { SEARCH, SearchPage } from './SearchPage';

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);
const UPDATE = graphql(`
  mutation UpdateSavedSearch($id: ID!, $input: UpdateSavedSearchInput!) {
    updateSavedSearch(id: $id, input: $input) { id name frequency }
  }
`);
const DELETE = graphql(`
  mutation DeleteSavedSearch($id: ID!) { deleteSavedSearch(id: $id) }
`);

jest.setTimeout(20_000);
const slow = { timeout: 5000 };
const LUOSHAN = '411521';

const posting = {
  __typename: 'Posting', id: 'p1', title: '盲人推拿师', reserved: true, employmentForm: 'FULL_TIME', salaryMin: 3000, salaryMax: 4500, openingsLeft: 2,
  deadline: null, supports: ['SCREEN_READER'], county: { __typename: 'County', code: LUOSHAN, nameZh: '罗山县', nameEn: 'Luoshan County' },
  organization: { __typename: 'Organization', id: 'o1', name: '罗山县光明盲人按摩中心', type: 'SOCIAL_ORG', verificationStatus: 'VERIFIED' },
};
const match = {
  __typename: 'MatchModel', score: 86, eligible: true,
  reasons: [{ __typename: 'MatchReasonModel', code: 'SUPPORT_OFFERED', text: '提供读屏软件' }], gaps: [],
};
const filter = (over: Record<string, unknown> = {}) => ({
  __typename: 'SavedSearchFilter', countyCodes: [], employmentForms: [], organizationTypes: [], supportsAll: [], demandsNone: [],
  reservedOnly: false, remoteOnly: false, category: null, salaryAtLeast: null, ...over,
});
const tuina = {
  __typename: 'SavedSearch', id: 's1', name: '推拿 · 罗山县', query: '推拿', frequency: 'INSTANT', path: `/jobs?q=%E6%8E%A8%E6%8B%BF&county=${LUOSHAN}`,
  lastAlertedAt: '2026-12-06T00:05:00Z', filter: filter({ countyCodes: [LUOSHAN], reservedOnly: true }),
  lastAlert: { __typename: 'SavedSearchAlert', id: 'a1', createdAt: '2026-12-06T00:05:00Z', count: 1,
    items: [{ __typename: 'SavedSearchAlertItem', posting, match }] },
};
const service = { ...tuina, id: 's2', name: '客服', query: '客服', frequency: 'DAILY', path: '/jobs?q=%E5%AE%A2%E6%9C%8D', lastAlertedAt: null, filter: filter(), lastAlert: null };

const seekerMe = { __typename: 'User', id: 'u1', displayName: '王芳', role: 'SEEKER', locale: 'zh-CN', phone: '13800000021', email: null, scopeCountyCode: null, mustChangePassword: false };

function mocks(calls: Array<Record<string, unknown>>) {
  let deleted = false;
  return [
    { request: { query: ME }, result: { data: { me: seekerMe } }, maxUsageCount: Infinity },
    { request: { query: COUNTIES }, maxUsageCount: Infinity,
      result: { data: { counties: [{ __typename: 'County', code: LUOSHAN, nameZh: '罗山县', nameEn: 'Luoshan County' }] } } },
    { request: { query: MY_SAVED_SEARCHES }, maxUsageCount: Infinity,
      result: () => ({ data: { mySavedSearches: deleted ? [tuina] : [tuina, service] } }) },
    { request: { query: UPDATE, variables: (v: Record<string, unknown>) => { calls.push(v); return true; } }, maxUsageCount: Infinity,
      result: (v: Record<string, any>) => ({ data: { updateSavedSearch: { __typename: 'SavedSearch', id: v.id, name: v.input.name, frequency: v.input.frequency } } }) },
    { request: { query: DELETE, variables: (v: Record<string, unknown>) => { calls.push({ deleted: v.id }); deleted = true; return true; } },
      result: { data: { deleteSavedSearch: 's2' } } },
  ];
}

describe('saved searches page', () => {
  it('lists each saved search with its words, filters, frequency and last alert with why each job fits', async () => {
    renderWithApp(<SavedSearchesPage />, { path: '/saved-searches', mocks: mocks([]) });
    const card = await screen.findByRole('article', { name: '推拿 · 罗山县' }, slow);
    expect(screen.getByRole('heading', { level: 1, name: '保存的搜索' })).toBeInTheDocument();
    expect(screen.getByText('您保存了 2 个搜索（最多 20 个）')).toBeInTheDocument();
    expect(await within(card).findByText('罗山县、预留岗位')).toBeInTheDocument();
    expect(within(card).getByText('有新职位马上提醒')).toBeInTheDocument();
    expect(within(card).getByText(/1 个新职位/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '盲人推拿师' })).toHaveAttribute('href', '/jobs/p1');
    expect(within(card).getByText('提供读屏软件')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: /^查看现在的搜索结果/ })).toHaveAttribute('href', tuina.path);
    expect(within(card).getByRole('link', { name: /^查看现在的搜索结果/ })).toHaveTextContent('查看现在的搜索结果：推拿 · 罗山县');
    const other = screen.getByRole('article', { name: '客服' });
    expect(within(other).getByText('还没有提醒过。有符合的新职位时会提醒您。')).toBeInTheDocument();
    expect(within(other).getByText('没有筛选条件')).toBeInTheDocument();
    expect(within(other).getByText('每天汇总提醒一次')).toBeInTheDocument();
  });

  it('renames and changes the frequency in a dialog; an empty name is refused at the field', async () => {
    const calls: Array<Record<string, unknown>> = [];
    const user = userEvent.setup();
    renderWithApp(<SavedSearchesPage />, { path: '/saved-searches', mocks: mocks(calls) });
    const edit = within(await screen.findByRole('article', { name: '客服' }, slow)).getByRole('button', { name: /^修改/ });
    edit.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: '修改保存的搜索' });
    const name = within(dialog).getByLabelText(/名称/);
    expect(name).toHaveValue('客服');
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: '保存修改' }));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getAllByText('请填写名称').length).toBeGreaterThan(0);
    expect(calls).toEqual([]);
    await user.type(name, '在家做客服');
    await user.click(within(dialog).getByRole('radio', { name: '有新职位马上提醒' }));
    await user.click(within(dialog).getByRole('button', { name: '保存修改' }));
    await waitFor(() => expect(calls).toEqual([{ id: 's2', input: { name: '在家做客服', frequency: 'INSTANT' } }]));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('已保存修改：在家做客服'));
  });

  it('deletes only after the confirmation, and Escape keeps it', async () => {
    const calls: Array<Record<string, unknown>> = [];
    const user = userEvent.setup();
    renderWithApp(<SavedSearchesPage />, { path: '/saved-searches', mocks: mocks(calls) });
    const del = within(await screen.findByRole('article', { name: '客服' }, slow)).getByRole('button', { name: /^删除/ });
    await user.click(del);
    expect(await screen.findByRole('dialog', { name: '删除保存的搜索' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '不删除' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls).toEqual([]);
    await user.click(del);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(calls).toEqual([{ deleted: 's2' }]));
    await waitFor(() => expect(screen.queryByRole('article', { name: '客服' })).toBeNull());
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('已删除：客服'));
  });
});

describe('save this search (search page)', () => {
  const result = { __typename: 'PostingSearchResult', total: 0, page: 1, pageSize: 10, matched: false, relaxed: false, facets: null, items: [] };

  it('a seeker saves the words and filters with a name made from them; an empty name is refused at the field', async () => {
    const saved: Array<Record<string, any>> = [];
    const user = userEvent.setup();
    renderWithApp(<SearchPage />, {
      path: `/jobs?q=${encodeURIComponent('推拿')}&county=${LUOSHAN}`,
      mocks: [
        ...mocks([]),
        { request: { query: SEARCH, variables: () => true }, maxUsageCount: Infinity, result: { data: { searchPostings: result } } },
        { request: { query: SAVE_SEARCH, variables: (v: Record<string, unknown>) => { saved.push(v); return true; } },
          result: (v: Record<string, any>) => ({ data: { saveSearch: { __typename: 'SavedSearch', id: 's9', name: v.input.name, frequency: v.input.frequency } } }) },
      ],
    });
    const open = await screen.findByRole('button', { name: '保存这个搜索' }, slow);
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    const name = await screen.findByRole('textbox', { name: /名称/ });
    await waitFor(() => expect(name).toHaveValue('推拿 · 罗山县'));
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(document.title).toMatch(/^错误：/));
    expect(saved).toEqual([]);
    await user.type(name, '罗山推拿');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].input).toMatchObject({ name: '罗山推拿', query: '推拿', frequency: 'DAILY', filter: { countyCodes: [LUOSHAN] } });
    expect(await screen.findByText(/已保存“罗山推拿”。/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '管理保存的搜索' })).toHaveAttribute('href', '/saved-searches');
    expect(open).toHaveFocus();
    expect(open).toHaveAttribute('aria-expanded', 'false');
  });
});
