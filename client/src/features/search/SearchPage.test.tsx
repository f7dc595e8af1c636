import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
              items: list.map((p) => ({ __typename: 'PostingSearchHit', posting: p, match: matched ? match : null })),
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
