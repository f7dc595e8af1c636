// Quiet hours: no SMS between 21:00 and 08:00 China time (Asia/Shanghai, UTC+8 all year: China keeps no summer
// time), except a change to an interview or a fair happening that same day. A message caught in quiet hours is
// deferred to 08:00, never dropped. "Now" is a parameter so the rule is tested at any hour.

const OFFSET_MS = 8 * 3600_000;
export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 8;

/** Kinds that are changes to an interview or a fair: on the day itself they go out at any hour. */
export function isSameDayChangeKind(kind: string): boolean {
  return kind === 'EVENT_CANCELLED' || kind === 'PROMOTED' || kind.startsWith('INTERVIEW');
}

function chinaDate(d: Date): string {
  return new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

function chinaHour(d: Date): number {
  return new Date(d.getTime() + OFFSET_MS).getUTCHours();
}

export function inQuietHours(now: Date): boolean {
  const h = chinaHour(now);
  return h >= QUIET_FROM_HOUR || h < QUIET_UNTIL_HOUR;
}

/** The next 08:00 China time after now. */
export function quietHoursEnd(now: Date): Date {
  const local = new Date(now.getTime() + OFFSET_MS);
  const day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), QUIET_UNTIL_HOUR);
  const at = local.getUTCHours() < QUIET_UNTIL_HOUR ? day : day + 86_400_000;
  return new Date(at - OFFSET_MS);
}

/** The time of the interview or fair a notice is about: the first *At parameter that is a date. */
function aboutTime(params: Record<string, unknown>): Date | null {
  for (const [k, v] of Object.entries(params)) {
    if (k.endsWith('At') && typeof v === 'string') {
      const d = new Date(v);
      if (!Number.isNaN(d.getTime())) return d;
    }
  }
  return null;
}

/** When an SMS of this kind may go: now (null) or the end of the quiet hours. */
export function smsDeferredUntil(kind: string, params: Record<string, unknown>, now: Date): Date | null {
  if (!inQuietHours(now)) return null;
  if (isSameDayChangeKind(kind)) {
    const at = aboutTime(params);
    if (at && chinaDate(at) === chinaDate(now)) return null;
  }
  return quietHoursEnd(now);
}
