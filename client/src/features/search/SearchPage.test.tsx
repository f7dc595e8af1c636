import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, useNavigate } from 'react-router';
import { ME } from '../../components/session';
import { graphql } from '../../gql';
import { renderWithApp } from '../../test/render';
import { SEARCH, SearchPage } from './SearchPage';

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const LUOSHAN = '411521';
const PINGQIAO = '411503';

const posting = (id: string, title: string, county: [string, string], reserved: boolean) => ({
  __typename: 'Posting', id, title, reserved, employmentForm: 'FULL_TIME', salaryMin: 2500, salaryMax: 3200, openingsLeft: 2,
  deadline: null, supports: ['SCREEN_READER'],
  county: { __typename: 'County', code: county[0], nameZh: county[1], nameEn: county[1] },
  organization: { __typename: 'Organization', id: `org-${id}`, name: '罗山县光明盲人按摩中心', type: 'SOCIAL_ORG', verificationStatus: 'VERIFIED' },
});

const MASSAGE = posting('p1', '盲人保健按摩师', [LUOSHAN, '罗山县'], true);
const FOOT = posting('p2', '足疗按摩师', [PINGQIAO, '平桥区'], false);

const facet = (pairs: Array<[string, number]>) => pairs.map(([value, count]) => ({ __typename: 'FacetCount', value, count }));
const allFacets = (list: typeof MASSAGE[]) => ({
  __typename: 'PostingFacets',
  counties: facet([[PINGQIAO, list.filter((p) => p === FOOT).length], [LUOSHAN, list.filter((p) => p === MASSAGE).length]]),
  employmentForms: facet([['FULL_TIME', list.length]]),
  organizationTypes: facet([['SOCIAL_ORG', list.length]]),
  supports: facet([['SCREEN_READER', list.length]]),
  reserved: facet([['true', list.filter((p) => p.reserved).length], ['false', list.filter((p) => !p.reserved).length]]),
});

const match = {
  __typename: 'MatchModel', score: 86, eligible: true,
  reasons: [{ __typename: 'MatchReasonModel', code: 'SUPPORT_OFFERED', text: '提供读屏软件' }, { __typename: 'MatchReasonModel', code: 'DEMAND_ABSENT', text: '无需阅读纸质材料' }],
  gaps: [],
};

function mocks({ matched = false } = {}) {
  return [
    { request: { query: ME }, result: { data: { me: null } }, maxUsageCount: Infinity },
    {
      request: { query: COUNTIES }, maxUsageCount: Infinity,
      result: { data: { counties: [
        { __typename: 'County', code: PINGQIAO, nameZh: '平桥区', nameEn: 'Pingqiao District' },
        { __typename: 'County', code: LUOSHAN, nameZh: '罗山县', nameEn: 'Luoshan County' },
      ] } },
    },
    {
      request: { query: SEARCH, variables: () => true }, maxUsageCount: Infinity,
      result: (v: Record<string, any>) => {
        const inLuoshan = v.filter?.countyCodes?.includes(LUOSHAN);
        const list = inLuoshan ? [MASSAGE] : [MASSAGE, FOOT];
        return {
          data: {
            searchPostings: {
              __typename: 'PostingSearchResult', total: list.length, page: 1, pageSize: 10, matched, relaxed: false,
              facets: allFacets(list),
              items: list.map((p) => ({ __typename: 'PostingSearchHit', posting: p, match: matched ? match : null, applied: false })),
            },
            ...(v.withCounties ? {
              countyCounts: { __typename: 'PostingSearchResult', facets: { __typename: 'PostingFacets', counties: allFacets([MASSAGE, FOOT]).counties } },
            } : {}),
          },
        };
      },
    },
  ];
}

const results = () => screen.getByRole('region', { name: '搜索结果' });
// mocked answers and renders take longer on a busy machine than Testing Library's one-second default
const slow = { timeout: 5000 };
// a test waits up to `slow` twice: its own limit leaves room for both on a busy machine
jest.setTimeout(20_000);

