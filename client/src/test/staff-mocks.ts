// Mocks the staff screens' tests share: who is signed in (a staff member of a county, or of the city) and the counties.
import { ME } from '../components/session';
import { COUNTIES } from '../components/counties';

/** A staff member signed in: of the county given, or city-wide (null). */
export function staffMe(scopeCountyCode: string | null) {
  return { request: { query: ME }, maxUsageCount: Infinity, result: { data: { me: { __typename: 'User', id: 'u1', displayName: '王芳', role: 'STAFF',
    locale: 'zh-CN', phone: null, email: null, scopeCountyCode } } } };
}

const NAMES: Record<string, [string, string]> = { '411521': ['罗山县', 'Luoshan County'], '411528': ['息县', 'Xi County'] };

/** The counties of the city the screen offers (by code: 411521 罗山县, 411528 息县). */
export function countiesMock(codes: readonly string[]) {
  return { request: { query: COUNTIES }, maxUsageCount: Infinity, result: { data: { counties: codes.map((code) => (
    { __typename: 'County', code, nameZh: NAMES[code][0], nameEn: NAMES[code][1] })) } } };
}
