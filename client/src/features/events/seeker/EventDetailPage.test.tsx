import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ME } from '../../../components/session';
import { graphql } from '../../../gql';
import type { Locale } from '../../../i18n/types';
import { renderWithApp } from '../../../test/render';
import { EVENT_DETAIL, EventDetailPage } from './EventDetailPage';

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const fair = {
  __typename: 'RecruitmentEvent', id: 'e1', title: '罗山县残疾人专场招聘会', kind: 'GENERAL', mode: 'ONSITE', status: 'PUBLISHED',
  startsAt: '2099-03-10T01:00:00.000Z', endsAt: '2099-03-10T07:00:00.000Z', venueName: '罗山县人力资源市场', address: '罗山县城关镇',
  organizer: '罗山县残联', seekerCapacity: 100, registeredCount: 40,
  registrationOpensAt: '2026-01-01T00:00:00.000Z', registrationClosesAt: '2099-03-09T10:00:00.000Z',
  stepFreeRoute: true, accessibleToilets: true, tactilePaving: false, quietRoom: false, accessibleParking: false, seating: true,
  county: { __typename: 'County', code: '411521', nameZh: '罗山县', nameEn: 'Luoshan County' },
  serviceOffers: [{ __typename: 'ServiceOffer', service: 'SIGN_LANGUAGE_INTERPRETER', quantity: 2 }],
  description: '', onlineUrl: null, accessibilityNote: '', cancelReason: null,
  graduationYears: [], targetCategories: [], targetCounties: [], targetOrganizationTypes: [],
  openToBoothApplications: true, boothLimit: 10, boothCount: 1,
  eligibility: null, myRegistration: null,
  booths: [{
    __typename: 'EventBooth', id: 'b1', status: 'APPROVED',
    organization: { __typename: 'Organization', id: 'o1', name: '罗山县光明盲人按摩中心', type: 'SOCIAL_ORG' },
    postings: [],
  }],
};

const mocks = [
  { request: { query: ME }, result: { data: { me: null } }, maxUsageCount: Infinity },
  { request: { query: COUNTIES }, result: { data: { counties: [] } }, maxUsageCount: Infinity },
  { request: { query: EVENT_DETAIL, variables: { id: 'e1' } }, result: { data: { event: fair } }, maxUsageCount: Infinity },
];

const show = (locale: Locale = 'zh-CN') => renderWithApp(<EventDetailPage />, { path: '/events/e1', route: '/events/:id', mocks, locale });

jest.setTimeout(20_000);
afterEach(() => {
  delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
  delete (globalThis as unknown as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
});

describe('fair page: easy read and read aloud, as on job pages', () => {
  it('shows an easy-read summary, one idea per line, with a read-aloud button that reads it', async () => {
    const spoken: string[] = [];
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { getVoices: () => [{ lang: 'zh-CN', name: 'Tingting' }], speak: (u: { text: string }) => spoken.push(u.text), cancel: () => {} },
    });
    (globalThis as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class { constructor(public text: string) {} };
    show();
    const easy = await screen.findByRole('region', { name: '简明版' });
    const lines = within(easy).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines[0]).toBe('这是一场综合招聘会，名字是“罗山县残疾人专场招聘会”。');
    expect(lines).toContain('地点在罗山县人力资源市场，罗山县城关镇。');
    expect(lines).toContain('还可以报名 60 个人。');
    expect(lines).toContain('有 1 家用人单位参加。');
    expect(lines).toContain('招聘会上有手语翻译。');
    expect(lines).toContain('现场有无障碍通道（没有台阶）、无障碍厕所、休息座椅。');
    await userEvent.click(within(easy).getByRole('button', { name: '朗读简明版' }));
    expect(spoken).toEqual([lines.join('')]);
    expect(within(easy).getByRole('button', { name: '停止朗读' })).toBeInTheDocument();
  });

  it('in English too', async () => {
    show('en');
    const easy = await screen.findByRole('region', { name: 'Easy read' });
    expect(within(easy).getAllByRole('listitem')[0]).toHaveTextContent('This is a general job fair called "罗山县残疾人专场招聘会".');
    expect(easy).toHaveTextContent('At the fair there is: sign language interpreter.');
  });
});