describe('search page', () => {
  it('reads the number found in its polite status line and lists the jobs', async () => {
    renderWithApp(<SearchPage />, { path: '/jobs?q=按摩', route: '/jobs', mocks: mocks() });
    await waitFor(() => expect(within(results()).getByRole('status')).toHaveTextContent('找到 2 个职位'), slow);
    expect(within(results()).getAllByRole('article').map((a) => a.getAttribute('aria-labelledby') && within(a).getByRole('heading').textContent))
      .toEqual(['盲人保健按摩师', '足疗按摩师']);
    expect(screen.getByRole('searchbox', { name: '职位关键词' })).toHaveValue('按摩');
    expect(screen.getByText(/登录并填写求职档案后/)).toBeVisible();
    // every employer found is one the federation verified, and says so
    expect(within(results()).getAllByText(/^已核验/)).toHaveLength(2);
  });

  it('a filter checkbox changes the results at once and focus stays on it; the other counties keep their real counts', async () => {
    renderWithApp(<SearchPage />, { path: '/jobs?q=按摩', route: '/jobs', mocks: mocks() });
    const luoshan = await screen.findByRole('checkbox', { name: '罗山县（1）' }, slow);
    expect(screen.getByRole('group', { name: '工作地点（县区）' })).toContainElement(luoshan);
    luoshan.focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(within(results()).getByRole('status')).toHaveTextContent('找到 1 个职位'), slow);
    expect(luoshan).toBeChecked();
    expect(luoshan).toHaveFocus();
    // 平桥区 is an alternative within the same group: choosing it too would add its job
    expect(screen.getByRole('checkbox', { name: '平桥区（1）' })).not.toBeChecked();
    expect(screen.getByText('已选的条件：罗山县')).toBeVisible();
  });

  it('a filter chosen on page 2 goes back to page 1 and still leaves focus on the checkbox', async () => {
    renderWithApp(<SearchPage />, { path: '/jobs?q=按摩&page=2', route: '/jobs', mocks: mocks() });
    const luoshan = await screen.findByRole('checkbox', { name: '罗山县（1）' }, slow);
    luoshan.focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(within(results()).getByRole('status')).toHaveTextContent('找到 1 个职位'), slow);
    expect(luoshan).toHaveFocus();
  });

  it('the search button moves focus to the results heading', async () => {
    renderWithApp(<SearchPage />, { path: '/jobs', route: '/jobs', mocks: mocks() });
    await waitFor(() => expect(within(results()).getByRole('status')).toHaveTextContent('找到 2 个职位'), slow);
    await userEvent.type(screen.getByRole('searchbox', { name: '职位关键词' }), '按摩{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { name: '搜索结果' })).toHaveFocus(), slow);
  });

  it('"more filters" is a disclosure button; the supports inside it are a filter group with counts', async () => {
    renderWithApp(<SearchPage />, { path: '/jobs', route: '/jobs', mocks: mocks() });
    const more = screen.getByRole('button', { name: '更多筛选条件' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: '必须提供的支持' })).not.toBeInTheDocument();
    more.focus();
    await userEvent.keyboard('{Enter}');
    expect(more).toHaveAttribute('aria-expanded', 'true');
    const supports = screen.getByRole('group', { name: '必须提供的支持' });
    await waitFor(() => expect(within(supports).getByRole('checkbox', { name: '读屏软件（2）' })).toBeInTheDocument(), slow);
  });

  it('for a seeker who agreed to matching, each job says why it suits them, and the sort by match is offered', async () => {
    renderWithApp(<SearchPage />, { path: '/jobs?q=罗山按摩', route: '/jobs', mocks: mocks({ matched: true }) });
    const first = (await within(results()).findAllByRole('article', {}, slow))[0];
    const label = within(first).getByText('为什么适合您');
    expect(label.nextElementSibling).toHaveTextContent('提供读屏软件无需阅读纸质材料');
    // each label is said once: as the visible text before its list, not again as the list's name
    for (const list of within(first).getAllByRole('list')) {
      expect(list).not.toHaveAttribute('aria-labelledby');
      expect(list).not.toHaveAttribute('aria-label');
    }
    expect(within(screen.getByRole('combobox', { name: /排序/ })).getByRole('option', { name: '最适合我的在前' })).toBeInTheDocument();
  });
});

