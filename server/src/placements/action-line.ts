// Which action line of the plan a placement counts under (DOMAIN.md). Staff can correct it.
import { ActionLine, DisabilityCategory, EmploymentForm, OrganizationType, Residence } from '../common/domain.js';

export interface ActionLineFacts {
  organizationType: OrganizationType;
  employmentForm: EmploymentForm;
  postingTitle: string | null;
  category: DisabilityCategory | null;
  residence: Residence;
  graduateYear: number | null;
  startYear: number;
}

/** Years after graduation in which a hire still counts as a graduate placement. */
export const GRADUATE_WINDOW_YEARS = 2;

export function deriveActionLine(f: ActionLineFacts): ActionLine {
  if (f.employmentForm === EmploymentForm.AUXILIARY || f.employmentForm === EmploymentForm.PUBLIC_WELFARE) return ActionLine.HARD_TO_EMPLOY;
  if (f.graduateYear != null && f.startYear - f.graduateYear >= 0 && f.startYear - f.graduateYear <= GRADUATE_WINDOW_YEARS) return ActionLine.GRADUATE;
  if (f.category === DisabilityCategory.VISUAL && /按摩|推拿|massage/i.test(f.postingTitle ?? '')) return ActionLine.BLIND_MASSAGE;
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
