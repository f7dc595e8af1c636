import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '../common/errors.js';
import { chinaInstant, InterviewsService } from './interviews.service.js';
import { InterviewMode } from './interview-vocab.js';

// checkPlan uses none of the service's collaborators
const service = new InterviewsService(null as never, null as never, null as never, null as never);
const NOW = new Date('2026-12-06T16:30:00Z'); // 00:30 on 7 December in China
const plan = (over: Record<string, unknown> = {}) => ({
  startsAt: '2026-12-07T09:00', durationMinutes: 30, mode: InterviewMode.IN_PERSON, place: '一楼', accessFeatures: [], accessNote: '',
  onlineUrl: null, contact: '短信', message: '', ...over,
});
const paths = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidInputError) return e.fields.map((x) => x.path);
    throw e;
  }
  return [];
};

describe('an interview plan', () => {
  it('reads a time without a zone as China time, and keeps an explicit zone', () => {
    expect(chinaInstant('2026-12-07T09:00').toISOString()).toBe('2026-12-07T01:00:00.000Z');
    expect(chinaInstant('2026-12-07T09:00:00Z').toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect(chinaInstant('2026-12-07T09:00:00+08:00').toISOString()).toBe('2026-12-07T01:00:00.000Z');
  });

  it('is in the future by China\'s clock, has a place in person and a web link online, and a contact', () => {
    expect(service.checkPlan(plan(), NOW).startsAt.toISOString()).toBe('2026-12-07T01:00:00.000Z');
    // 00:15 on 7 December China time is already past at 00:30
    expect(paths(() => service.checkPlan(plan({ startsAt: '2026-12-07T00:15' }), NOW))).toEqual(['input.startsAt']);
    expect(paths(() => service.checkPlan(plan({ place: ' ', contact: '' }), NOW))).toEqual(['input.place', 'input.contact']);
    expect(paths(() => service.checkPlan(plan({ mode: InterviewMode.ONLINE, place: '' }), NOW))).toEqual(['input.onlineUrl']);
    for (const bad of ['javascript:alert(1)', 'ftp://x.cn/a', 'https://localhost/x', 'not a link']) {
      expect(paths(() => service.checkPlan(plan({ mode: InterviewMode.ONLINE, onlineUrl: bad }), NOW))).toEqual(['input.onlineUrl']);
    }
    expect(service.checkPlan(plan({ mode: InterviewMode.ONLINE, place: '', onlineUrl: 'https://meeting.example.cn/r/1' }), NOW).onlineUrl)
      .toBe('https://meeting.example.cn/r/1');
  });
});
