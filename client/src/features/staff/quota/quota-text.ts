// Quota figures in words: number formats, and the step-by-step explanation of a position (how the required
// number and the levy were worked out). Pure: the server does the arithmetic, this only shows it.
import type { I18n } from '../../../i18n/I18nProvider';
import type { QuotaNote, QuotaReason } from '../../../gql/graphql';

export interface PositionFigures {
  year: number;
  yearDataEntered: boolean;
  staffCount: number;
  averageWage?: number | null;
  ratioPercent: number;
  requiredExact: number;
  required: number;
  counted: number;
  countedPeople: number;
  achievedRatioPercent?: number | null;
  ratioMet: boolean;
  atLeastOneApplies: boolean;
  atLeastOneMet?: boolean | null;
  shortfall: number;
  socialAverageWage?: number | null;
  socialAverageWageYear?: number | null;
  wageCap?: number | null;
  levyWage?: number | null;
  wageCapped: boolean;
  levyDue?: number | null;
  reductionPayPercent?: number | null;
  smallEnterpriseExempt: boolean;
  levyPayable?: number | null;
}

export interface QuotaFormat {
  /** people, up to 4 decimals: 4.8, 0.64, 1.3333 */
  persons: (n: number) => string;
  /** yuan with two decimals and grouping: 58,320.00 */
  money: (n: number) => string;
  /** a whole count: 300 */
  count: (n: number) => string;
  /** a percentage, up to 2 decimals: 1.33 */
  percent: (n: number) => string;
}

export function quotaFormat(locale: string): QuotaFormat {
  const persons = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false });
  const money = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
  return { persons: (n) => persons.format(n), money: (n) => money.format(n), count: (n) => count.format(n), percent: (n) => percent.format(n) };
}

/** The server's word on whether the levy rests on an estimated wage (a list row or a form may not ask). */
export interface WageFacts { wageEstimated?: boolean | null }

/** The levy in one phrase: an amount (saying so when it rests on an estimated wage), exempt, or no estimate. */
export function levyText(p: Pick<PositionFigures, 'levyPayable' | 'smallEnterpriseExempt'> & WageFacts, t: I18n['t'], f: QuotaFormat): string {
  if (p.smallEnterpriseExempt) return t('quota.position.exempt');
  if (p.levyPayable === null || p.levyPayable === undefined) return t('quota.noEstimate');
  const amount = t('quota.yuan', { amount: f.money(p.levyPayable) });
  return p.wageEstimated ? t('quota.estimatedWage', { amount }) : amount;
}

/** The "at least one" rule's state in words. */
export function atLeastOneText(p: Pick<PositionFigures, 'atLeastOneApplies' | 'atLeastOneMet'>, t: I18n['t']): string {
  if (!p.atLeastOneApplies) return t('quota.position.atLeastOneNotApplicable');
  return p.atLeastOneMet ? t('quota.position.atLeastOneMet') : t('quota.position.atLeastOneNotMet');
}

/** Each step of the calculation as one plain sentence, in the order a person would work it out. */
export function explainPosition(p: PositionFigures, t: I18n['t'], f: QuotaFormat): string[] {
  const steps: string[] = [];
  const staff = f.count(p.staffCount);
  const ratio = f.percent(p.ratioPercent);
  const exact = f.persons(p.requiredExact);
  const counted = f.persons(p.counted);
  steps.push(p.yearDataEntered ? t('quota.steps.staff', { year: p.year, staff }) : t('quota.steps.staffFromProfile', { year: p.year, staff }));
  steps.push(t('quota.steps.required', { staff, ratio, exact }));
  if (p.required > p.requiredExact) steps.push(t('quota.steps.requiredAtLeastOne'));
  steps.push(t('quota.steps.counted', { people: f.count(p.countedPeople), counted }));
  const achieved = p.achievedRatioPercent === null || p.achievedRatioPercent === undefined ? null : f.percent(p.achievedRatioPercent);
  if (achieved !== null) steps.push(t('quota.steps.achieved', { counted, staff, achieved }));
  steps.push(p.ratioMet ? t('quota.steps.met') : t('quota.steps.notMet'));
  if (p.atLeastOneApplies) steps.push(p.atLeastOneMet ? t('quota.steps.atLeastOneMet') : t('quota.steps.atLeastOneNotMet'));
  if (p.ratioMet || p.shortfall <= 0) return steps;

  const shortfall = f.persons(p.shortfall);
  steps.push(t('quota.steps.shortfall', { exact, counted, shortfall }));
  if (p.averageWage === null || p.averageWage === undefined || p.levyWage === null || p.levyWage === undefined) {
    steps.push(t('quota.steps.noWage'));
    return steps;
  }
  const levyWage = f.money(p.levyWage);
  if (p.wageCap !== null && p.wageCap !== undefined && p.socialAverageWage) {
    const multiple = f.percent(Math.round((p.wageCap / p.socialAverageWage) * 100) / 100);
    steps.push(t('quota.steps.cap', { social: f.money(p.socialAverageWage), socialYear: p.socialAverageWageYear ?? p.year, multiple, cap: f.money(p.wageCap) }));
    steps.push(t(p.wageCapped ? 'quota.steps.wageCapped' : 'quota.steps.wageNotCapped', { wage: f.money(p.averageWage), levyWage }));
  } else {
    steps.push(t('quota.steps.noCap'));
  }
  const due = f.money(p.levyDue ?? 0);
  steps.push(t('quota.steps.due', { shortfall, levyWage, due }));
  if (p.smallEnterpriseExempt) {
    steps.push(t('quota.steps.exempt', { staff }));
    return steps;
  }
  const payable = f.money(p.levyPayable ?? 0);
  if (p.reductionPayPercent !== null && p.reductionPayPercent !== undefined) {
    steps.push(t('quota.steps.reduction', { achieved: achieved ?? '0', pay: p.reductionPayPercent, due, payable }));
  }
  steps.push(t('quota.steps.result', { payable }));
  return steps;
}

export const reasonKey = (r: QuotaReason) => `quota.reason.${r}` as const;
export const noteKey = (n: QuotaNote) => `quota.note.${n}` as const;
