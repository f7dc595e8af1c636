import { describe, expect, it } from '@jest/globals';
import { checkDraft, draftFromEvent, emptyDraft, parseYears, type EventDraft } from './event-draft';

const good = (over: Partial<EventDraft> = {}): EventDraft => ({
  ...emptyDraft('信阳市残疾人联合会'),
  title: '2026年残疾人高校毕业生双选会', kind: 'GRADUATE', startsAt: '2026-12-03 09:00', endsAt: '2026-12-03 16:00',
  registrationOpensAt: '2026-11-20 09:00', registrationClosesAt: '2026-12-02 18:00', address: '信阳市浉河区新华路1号',
  venue: ['stepFreeRoute', 'quietRoom'], seekerCapacity: '200', boothLimit: '30', graduationYears: '2026、2025',
  services: { ...emptyDraft().services, SIGN_LANGUAGE_INTERPRETER: '4', GUIDE: '0' },
  ...over,
});

describe('the event form', () => {
  it('turns a complete draft into the input: times at +08:00, the checklist as flags, only services on offer', () => {
    const { problems, input } = checkDraft(good());
    expect(problems).toEqual({});
    expect(input).toMatchObject({
      startsAt: '2026-12-03T09:00:00+08:00', registrationClosesAt: '2026-12-02T18:00:00+08:00',
      stepFreeRoute: true, quietRoom: true, tactilePaving: false, graduationYears: [2025, 2026],
      services: [{ service: 'SIGN_LANGUAGE_INTERPRETER', quantity: 4 }], seekerCapacity: 200, boothLimit: 30,
      countyCode: null, onlineUrl: '', targetCategories: [],
    });
  });

  it('names each problem on its own field', () => {
    const { problems, input } = checkDraft(good({
      title: '会', endsAt: '2026-12-03 08:00', registrationClosesAt: '2026-12-05 18:00', startsAt: '2026-12-03 9点',
      seekerCapacity: '0', boothLimit: '', graduationYears: '26年', services: { ...emptyDraft().services, GUIDE: '两个' },
    }));
    expect(input).toBeNull();
    expect(Object.fromEntries(Object.entries(problems).map(([f, p]) => [f, p!.key]))).toEqual({
      title: 'events.form.err.title', startsAt: 'events.form.err.dateTimeFormat', registrationClosesAt: 'events.form.err.closesAfterEnd',
      seekerCapacity: 'events.form.err.capacity', boothLimit: 'events.form.err.boothLimit', graduationYears: 'events.form.err.years',
      'service:GUIDE': 'events.form.err.quantity',
    });
    expect(checkDraft(good({ endsAt: '2026-12-03 08:00' })).problems.endsAt?.key).toBe('events.form.err.endBeforeStart');
    // a quantity problem names its service, so the summary can say which one
    expect(problems['service:GUIDE']?.params).toEqual({ service: 'GUIDE' });
  });

  it('asks for an address on site and a link online, and drops what does not apply', () => {
    expect(checkDraft(good({ address: ' ' })).problems.address?.key).toBe('events.form.err.addressMissing');
    expect(checkDraft(good({ mode: 'ONLINE', address: '' })).problems.onlineUrl?.key).toBe('events.form.err.onlineUrl');
    const online = checkDraft(good({ mode: 'ONLINE', onlineUrl: 'https://meeting.example.cn/fair' })).input!;
    expect([online.address, online.venueName, online.onlineUrl]).toEqual(['', '', 'https://meeting.example.cn/fair']);
    const general = checkDraft(good({ kind: 'GENERAL', targetCategories: ['VISUAL'] })).input!;
    expect([general.graduationYears, general.targetCategories]).toEqual([[], []]);
  });

  it('reads years however they are separated', () => {
    expect(parseYears('2025, 2026，2024 2026')).toEqual([2024, 2025, 2026]);
    expect(parseYears('')).toEqual([]);
    expect(parseYears('1900')).toBeNull();
  });

  it('goes back from an event to the same draft', () => {
    const input = checkDraft(good({ latitude: '32.1285', longitude: '114.0913' })).input!;
    const back = draftFromEvent({ ...input, countyCode: null, latitude: 32.1285, longitude: 114.0913, serviceOffers: input.services,
      startsAt: new Date(input.startsAt).toISOString(), endsAt: new Date(input.endsAt).toISOString(),
      registrationOpensAt: new Date(input.registrationOpensAt).toISOString(), registrationClosesAt: new Date(input.registrationClosesAt).toISOString(),
    } as never);
    expect(back).toMatchObject({ startsAt: '2026-12-03 09:00', registrationClosesAt: '2026-12-02 18:00', graduationYears: '2025、2026',
      latitude: '32.1285', venue: ['stepFreeRoute', 'quietRoom'] });
    expect(back.services.SIGN_LANGUAGE_INTERPRETER).toBe('4');
  });
});
