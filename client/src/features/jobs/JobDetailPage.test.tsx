import { describe, expect, it, jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { MeDocument, PostingDetailDocument } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { JobDetailPage } from './JobDetailPage';

jest.setTimeout(20_000);

const posting = (myMatch: unknown) => ({
  __typename: 'Posting', id: 'p1', title: '电商客服（文字）', reserved: true, employmentForm: 'HOME_BASED', salaryMin: 2500, salaryMax: 4000,
  openingsLeft: 2, deadline: null, supports: ['TEXT_COMMUNICATION', 'REMOTE_WORK'],
  county: { __typename: 'County', code: '411503', nameZh: '平桥区', nameEn: 'Pingqiao District' },
  status: 'PUBLISHED', description: '用文字回复买家咨询。', address: '平桥区测试路1号', openings: 3, educationRequired: 'NONE',
  skills: ['电商客服'], suitableCategories: [], demands: ['FAST_PACE'], relaxedAge: false, relaxedHousehold: false, relaxedExamRatio: false,
  relaxationNote: '', easyRead: '这是在家做的工作。用文字回复买家。',
  organization: { __typename: 'Organization', id: 'o1', name: '信阳市平桥区云帆电子商务有限公司', type: 'PLATFORM', description: '', verificationStatus: 'VERIFIED' },
  myApplication: null, myMatch,
});

const match = {
  __typename: 'MatchModel', score: 86, eligible: true,
  reasons: [{ __typename: 'MatchReasonModel', code: 'SUPPORT_OFFERED', text: '提供文字沟通' }, { __typename: 'MatchReasonModel', code: 'REMOTE', text: '可以在家工作' }],
  gaps: [{ __typename: 'MatchGapModel', code: 'NICE_SUPPORT_MISSING', text: '没有手语沟通', blocking: false, closedBy: ['SIGN_LANGUAGE'], subsidy: true, fundingHints: [] }],
};

const me = { request: { query: MeDocument }, maxUsageCount: Infinity, result: { data: { me: {
  __typename: 'User', id: 'u1', displayName: '刘静', role: 'SEEKER', locale: 'zh-CN', phone: '13812345678', email: null, scopeCountyCode: null,
  mustChangePassword: false,
} } } };

const render = (m: unknown) => renderWithApp(<JobDetailPage />, {
  path: '/jobs/p1', route: '/jobs/:id',
  mocks: [me, { request: { query: PostingDetailDocument, variables: { id: 'p1' } }, result: { data: { posting: posting(m) } } }] as never,
});

describe('the job page for a signed-in seeker', () => {
  it('says why the job fits and what would close the gap, as search does', async () => {
    render(match);
    const section = (await screen.findByRole('heading', { level: 2, name: '这个职位适合您吗' })).closest('section')!;
    const lists = within(section).getAllByRole('list');
    expect(within(lists[0]).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['提供文字沟通', '可以在家工作']);
    expect(within(lists[1]).getByRole('listitem').textContent).toMatch(/没有手语沟通/);
    expect(within(section).getByText(/86/)).toBeInTheDocument();
  });

  it('shows no match section when there is no match (not signed in, or no consent)', async () => {
    render(null);
    expect(await screen.findByRole('heading', { level: 1, name: '电商客服（文字）' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '这个职位适合您吗' })).not.toBeInTheDocument();
  });
});
