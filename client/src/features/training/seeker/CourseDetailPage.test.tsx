import { describe, expect, it, jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { ME } from '../../../components/session';
import { graphql } from '../../../gql';
import type { Locale } from '../../../i18n/types';
import { renderWithApp } from '../../../test/render';
import { COURSE_DETAIL, CourseDetailPage } from './CourseDetailPage';

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const course = (over: Record<string, unknown> = {}) => ({
  __typename: 'TrainingCourse', id: 'c1', title: '电商客服与直播带货培训班', kind: 'NEW_FORMS', skills: ['电商客服', '直播带货'],
  certificateKind: 'VOCATIONAL', certificateLevel: '五级/初级工', startsOn: '2099-03-01', endsOn: '2099-03-20', schedule: '每周一至周五 9:00-16:00',
  sessions: 15, mode: 'ONSITE', venueName: '罗山县残疾人职业培训基地', address: '罗山县城关镇宝城路1号', capacity: 30, enrolledCount: 29, open: true,
  feeYuan: 0, subsidyNote: '培训费、生活费（含交通费）补贴', subsidyYuan: null, subsidySource: '', subsidyAmountText: '待核实',
  stepFreeRoute: true, accessibleToilets: false, hearingLoop: true, tactilePaving: false, signLanguage: true, brailleMaterials: false,
  largePrint: false, captions: false, county: { __typename: 'County', code: '411521', nameZh: '罗山县', nameEn: 'Luoshan County' },
  provider: { __typename: 'TrainingProvider', id: 'p1', name: '罗山县残疾人职业培训基地', kind: 'FEDERATION_BASE', address: '', contactPhone: '0376-2100000' },
  description: '', accessibilityNote: '', canManage: false, hasPlaces: true, myEnrolment: null, cancelledAt: null, cancelReason: null, ...over,
});

const show = (c: Record<string, unknown>, locale: Locale = 'zh-CN') => renderWithApp(<CourseDetailPage />, {
  path: '/training/c1', route: '/training/:id', locale, mocks: [
    { request: { query: ME }, result: { data: { me: null } }, maxUsageCount: Infinity },
    { request: { query: COUNTIES }, result: { data: { counties: [] } }, maxUsageCount: Infinity },
    { request: { query: COURSE_DETAIL, variables: { id: 'c1' } }, result: { data: { course: c } }, maxUsageCount: Infinity },
  ],
});

jest.setTimeout(20_000);

describe('a course page', () => {
  it('says 待核实 for a subsidy amount no document states, never a figure', async () => {
    show(course());
    await screen.findByRole('heading', { level: 1, name: '电商客服与直播带货培训班' });
    const facts = document.querySelector('dl.facts') as HTMLElement;
    expect(facts).toHaveTextContent('补贴培训费、生活费（含交通费）补贴、补贴金额（每人）：待核实');
    expect(facts).toHaveTextContent('还剩1个名额（共30个）');
    expect(facts).toHaveTextContent('职业技能等级证书 五级/初级工');
    const access = screen.getByRole('region', { name: '场地无障碍和上课方式' });
    expect(within(access).getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual(['无障碍通道', '助听环路', '手语授课或手语翻译']);
  });

  it('shows a stated amount with its source, in English too', async () => {
    show(course({ subsidyYuan: 1200, subsidySource: '罗山县残联2026年3号文', subsidyAmountText: '1200 yuan' }), 'en');
    await screen.findByRole('heading', { level: 1 });
    const facts = document.querySelector('dl.facts') as HTMLElement;
    expect(facts).toHaveTextContent('Subsidy per person: 1200 yuan Source: 罗山县残联2026年3号文');
    expect(facts).not.toHaveTextContent('unverified');
  });

  it('asks a visitor to sign in to enrol', async () => {
    show(course());
    expect(await screen.findByRole('link', { name: '登录并报名' })).toHaveAttribute('href', '/sign-in?next=%2Ftraining%2Fc1');
  });

  it('a full course offers no enrolment', async () => {
    show(course({ enrolledCount: 30, hasPlaces: false }));
    expect(await screen.findByText('名额已满，暂时不能报名。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '报名这门课程' })).toBeNull();
  });

  it('a cancelled course says so with the reason and offers no enrolment', async () => {
    show(course({ cancelledAt: '2026-12-01T02:00:00.000Z', cancelReason: '授课老师生病，本期停办' }));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('已取消')).toBeInTheDocument();
    const enrol = screen.getByRole('region', { name: '报名' });
    expect(enrol).toHaveTextContent('这门课程已取消，原因：授课老师生病，本期停办');
    expect(within(enrol).queryByRole('link')).toBeNull();
    expect(within(enrol).queryByRole('button')).toBeNull();
  });

  it('a cancelled course in English', async () => {
    show(course({ cancelledAt: '2026-12-01T02:00:00.000Z', cancelReason: '授课老师生病，本期停办' }), 'en');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('region', { name: 'Enrol' })).toHaveTextContent('This course is cancelled. Reason: 授课老师生病，本期停办');
  });
});
