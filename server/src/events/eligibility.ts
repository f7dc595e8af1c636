// Who may attend an event: graduates of given years for graduate fairs, given categories or counties for
// targeted fairs. Pure; the reasons are message keys so the person is told why in their language.
import type { DisabilityCategory } from '../common/domain.js';
import { EventKind } from './event-vocab.js';

export interface EligibilityRules {
  kind: EventKind;
  graduationYears: number[];
  targetCategories: DisabilityCategory[];
  targetCounties: string[];
}

export interface EligibilityFacts {
  graduateYear: number | null;
  category: DisabilityCategory | null;
  countyCode: string;
}

export interface Ineligibility {
  key: string;
  params: Record<string, string>;
}

export function checkEligibility(rules: EligibilityRules, person: EligibilityFacts): Ineligibility[] {
  const reasons: Ineligibility[] = [];
  if (rules.kind === EventKind.GRADUATE) {
    if (person.graduateYear == null) reasons.push({ key: 'event.notEligible.notGraduate', params: {} });
    else if (rules.graduationYears.length && !rules.graduationYears.includes(person.graduateYear)) {
      reasons.push({ key: 'event.notEligible.graduationYear', params: { years: rules.graduationYears.join('、') } });
    }
  }
  if (rules.kind === EventKind.TARGETED) {
    if (rules.targetCategories.length && (!person.category || !rules.targetCategories.includes(person.category))) {
      reasons.push({ key: 'event.notEligible.category', params: { categories: rules.targetCategories.join(',') } });
    }
    if (rules.targetCounties.length && !rules.targetCounties.includes(person.countyCode)) {
      reasons.push({ key: 'event.notEligible.county', params: { counties: rules.targetCounties.join(',') } });
    }
  }
  return reasons;
}
