// Vocabularies of quota and levy (按比例安排残疾人就业 and 残疾人就业保障金). Pure data: quota.module.ts registers them.

export { ContractKind } from '../../common/domain.js';

/** Why a person employed by the organization does not count (or counts for fewer months). */
export enum QuotaReason {
  NO_CERTIFICATE = 'NO_CERTIFICATE', // no disability level on record
  CONTRACT_FACTS_MISSING = 'CONTRACT_FACTS_MISSING', // contract kind, wage or social insurance not entered
  CONTRACT_TOO_SHORT = 'CONTRACT_TOO_SHORT',
  WAGE_BELOW_MINIMUM = 'WAGE_BELOW_MINIMUM',
  MINIMUM_WAGE_NOT_SET = 'MINIMUM_WAGE_NOT_SET', // the policy has no local minimum wage for the year
  SOCIAL_INSURANCE_NOT_FULL = 'SOCIAL_INSURANCE_NOT_FULL',
  INSURANCE_MONTHS_SHORT = 'INSURANCE_MONTHS_SHORT', // stated insurance months fewer than the months employed in the year
  PART_TIME = 'PART_TIME',
  DISPATCHED_COUNTED_BY_AGENCY = 'DISPATCHED_COUNTED_BY_AGENCY',
  NOT_WORKING_AGE = 'NOT_WORKING_AGE', // outside working age in every month employed
  PART_OF_YEAR_OUTSIDE_WORKING_AGE = 'PART_OF_YEAR_OUTSIDE_WORKING_AGE',
  NO_MONTH_IN_YEAR = 'NO_MONTH_IN_YEAR', // not employed at the end of any month of the year
}

/** Remarks on a quota position: where a figure came from, or what is missing for an exact answer. */
export enum QuotaNote {
  NO_YEAR_DATA = 'NO_YEAR_DATA', // no staff count for the year: the organization's profile figure was used
  WAGE_NOT_ENTERED = 'WAGE_NOT_ENTERED', // no average wage: no levy estimate
  SOCIAL_WAGE_FROM_EARLIER_YEAR = 'SOCIAL_WAGE_FROM_EARLIER_YEAR', // the latest published figure before the year
  SOCIAL_WAGE_NOT_SET = 'SOCIAL_WAGE_NOT_SET', // no local social average wage at all: the wage is not capped
  POSTS_FROM_STAFF_COUNT = 'POSTS_FROM_STAFF_COUNT', // no established posts entered: staff count used for the "at least one" rule
  COUNTED_ABOVE_STAFF = 'COUNTED_ABOVE_STAFF', // more disabled people counted than staff: check the staff count
  PROVISIONAL = 'PROVISIONAL', // the year is not over: ongoing employment is assumed to continue to December
}
