// An interview as an iCalendar file. Times are written in UTC (…Z), which every calendar shows in the reader's
// own zone; the description also says the time in China time, the way the product shows it.
import type * as Ics from 'ics';
import { lazyModule } from '../common/lazy-module.js';

import { localDateTime } from '../common/local-time.js';
import type { Interview } from './interview.entity.js';
import { InterviewMode } from './interview-vocab.js';

/** ics, loaded at the first calendar file asked for (common/lazy-module.ts). */
const ics = lazyModule<typeof Ics>('ics');

export function interviewIcs(i: Interview, title: string, organizationName: string): string {
  const s = i.startsAt;
  const { error, value } = ics().createEvent({
    uid: `interview-${i.id}@zhuyetong`,
    title: `面试：${title}（${organizationName}）`,
    start: [s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate(), s.getUTCHours(), s.getUTCMinutes()],
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: i.durationMinutes },
    location: i.mode === InterviewMode.ONLINE ? (i.onlineUrl ?? '') : i.place,
    ...(i.mode === InterviewMode.ONLINE && i.onlineUrl ? { url: i.onlineUrl } : {}),
    description: [`北京时间 ${localDateTime(s)}（Asia/Shanghai）`, `联系方式：${i.contact}`, i.accessNote, i.message].filter(Boolean).join('\n'),
    status: i.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
    productId: 'zhuyetong/interviews',
  });
  if (error || !value) throw error ?? new Error('ics: no value');
  return value;
}
