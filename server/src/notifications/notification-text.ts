// A notice is stored as a kind and parameters, never as words: it is worded when it is read or sent, in the
// recipient's language.
import { translate } from '../common/messages.js';
import { currentLocale, type Locale } from '../common/request-context.js';

const TIME_ZONE = 'Asia/Shanghai';

/**
 * Parameters named *At are ISO timestamps, written out in China's time zone; parameters named *Key are message
 * keys, worded with the other parameters and stored under the name without "Key" (decisionKey: 'booth.approved'
 * gives {decision}).
 */
export function formatParams(params: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  const fmt = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
  const out: Record<string, string | number> = Object.fromEntries(Object.entries(params)
    .map(([k, v]) => [k, k.endsWith('At') && typeof v === 'string' ? fmt.format(new Date(v)) : v]));
  for (const [k, v] of Object.entries(params)) {
    if (k.endsWith('Key') && k.length > 3 && typeof v === 'string') out[k.slice(0, -3)] = translate(v, out, locale);
  }
  return out;
}

export function notificationText(n: { kind: string; params: Record<string, string | number> }, locale: Locale = currentLocale()): { title: string; body: string } {
  const p = formatParams(n.params, locale);
  return { title: translate(`notify.${n.kind}.title`, p, locale), body: translate(`notify.${n.kind}.body`, p, locale).trim() };
}
