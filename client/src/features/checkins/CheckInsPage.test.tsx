import { describe, expect, it, jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { ME } from '../../components/session';
import { renderWithApp } from '../../test/render';
import { CheckInsNavLink, waitingCount } from './CheckInsNavLink';
import { CheckInsPage, MY_CHECK_INS } from './CheckInsPage';

jest.setTimeout(20_000);

const me = { __typename: 'User', id: 'u1', displayName: '张', role: 'SEEKER', locale: 'zh-CN', phone: null, email: null, scopeCountyCode: null, mustChangePassword: false };
const checkIn = (placementId: string, month: number, o: { answer?: string | null; recordedByStaff?: string | null; staffLeftOn?: string | null } = {}) => ({
  __typename: 'CheckInModel', placementId, month, dueDate: '2026-09-01', startDate: '2026-06-01', organizationName: '罗山县甲公司', personName: '张三',
  answer: null, recordedByStaff: null, staffLeftOn: null, ...o,
});
const mocks = (list: unknown[]) => [
  { request: { query: ME }, maxUsageCount: Infinity, result: { data: { me } } },
  { request: { query: MY_CHECK_INS }, maxUsageCount: Infinity, result: { data: { myCheckIns: list } } },
];

describe('check-ins', () => {
  it('a month staff recorded is shown as settled, with no question; the menu link counts only those waiting', async () => {
    const list = [
      checkIn('p1', 3, { recordedByStaff: 'LEFT', staffLeftOn: '2026-08-20' }),
      checkIn('p2', 1),
      checkIn('p3', 1, { answer: 'EMPLOYED' }),
    ];
    renderWithApp(<><nav><CheckInsNavLink employer={false} /></nav><CheckInsPage /></>, { path: '/check-ins', mocks: mocks(list) });
    const cards = await screen.findAllByRole('article', { name: '您还在“罗山县甲公司”工作吗？' });
    expect(cards).toHaveLength(3);
    expect(cards[0]).toHaveTextContent('残联工作人员已记录：2026年8月20日离职。这个月不用再回答。');
    expect(within(cards[0]).queryByRole('button')).toBeNull();
    expect(within(cards[1]).getByRole('button', { name: '还在这里工作' })).toBeInTheDocument();
    // the link's name carries the number waiting (one: answered and settled ones are not waiting)
    expect(await screen.findByRole('link', { name: /^回访确认\s?（1条待回答）$/ })).toHaveAttribute('href', '/check-ins');
  });

  it('counts as waiting only what is neither answered nor recorded by staff', () => {
    expect(waitingCount([{ answer: null, recordedByStaff: null }, { answer: 'LEFT' }, { recordedByStaff: 'EMPLOYED' }, {}])).toBe(2);
  });
});
