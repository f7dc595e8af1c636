// What the integrity checks tell people, as notice parameters (worded when read, in the reader's language; see
// notification-text.ts: a parameter named *Key is a message key worded with the others, in the order given). Pure.
//   - new flags: the county's staff, one notice per county and run, with how many;
//   - a confirmed finding: each employer concerned, with what was found, the evidence the check stored, staff's note
//     and how many of its placements leave every count. A cleared flag tells nobody: the employer was never told of
//     the flag before a decision, and nothing changes for it.
import { FlagKind } from './integrity-vocab.js';

type Params = Record<string, string | number>;

const str = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 10) : typeof v === 'number' ? String(v) : '—');
const num = (v: unknown): string | number => (typeof v === 'number' ? v : '—');
const FIGURES = new Set(['fillRate', 'interviewRate', 'retention6', 'endedWithin3Months', 'insuranceMonths']);

/** The evidence of a flag from its stored details: the message key and the figures it uses. */
export function evidenceParams(kind: FlagKind, details: Record<string, unknown>): Params {
  switch (kind) {
    case FlagKind.DOUBLE_COUNTED:
      return { from: str(details.from), evidenceKey: 'integrity.evidence.DOUBLE_COUNTED' };
    case FlagKind.SHORT_PLACEMENT:
      return { startDate: str(details.startDate), endDate: str(details.endDate), evidenceKey: 'integrity.evidence.SHORT_PLACEMENT' };
    case FlagKind.STALE_RESERVED_POSTINGS:
      return {
        postings: Array.isArray(details.postings) ? details.postings.length : 0, oldestPublished: str(details.oldestPublished),
        evidenceKey: 'integrity.evidence.STALE_RESERVED_POSTINGS',
      };
    case FlagKind.NO_HISTORY:
      return { startDate: str(details.startDate), evidenceKey: 'integrity.evidence.NO_HISTORY' };
    case FlagKind.PAY_BELOW_MINIMUM:
      return {
        startDate: str(details.startDate), monthlyWage: num(details.monthlyWage), minimum: num(details.minimum), percent: num(details.percent),
        thresholdPercent: num(details.thresholdPercent), evidenceKey: 'integrity.evidence.PAY_BELOW_MINIMUM',
      };
    default: {
      const figure = typeof details.figure === 'string' && FIGURES.has(details.figure) ? details.figure : 'unknown';
      return {
        from: str(details.from), to: str(details.to), percent: num(details.percent), numerator: num(details.numerator),
        denominator: num(details.denominator), threshold: num(details.thresholdPercent),
        figureKey: `integrity.figure.${figure}`, limitKey: details.direction === 'above' ? 'integrity.limit.above' : 'integrity.limit.below',
        evidenceKey: 'integrity.evidence.employerFigure',
      };
    }
  }
}

/** The notice to one employer about a finding staff confirmed. */
export function findingParams(
  flag: { id: string; kind: FlagKind; details: Record<string, unknown> },
  o: { organization: string; excluded: number; note: string; office: Params },
): Params {
  return {
    ...o.office, organization: o.organization, note: o.note, count: o.excluded, flagId: flag.id,
    ...evidenceParams(flag.kind, flag.details),
    findingKey: `integrity.kind.${flag.kind}`,
    placementsKey: o.excluded > 0 ? 'integrity.confirmed.placements' : 'integrity.confirmed.noPlacements',
  };
}