/** A phone (under 640 CSS px) or not: jsdom has no matchMedia of its own. */
function viewport({ phone }: { phone: boolean }) {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (media: string) => ({ matches: phone, media, addEventListener: () => undefined, removeEventListener: () => undefined }),
  });
}

describe('search page on a phone', () => {
  afterEach(() => {
    delete (window as { matchMedia?: unknown }).matchMedia;
  });

  it('the results come first; the filter groups are behind one button that says how many are chosen and opens them', async () => {
    viewport({ phone: true });
    renderWithApp(<SearchPage />, { path: `/jobs?q=按摩&county=${LUOSHAN}&reserved=1`, route: '/jobs', mocks: mocks() });
    await waitFor(() => expect(within(results()).getByRole('status')).toHaveTextContent('找到 1 个职位'), slow);
    const button = screen.getByRole('button', { name: '筛选条件（已选2项）' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const groups = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(groups).not.toBeVisible();
    expect(screen.queryByRole('group', { name: '工作地点（县区）' })).not.toBeInTheDocument();
    // the words stay at the top, and the first result comes before every filter group
    expect(screen.getByRole('searchbox', { name: '职位关键词' })).toBeVisible();
    const first = within(results()).getAllByRole('article')[0];
    expect(groups.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('已选的条件：罗山县、只看为残疾人预留的岗位')).toBeVisible();

    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(groups).toBeVisible();
    expect(within(screen.getByRole('group', { name: '工作地点（县区）' })).getByRole('checkbox', { name: /^罗山县/ })).toBeChecked();
    await userEvent.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('with nothing chosen the button says only 筛选条件; in English, Filters (n chosen)', async () => {
    viewport({ phone: true });
    const { unmount } = renderWithApp(<SearchPage />, { path: '/jobs', route: '/jobs', mocks: mocks() });
    expect(screen.getByRole('button', { name: '筛选条件' })).toHaveAttribute('aria-controls', 'jobs-filter-groups');
    unmount();
    renderWithApp(<SearchPage />, { path: '/jobs?forms=FULL_TIME&pay=2500&avoid=PRINT_READING', route: '/jobs', mocks: mocks(), locale: 'en' });
    expect(screen.getByRole('button', { name: 'Filters (3 chosen)' })).toBeInTheDocument();
  });

  it('on a wide screen there is no such button and the filter groups are shown', async () => {
    viewport({ phone: false });
    renderWithApp(<SearchPage />, { path: '/jobs', route: '/jobs', mocks: mocks() });
    expect(screen.queryByRole('button', { name: /^筛选条件/ })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: '工作地点（县区）' })).toBeVisible();
  });
});

describe('search words over the limit', () => {
  it('are refused at the field before sending: the summary names the field and its limit, the results stay', async () => {
    renderWithApp(<SearchPage />, { path: '/jobs?q=按摩', route: '/jobs', mocks: mocks() });
    await waitFor(() => expect(within(results()).getByRole('status')).toHaveTextContent('找到 2 个职位'), slow);
    const box = screen.getByRole('searchbox', { name: '职位关键词' });
    await userEvent.clear(box);
    box.focus();
    await userEvent.paste('按'.repeat(51));
    await userEvent.keyboard('{Enter}');
    const summary = await screen.findByRole('group', { name: '请先修改以下问题' });
    expect(summary).toHaveFocus();
    const message = '职位关键词最多50个字，现在有51个字。请删掉一些。';
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#jobs-q');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(document.title).toMatch(/^错误：/);
    // nothing was sent: the results of 按摩 are still there, with no load error
    expect(within(results()).getByRole('status')).toHaveTextContent('找到 2 个职位');
    expect(within(results()).getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByText('内容没有加载出来')).not.toBeInTheDocument();
    // the summary's link leads to the field; 50 characters are fine: the error goes and the search runs
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(box).toHaveFocus();
    await userEvent.keyboard('{End}{Backspace}');
    expect(box).not.toHaveAttribute('aria-invalid');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { name: '搜索结果' })).toHaveFocus(), slow);
    expect(screen.queryByRole('group', { name: '请先修改以下问题' })).not.toBeInTheDocument();
  });

  it('a filter chosen while the words are too long applies with the words already searched for; the field keeps what was typed', async () => {
    renderWithApp(<SearchPage />, { path: '/jobs?q=按摩', route: '/jobs', mocks: mocks() });
    await waitFor(() => expect(within(results()).getByRole('status')).toHaveTextContent('找到 2 个职位'), slow);
    const box = screen.getByRole('searchbox', { name: '职位关键词' });
    await userEvent.clear(box);
    box.focus();
    await userEvent.paste('按'.repeat(55));
    const luoshan = screen.getByRole('checkbox', { name: '罗山县（1）' });
    luoshan.focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(within(results()).getByRole('status')).toHaveTextContent('找到 1 个职位'), slow);
    expect(luoshan).toHaveFocus();
    expect(box).toHaveValue('按'.repeat(55));
    expect(screen.queryByText('内容没有加载出来')).not.toBeInTheDocument();
  });

  it('in the address (from a link), they are not sent and the field says why', async () => {
    renderWithApp(<SearchPage />, { path: `/jobs?q=${'按'.repeat(60)}`, route: '/jobs', mocks: mocks(), locale: 'en' });
    const box = screen.getByRole('searchbox', { name: 'Job search words' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Job search words can be at most 50 characters; you have 60.'));
    expect(within(screen.getByRole('region', { name: 'Results' })).getByRole('status')).toHaveTextContent('at most 50 characters');
  });
});

