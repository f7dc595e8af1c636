// The insurance months an employer types per placement: checked in the browser first (a whole number from 0 to the
// months employed that year), as the server checks them again.
import { normalizeNumber } from './year-figures';

/** The months typed, or null when they are not a whole number from 0 to `employed`. */
export function parseInsuranceMonths(typed: string, employed: number): number | null {
  const s = normalizeNumber(typed);
  if (!/^\d{1,2}$/.test(s)) return null;
  const n = Number(s);
  return n <= employed && n <= 12 ? n : null;
}
