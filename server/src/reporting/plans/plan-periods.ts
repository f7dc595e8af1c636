// Pure arithmetic of plan periods: where a plan stands on a date, and the yearly pace derived from a total target
// when the text sets no yearly numbers (a straight line through the period: derived, never the plan's own figure).
import { PlanStatus } from './plan-vocab.js';

export interface Period { startDate: string; endDate: string }

const DAY = 86_400_000;

export function statusOn(plan: Period, date: string): PlanStatus {
  if (date < plan.startDate) return PlanStatus.NOT_STARTED;
  if (date > plan.endDate) return PlanStatus.ENDED;
  return PlanStatus.IN_FORCE;
}

/** Whole months in a period (2022-01-01 to 2024-12-31: 36), counting a started month as one. */
export function monthsOf(p: Period): number {
  const m = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
  return m(p.endDate) - m(p.startDate) + 1;
}

/** Days of a range, both ends included. */
export function daysOf(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;
}

export interface YearlyPace {
  /** The total spread evenly over the period's months, per twelve months, rounded up to whole people. */
  perYear: number;
  /** What that pace asks for from 1 January of the date's year to the date (rounded up). */
  expectedToDate: number;
  /** From which total and over how many months it was derived. */
  total: number;
  months: number;
}

export function yearlyPace(total: number, plan: Period, date: string): YearlyPace {
  const months = monthsOf(plan);
  const perYear = Math.ceil((total * 12) / months - 1e-9);
  const year = date.slice(0, 4);
  const share = daysOf(`${year}-01-01`, date) / daysOf(`${year}-01-01`, `${year}-12-31`);
  return { perYear, expectedToDate: Math.ceil(perYear * share - 1e-9), total, months };
}

/** The quarter a date falls in. */
export function quarterOf(date: string): { year: number; quarter: number } {
  return { year: Number(date.slice(0, 4)), quarter: Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1 };
}