function JobStub() {
  const navigate = useNavigate();
  return (
    <main>
      <h1 tabIndex={-1}>职位详情</h1>
      <button type="button" onClick={() => navigate(-1)}>返回</button>
      <Link to="/jobs?q=按摩">再搜一次按摩</Link>
    </main>
  );
}

function renderSearchAndJob(path: string) {
  return renderWithApp(<SearchPage />, { path, route: '/jobs', mocks: mocks(), others: { '/jobs/:id': <JobStub /> } });
}

describe('going Back from a job', () => {
  it('puts focus on the result link that was followed, not on the h1', async () => {
    renderSearchAndJob('/jobs?q=按摩');
    const link = await within(results()).findByRole('link', { name: '足疗按摩师' }, slow);
    link.focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('heading', { name: '职位详情' });
    await userEvent.click(screen.getByRole('button', { name: '返回' }));
    await waitFor(() => expect(within(results()).getByRole('link', { name: '足疗按摩师' })).toHaveFocus(), slow);
  });

  it('coming to the same search by a new visit (not Back) leaves focus where the page puts it', async () => {
    renderSearchAndJob('/jobs?q=按摩');
    const link = await within(results()).findByRole('link', { name: '盲人保健按摩师' }, slow);
    link.focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('heading', { name: '职位详情' });
    await userEvent.click(screen.getByRole('link', { name: '再搜一次按摩' }));
    await within(results()).findAllByRole('article', {}, slow);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: '找工作' })).toHaveFocus(), slow);
    expect(within(results()).getByRole('link', { name: '盲人保健按摩师' })).not.toHaveFocus();
  });
});
