import { describe, expect, it } from '@jest/globals';
import { BARRIER_REMOVED_BY } from '../../vocabulary/rules.js';
import { DisabilityCategory, EmploymentForm, OrganizationType, PostingStatus } from '../../common/domain.js';
import { JobDemand, WorkplaceSupport } from '../../vocabulary/codes.js';
import { birthDateFromResidentId, genderFromResidentId, normalizeCreditCode, parseCertificate } from '../../common/identity-numbers.js';
import { readRegionFile } from '../../regions/regions.service.js';
import { contextFromRegion, generateOrganizations, orgCodeCheckChar, PostingGenerator, type GeneratorContext } from './generator.js';
import { copyField } from './rows.js';
import { SeekerGenerator } from './seekers.js';

const region = readRegionFile('server/regions/xinyang.json');
const TODAY = new Date('2026-03-15T09:30:00Z');
const ctxOf = (seed: number): GeneratorContext => contextFromRegion(region, seed, TODAY);

function sample(seed: number, seekers = 2000, postings = 500, organizations = 80) {
  const ctx = ctxOf(seed);
  const orgs = generateOrganizations(ctx, organizations);
  const postingGen = new PostingGenerator(ctx, orgs);
  const seekerGen = new SeekerGenerator(ctx);
  return {
    ctx, orgs,
    postings: Array.from({ length: postings }, () => postingGen.next()),
    seekers: Array.from({ length: seekers }, () => seekerGen.next()),
  };
}

const a = sample(7);

describe('determinism', () => {
  it('gives identical rows for the same seed and reference day', () => {
    const b = sample(7);
    expect(b.orgs).toEqual(a.orgs);
    expect(b.postings).toEqual(a.postings);
    expect(b.seekers).toEqual(a.seekers);
  });
  it('gives different rows for a different seed', () => {
    const c = sample(8, 50, 50, 10);
    expect(c.orgs.map((o) => o.name)).not.toEqual(a.orgs.slice(0, 10).map((o) => o.name));
    expect(c.seekers.map((s) => s.certificate)).not.toEqual(a.seekers.slice(0, 50).map((s) => s.certificate));
    expect(new Set([...c.seekers, ...a.seekers].map((s) => s.id)).size).toBe(2050);
  });
  it('keeps earlier rows when more are asked for (a bigger run extends a smaller one)', () => {
    const small = sample(7, 100, 20, 80);
    expect(small.seekers).toEqual(a.seekers.slice(0, 100));
    expect(small.postings).toEqual(a.postings.slice(0, 20));
  });
});

describe('identity numbers', () => {
  it('writes certificates that parse and agree with category, level, birth date, gender and county', () => {
    for (const s of a.seekers) {
      const parsed = parseCertificate(s.certificate!, { category: s.category, level: s.level });
      if (!parsed.ok) throw new Error(`${s.certificate}: ${parsed.problem}`);
      expect(parsed.value.number).toBe(s.certificate);
      expect(birthDateFromResidentId(parsed.value.residentId)).toBe(s.birthDate);
      expect(genderFromResidentId(parsed.value.residentId)).toBe(s.gender);
      expect(parsed.value.residentId.slice(0, 6)).toBe(s.countyCode);
    }
  });
  it('never repeats a certificate, even across seeds in different lanes', () => {
    const other = sample(8, 2000, 0, 1);
    const all = [...a.seekers, ...other.seekers].map((s) => s.certificate);
    expect(new Set(all).size).toBe(all.length);
  });
  it('computes the GB 11714 organization code check inside known credit codes', () => {
    expect(orgCodeCheckChar('M000100Y')).toBe('4'); // 91350100M000100Y43
    expect(orgCodeCheckChar('60003734')).toBe('1'); // 91110000600037341L
    for (const o of generateOrganizations(ctxOf(3), 200)) expect(orgCodeCheckChar(o.creditCode.slice(8, 16))).toBe(o.creditCode[16]);
  });
  it('writes valid, unique credit codes with the registration kind of the employer type', () => {
    const many = generateOrganizations(ctxOf(7), 3000);
    for (const o of many) {
      expect(normalizeCreditCode(o.creditCode)).toBe(o.creditCode);
      const kind = o.creditCode.slice(0, 2);
      if (o.type === OrganizationType.GOVERNMENT_AGENCY) expect(kind).toBe('11');
      if (o.type === OrganizationType.PUBLIC_INSTITUTION) expect(kind).toBe('12');
      if (o.type === OrganizationType.SOCIAL_ORG || o.type === OrganizationType.AUXILIARY_INSTITUTION) expect(kind).toBe('52');
    }
    expect(new Set(many.map((o) => o.creditCode)).size).toBe(many.length);
  });
  it('keeps every seeker within working age on the reference day', () => {
    for (const s of a.seekers) {
      const age = (TODAY.getTime() - Date.parse(s.birthDate)) / (365.2425 * 86_400_000);
      expect(age).toBeGreaterThanOrEqual(16);
      expect(age).toBeLessThan(61);
    }
  });
});

