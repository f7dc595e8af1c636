import { describe, expect, it, jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import { renderWithApp } from '../../../test/render';
import { EMPLOYER_EVENTS, EmployerEventsPage } from './EmployerEventsPage';

const event = (id: string, title: string, over: Record<string, unknown> = {}) => ({
  __typename: 'RecruitmentEvent', id, title, status: 'PUBLISHED', kind: 'TARGETED', mode: 'ONSITE',
  startsAt: '2026-12-08T01:00:00.000Z', endsAt: '2026-12-08T07:00:00.000Z', venueName: '信阳国际会展中心', address: '羊山新区新五大道',
  openToBoothApplications: true, boothLimit: 10, boothCount: 2, targetOrganizationTypes: [], county: null, ...over,
});

const booth = (id: string, status: string, ev: ReturnType<typeof event>) => ({
  __typename: 'EventBooth', id, status, declineReason: null, createdAt: '2026-11-01T01:00:00.000Z',
  event: { __typename: 'RecruitmentEvent', id: ev.id, title: ev.title, status: ev.status, mode: ev.mode, startsAt: ev.startsAt, endsAt: ev.endsAt,
    venueName: ev.venueName, address: ev.address, county: null },
  postings: [], applicants: [],
});

function mocks() {
  const stateOnly = event('e1', '国有企业残疾人定向招聘会', { targetOrganizationTypes: ['STATE_OWNED', 'PUBLIC_INSTITUTION'] });
  const open = event('e2', '平台经济线上专场', { kind: 'GENERAL', mode: 'ONLINE' });
  const withdrawn = event('e3', '罗山县专场招聘会', { kind: 'GENERAL' });
  return [{
    request: { query: EMPLOYER_EVENTS }, maxUsageCount: Infinity,
    result: { data: {
      myOrganization: { __typename: 'Organization', id: 'o1', name: '信阳云帆电子商务有限公司', type: 'PRIVATE', verificationStatus: 'VERIFIED' },
      myBooths: [booth('b3', 'WITHDRAWN', withdrawn)],
      events: { __typename: 'EventPage', total: 3, items: [stateOnly, open, withdrawn] },
    } },
  }];
}

jest.setTimeout(20_000);

describe('employer: fairs open for booths', () => {
  it('a fair for other employer types says so in words instead of offering a booth; a withdrawn booth may be applied for again', async () => {
    renderWithApp(<EmployerEventsPage />, { path: '/employer/events', mocks: mocks() });
    const restricted = await screen.findByRole('article', { name: '国有企业残疾人定向招聘会' });
    expect(restricted).toHaveTextContent('这场招聘会只面向国有企业、事业单位，贵单位不能申请展位。');
    expect(screen.queryByRole('link', { name: /申请展位\s*：\s*国有企业残疾人定向招聘会/ })).toBeNull();
    expect(screen.getByRole('link', { name: /申请展位\s*：\s*平台经济线上专场/ })).toHaveAttribute('href', '/employer/events/e2/booth');
    expect(screen.getByRole('link', { name: /申请展位\s*：\s*罗山县专场招聘会/ })).toHaveAttribute('href', '/employer/events/e3/booth');
  });
});
