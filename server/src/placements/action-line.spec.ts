import { describe, expect, it } from '@jest/globals';
import { ActionLine, DisabilityCategory, EmploymentForm, OrganizationType, Residence } from '../common/domain.js';
import { deriveActionLine, type ActionLineFacts } from './action-line.js';

const base: ActionLineFacts = {
  organizationType: OrganizationType.PRIVATE, employmentForm: EmploymentForm.FULL_TIME, postingTitle: '电商客服',
  category: DisabilityCategory.PHYSICAL, residence: Residence.URBAN, graduateYear: null, startYear: 2023,
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
    [{ category: DisabilityCategory.VISUAL, postingTitle: '盲人按摩师' }, ActionLine.BLIND_MASSAGE],
    [{ category: DisabilityCategory.HEARING, postingTitle: '盲人按摩师' }, ActionLine.PRIVATE],
  ])('%o → %s', (over, expected) => {
    expect(deriveActionLine({ ...base, ...over })).toBe(expected);
  });
});
