// Which action line of the plan a placement counts under (DOMAIN.md, docs/counting.md). Staff can correct it.
import { ActionLine, DisabilityCategory, EmploymentForm, OrganizationType, Residence } from '../common/domain.js';

export interface ActionLineFacts {
  organizationType: OrganizationType;
  employmentForm: EmploymentForm;
  category: DisabilityCategory | null;
  residence: Residence;
  graduateYear: number | null;
  startYear: number;
  /** The employer is registered as a blind-massage clinic (盲人医疗按摩所 or 保健按摩店) */
  employerIsMassageClinic: boolean;
  /** The person holds a massage qualification on record (盲人医疗按摩人员资格证 or 保健按摩职业技能等级), issued by the start */
  holdsMassageQualification: boolean;
  /** The job is massage work: its posting asks for a massage skill, or staff said so when recording it */
  massageRole: boolean;
}

/** Years after graduation in which a hire still counts as a graduate placement. */
export const GRADUATE_WINDOW_YEARS = 2;

/** Skills a posting asks for that make it massage work (its skills, never its title). */
export const MASSAGE_SKILLS: readonly string[] = ['按摩', '保健按摩', '医疗按摩', '盲人按摩', '推拿'];

export function isMassageRole(skills: readonly string[] | null | undefined): boolean {
  return (skills ?? []).some((s) => MASSAGE_SKILLS.includes(s.trim()));
}

/**
 * 盲人按摩 (plan （八）实施盲人按摩就业促进行动): a person with a visual disability, employed by a registered massage clinic,
 * or holding a massage qualification in a massage job elsewhere (a hospital, a community health centre).
 */
export function countsAsBlindMassage(f: Pick<ActionLineFacts, 'category' | 'employerIsMassageClinic' | 'holdsMassageQualification' | 'massageRole'>): boolean {
  return f.category === DisabilityCategory.VISUAL && (f.employerIsMassageClinic || (f.holdsMassageQualification && f.massageRole));
}

export function deriveActionLine(f: ActionLineFacts): ActionLine {
  if (f.employmentForm === EmploymentForm.AUXILIARY || f.employmentForm === EmploymentForm.PUBLIC_WELFARE) return ActionLine.HARD_TO_EMPLOY;
  if (f.graduateYear != null && f.startYear - f.graduateYear >= 0 && f.startYear - f.graduateYear <= GRADUATE_WINDOW_YEARS) return ActionLine.GRADUATE;
  if (countsAsBlindMassage(f)) return ActionLine.BLIND_MASSAGE;
  switch (f.organizationType) {
    case OrganizationType.GOVERNMENT_AGENCY:
    case OrganizationType.PUBLIC_INSTITUTION:
      return ActionLine.PUBLIC_SECTOR;
    case OrganizationType.STATE_OWNED:
      return ActionLine.STATE_OWNED;
    case OrganizationType.SOCIAL_ORG:
    case OrganizationType.AUXILIARY_INSTITUTION:
      return ActionLine.DISABILITY_ORG;
    default:
      return f.residence === Residence.RURAL ? ActionLine.RURAL : ActionLine.PRIVATE;
  }
}
