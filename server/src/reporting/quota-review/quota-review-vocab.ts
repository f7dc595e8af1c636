// Vocabulary of the quota-review pack (按比例安排残疾人就业年审). Pure data: quota-review.module.ts registers it.

/** Where a pack stands: not submitted (the live figures), with staff, confirmed, or returned to the employer. */
export enum QuotaReviewStatus { DRAFT = 'DRAFT', SUBMITTED = 'SUBMITTED', CONFIRMED = 'CONFIRMED', RETURNED = 'RETURNED' }

/** The lines of the quota and levy arithmetic, in the order the pack shows them. */
export enum QuotaReviewLineKey {
  STAFF_COUNT = 'STAFF_COUNT', RATIO = 'RATIO', REQUIRED = 'REQUIRED', COUNTED = 'COUNTED', ACHIEVED_RATIO = 'ACHIEVED_RATIO',
  SHORTFALL = 'SHORTFALL', AVERAGE_WAGE = 'AVERAGE_WAGE', LEVY_WAGE = 'LEVY_WAGE', LEVY_DUE = 'LEVY_DUE',
  REDUCTION = 'REDUCTION', LEVY_PAYABLE = 'LEVY_PAYABLE',
}
