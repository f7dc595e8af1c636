import { describe, expect, it } from '@jest/globals';
import { ActionLine, DisabilityCategory, EmploymentForm, OrganizationType, Residence } from '../common/domain.js';
import { deriveActionLine, isMassageRole, type ActionLineFacts } from './action-line.js';

const base: ActionLineFacts = {
  organizationType: OrganizationType.PRIVATE, employmentForm: EmploymentForm.FULL_TIME,
  category: DisabilityCategory.PHYSICAL, residence: Residence.URBAN, graduateYear: null, startYear: 2023,
  employerIsMassageClinic: false, holdsMassageQualification: false, massageRole: false,
};

describe('deriveActionLine', () => {
  it.each<[Partial<ActionLineFacts>, ActionLine]>([
    [{}, ActionLine.PRIVATE],
    [{ organizationType: OrganizationType.PLATFORM }, ActionLine.PRIVATE],
    [{ residence: Residence.RURAL }, ActionLine.RURAL],
    [{ organizationType: OrganizationType.GOVERNMENT_AGENCY, residence: Residence.RURAL }, ActionLine.PUBLIC_SECTOR],
    [{ organizationType: OrganizationType.PUBLIC_INSTITUTION }, ActionLine.PUBLIC_SECTOR],
    [{ organizationType: OrganizationType.STATE_OWNED }, ActionLine.STATE_OWNED],
    [{ organizationType: OrganizationType.SOCIAL_ORG }, ActionLine.DISABILITY_ORG],
    [{ organizationType: OrganizationType.AUXILIARY_INSTITUTION }, ActionLine.DISABILITY_ORG],
    [{ employmentForm: EmploymentForm.PUBLIC_WELFARE, organizationType: OrganizationType.GOVERNMENT_AGENCY }, ActionLine.HARD_TO_EMPLOY],
    [{ employmentForm: EmploymentForm.AUXILIARY }, ActionLine.HARD_TO_EMPLOY],
    [{ graduateYear: 2022 }, ActionLine.GRADUATE],
    [{ graduateYear: 2020 }, ActionLine.PRIVATE],
    [{ graduateYear: 2024 }, ActionLine.PRIVATE], // graduates after the start: not yet a graduate hire
  ])('%o → %s', (over, expected) => {
    expect(deriveActionLine({ ...base, ...over })).toBe(expected);
  });
});

// docs/counting.md, "Blind massage": the worked examples, from the facts of clinic and qualification, never the title
describe('the blind-massage line (（八）实施盲人按摩就业促进行动)', () => {
  const blind = { ...base, category: DisabilityCategory.VISUAL };
  it.each<[string, Partial<ActionLineFacts>, ActionLine]>([
    ['1. a blind person hired by a registered clinic (a private 保健按摩店)', { employerIsMassageClinic: true }, ActionLine.BLIND_MASSAGE],
    ['2. … by a registered clinic that is a social organisation', { employerIsMassageClinic: true, organizationType: OrganizationType.SOCIAL_ORG }, ActionLine.BLIND_MASSAGE],
    ['3. a qualified blind masseur in a massage job at a hospital', { organizationType: OrganizationType.PUBLIC_INSTITUTION, holdsMassageQualification: true, massageRole: true }, ActionLine.BLIND_MASSAGE],
    ['4. a qualified blind masseur in a job that is not massage (a call centre)', { holdsMassageQualification: true, massageRole: false }, ActionLine.PRIVATE],
    ['5. a massage job without a qualification on record, employer not a clinic', { massageRole: true }, ActionLine.PRIVATE],
    ['6. a rural blind person at an unregistered massage shop with no qualification', { residence: Residence.RURAL, massageRole: true }, ActionLine.RURAL],
    ['7. a blind graduate at a clinic within two years: the graduate line comes first', { employerIsMassageClinic: true, graduateYear: 2022 }, ActionLine.GRADUATE],
    ['8. a public-welfare post at a clinic: hard to employ comes first', { employerIsMassageClinic: true, employmentForm: EmploymentForm.PUBLIC_WELFARE }, ActionLine.HARD_TO_EMPLOY],
  ])('%s', (_, over, expected) => {
    expect(deriveActionLine({ ...blind, ...over })).toBe(expected);
  });

  it('counts blind people only: a deaf receptionist at a registered clinic counts under the employer\'s own line', () => {
    expect(deriveActionLine({ ...base, category: DisabilityCategory.HEARING, employerIsMassageClinic: true })).toBe(ActionLine.PRIVATE);
    expect(deriveActionLine({ ...base, category: DisabilityCategory.HEARING, holdsMassageQualification: true, massageRole: true })).toBe(ActionLine.PRIVATE);
  });

  it('never reads the title: a title saying 按摩 with no clinic and no qualification is not blind massage', () => {
    // (the old rule matched /按摩|推拿|massage/ in the title; the facts replace it)
    expect(deriveActionLine({ ...blind })).toBe(ActionLine.PRIVATE);
  });

  it('a massage role is a posting asking for a massage skill', () => {
    expect(isMassageRole(['保健按摩', '穴位'])).toBe(true);
    expect(isMassageRole([' 推拿 '])).toBe(true);
    expect(isMassageRole(['读屏软件', '电话客服'])).toBe(false);
    expect(isMassageRole(['按摩椅销售'])).toBe(false);
    expect(isMassageRole(null)).toBe(false);
  });
});
