// Dates and times of events as people type and read them. Events happen in Xinyang: every time is read
// and written in China Standard Time (UTC+8, no daylight saving), whatever the device's own zone.
const ZONE = 'Asia/Shanghai';

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Full-width digits and punctuation (typed with a Chinese input method) become plain ones. */
function normalize(text: string): string {
  return text.normalize('NFKC').trim().replace(/[年月/.]/g, '-').replace(/日/g, ' ').replace(/\s+/g, ' ').replace(/- /g, '-').trim();
}

/** "2026-12-03" (or 2026/12/3, 2026年12月3日) → "2026-12-03"; null when it is not a real date. */
export function parseDateInput(text: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})-?$/.exec(normalize(text));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

/** "2026-12-03 09:00" (also 2026-12-3 9:00, a full-width colon, or T between) → ISO 8601 at +08:00; null when invalid. */
export function parseDateTimeInput(text: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T-]?\s*(\d{1,2}):(\d{2})$/.exec(normalize(text));
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  if (!validDate(y, mo, d) || h > 23 || mi > 59) return null;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00+08:00`;
}

function parts(iso: string): Record<string, string> {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  return Object.fromEntries(f.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
}

/** An instant as the form shows it: "2026-12-03 09:00" in China Standard Time. */
export function toDateTimeInput(iso: string): string {
  const p = parts(iso);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The calendar date of an instant in China Standard Time, YYYY-MM-DD. */
export function dateInChina(iso: string | Date): string {
  const p = parts(typeof iso === 'string' ? iso : iso.toISOString());
  return `${p.year}-${p.month}-${p.day}`;
}

/** "2026年12月3日 09:00–17:00", or both ends in full when the event runs over several days. */
export function formatEventTime(startsAt: string, endsAt: string, locale: string): string {
  const date = new Intl.DateTimeFormat(locale, { timeZone: ZONE, year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' });
  const time = new Intl.DateTimeFormat(locale, { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const s = new Date(startsAt);
  const e = new Date(endsAt);
  if (dateInChina(startsAt) === dateInChina(endsAt)) return `${date.format(s)} ${time.format(s)}–${time.format(e)}`;
  return `${date.format(s)} ${time.format(s)} – ${date.format(e)} ${time.format(e)}`;
}

/** "12月3日 09:00": a moment within the coming months, in China Standard Time. */
export function formatShortDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: ZONE, month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(new Date(iso));
}
