import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RequireRole } from '../../../components/session';
import { EventRegisterContextDocument, MeDocument, RegisterForEventDocument } from '../../../gql/graphql';
import { renderWithApp } from '../../../test/render';
import { RegisterPage } from './RegisterPage';

jest.setTimeout(20_000);
afterEach(() => window.sessionStorage.clear());

const me = { request: { query: MeDocument }, maxUsageCount: Infinity, result: { data: { me: {
  __typename: 'User', id: 'u1', displayName: '张明', role: 'SEEKER', locale: 'zh-CN', phone: '13812345678', email: null,
  scopeCountyCode: null, mustChangePassword: false,
} } } };
const context = { request: { query: EventRegisterContextDocument, variables: { id: 'e1' } }, maxUsageCount: Infinity, result: { data: { event: {
  __typename: 'Event', id: 'e1', title: '春风行动专场招聘会', status: 'PUBLISHED', mode: 'ON_SITE',
  startsAt: '2027-03-10T01:00:00.000Z', endsAt: '2027-03-10T05:00:00.000Z', venueName: '罗山县体育馆', address: '罗山县城关镇',
  seekerCapacity: 100, registeredCount: 10, registrationOpensAt: null, registrationClosesAt: null,
  county: { __typename: 'County', code: '411521', nameZh: '罗山县', nameEn: 'Luoshan County' },
  serviceOffers: [{ __typename: 'EventServiceOffer', service: 'SIGN_LANGUAGE_INTERPRETER', quantity: 2 }],
  eligibility: { __typename: 'EventEligibility', eligible: true, reasons: [] },
  myRegistration: null,
} } } };

const render = (mocks: object[]) => renderWithApp(<RequireRole role="SEEKER"><RegisterPage /></RequireRole>,
  { path: '/events/e1/register', route: '/events/:id/register', mocks: [me, context, ...mocks] as never });

describe('register for an event', () => {
  it('a lapsed sign-in keeps the services and notes asked for, links to sign in and back, and gives them back', async () => {
    const lapsed = { request: { query: RegisterForEventDocument, variables: () => true }, result: { errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] } };
    const first = render([lapsed]);
    await userEvent.click(await screen.findByRole('checkbox', { name: '手语翻译' }));
    await userEvent.type(screen.getByRole('textbox', { name: '给工作人员的说明：手语翻译' }), '我用通用手语');
    await userEvent.click(screen.getByRole('button', { name: '确认报名' }));
    const summary = await screen.findByRole('group', { name: '请先修改以下问题' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByText(/您的登录已经结束/)).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: '重新登录，回到这一页继续' })).toHaveAttribute('href', '/sign-in?next=%2Fevents%2Fe1%2Fregister');
    first.unmount();

    const sent: unknown[] = [];
    const ok = { request: { query: RegisterForEventDocument, variables: (v: Record<string, unknown>) => { sent.push(v); return true; } }, result: { data: { registerForEvent: {
      __typename: 'EventRegistration', id: 'r1', status: 'REGISTERED', waitlistPosition: null,
      services: [{ __typename: 'EventServiceRequest', id: 's1', service: 'SIGN_LANGUAGE_INTERPRETER', notes: '我用通用手语' }],
      event: { __typename: 'Event', id: 'e1', registeredCount: 11, myRegistration: { __typename: 'EventRegistration', id: 'r1', status: 'REGISTERED', waitlistPosition: null } },
    } } } };
    render([ok]);
    expect(await screen.findByText('已恢复您登录前填写的内容，请检查后再提交。')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '手语翻译' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: '给工作人员的说明：手语翻译' })).toHaveValue('我用通用手语');
    await userEvent.click(screen.getByRole('button', { name: '确认报名' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(sent).toEqual([{ eventId: 'e1', services: [{ service: 'SIGN_LANGUAGE_INTERPRETER', notes: '我用通用手语' }] }]);
    expect(window.sessionStorage.length).toBe(0);
  });
});