describe('coverage of a modest sample', () => {
  const codes = region.counties.map((c) => c.code).sort();
  it('has every county, organization type, employment form and category', () => {
    expect([...new Set(a.orgs.map((o) => o.countyCode))].sort()).toEqual(codes);
    expect([...new Set(a.seekers.map((s) => s.countyCode))].sort()).toEqual(codes);
    expect(new Set(a.orgs.map((o) => o.type))).toEqual(new Set(Object.values(OrganizationType)));
    expect(new Set(a.postings.map((p) => p.employmentForm))).toEqual(new Set(Object.values(EmploymentForm)));
    expect(new Set(a.seekers.map((s) => s.category))).toEqual(new Set(Object.values(DisabilityCategory)));
  });
  it('has massage jobs open to blind people and voice-call jobs with and without a text channel', () => {
    const massage = a.postings.filter((p) => /按摩|推拿/.test(p.title));
    expect(massage.length).toBeGreaterThan(5);
    for (const p of massage) {
      expect(p.demands).not.toContain(JobDemand.READING_PRINT);
      expect(p.supports).toContain(WorkplaceSupport.SCREEN_READER);
    }
    const voice = a.postings.filter((p) => p.demands.includes(JobDemand.VOICE_CALLS));
    expect(voice.some((p) => p.supports.includes(WorkplaceSupport.TEXT_COMMUNICATION))).toBe(true);
    expect(voice.some((p) => !p.supports.includes(WorkplaceSupport.TEXT_COMMUNICATION))).toBe(true);
  });
  it('keeps posting dates and numbers consistent with the schema', () => {
    const today = TODAY.toISOString().slice(0, 10);
    for (const p of a.postings) {
      expect(p.salaryMin).toBeGreaterThanOrEqual(1500);
      expect(p.salaryMax).toBeLessThanOrEqual(8000);
      expect(p.salaryMin).toBeLessThanOrEqual(p.salaryMax);
      expect(p.title.length).toBeLessThanOrEqual(80);
      if (p.status === PostingStatus.PUBLISHED) {
        expect(p.deadline! > today).toBe(true);
        expect(p.publishedAt! < TODAY.toISOString()).toBe(true);
      }
      if (p.status === PostingStatus.DRAFT) expect(p.publishedAt).toBeNull();
      if (p.status === PostingStatus.CLOSED) expect(p.closedAt! > p.publishedAt!).toBe(true);
    }
    expect(a.postings.filter((p) => p.status === PostingStatus.PUBLISHED).length).toBeGreaterThan(a.postings.length * 0.7);
  });
  it('has roughly the requested category mix and a rural majority', () => {
    const share = (pred: (s: (typeof a.seekers)[number]) => boolean) => a.seekers.filter(pred).length / a.seekers.length;
    expect(share((s) => s.category === DisabilityCategory.PHYSICAL)).toBeGreaterThan(0.35);
    expect(share((s) => s.category === DisabilityCategory.PHYSICAL)).toBeLessThan(0.45);
    expect(share((s) => s.residence === 'RURAL')).toBeGreaterThan(0.5);
    expect(share((s) => s.graduateYear !== null)).toBeGreaterThan(0.02);
  });
  it('gives everyone the sensitive-data consent and most the job-matching one', () => {
    expect(a.seekers.every((s) => s.consents[0].purpose === 'SENSITIVE_DATA' && s.consents[0].granted)).toBe(true);
    const matching = a.seekers.filter((s) => s.consents.some((c) => c.purpose === 'JOB_MATCHING')).length;
    expect(matching / a.seekers.length).toBeGreaterThan(0.75);
  });
  it('only asks for supports that exist and never lists a must-have support as nice-to-have', () => {
    const supports = new Set(Object.values(WorkplaceSupport));
    for (const s of a.seekers) {
      for (const x of [...s.supportsMust, ...s.supportsNice]) expect(supports.has(x)).toBe(true);
      for (const x of s.supportsMust) expect(s.supportsNice).not.toContain(x);
      for (const d of s.cannotDo) expect(BARRIER_REMOVED_BY[d]).toBeDefined();
    }
  });
});

describe('COPY text encoding', () => {
  it('escapes text, arrays, bytea and NULL', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField('a\tb\\c\nd')).toBe('a\\tb\\\\c\\nd');
    expect(copyField(['按摩', 'a"b'])).toBe('{"按摩","a\\\\"b"}');
    expect(copyField(Buffer.from([0xde, 0xad]))).toBe('\\\\xdead');
    expect(copyField(true)).toBe('t');
  });
});
