// The words for job demands and workplace supports come from the server's vocabulary (gql/vocabulary.ts, written by
// `npm run schema`), never from a copy in the client's message files or lib/.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VOCABULARY } from '../gql/vocabulary';
import { JOB_DEMANDS, WORKPLACE_SUPPORTS } from '../lib/enums';
import { makeI18n } from './I18nProvider';
import { enEnums } from './en';
import { zhCNEnums } from './zh-CN';

const SRC = join(process.cwd(), 'client/src');
const sources = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  if (statSync(p).isDirectory()) return f === 'gql' ? [] : sources(p);
  return /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
});

describe('the vocabulary on screen', () => {
  it('labels every demand and support from the generated vocabulary, in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { label } = makeI18n(locale);
      for (const d of VOCABULARY[locale].demands) expect(label('JobDemand', d.code)).toBe(d.label);
      for (const s of VOCABULARY[locale].supports) expect(label('WorkplaceSupport', s.code)).toBe(s.label);
    }
    for (const locale of ['zh-CN', 'en'] as const) {
      const { label } = makeI18n(locale);
      for (const f of VOCABULARY[locale].employmentForms) expect(label('EmploymentForm', f.code)).toBe(f.label);
      for (const e of VOCABULARY[locale].educations) expect(label('Education', e.code)).toBe(e.label);
    }
    expect(makeI18n('zh-CN').label('EmploymentForm', 'HOME_BASED')).toBe('居家就业');
    expect(makeI18n('zh-CN').label('WorkplaceSupport', 'REMOTE_WORK')).toBe(VOCABULARY['zh-CN'].supports.find((s) => s.code === 'REMOTE_WORK')!.label);
  });

  it('lists the codes in the vocabulary\'s order', () => {
    expect(JOB_DEMANDS).toEqual(VOCABULARY.en.demands.map((d) => d.code));
    expect(WORKPLACE_SUPPORTS).toEqual(VOCABULARY.en.supports.map((s) => s.code));
  });

  it('keeps no copy: the message files have no demand or support table, and no client file repeats their words', () => {
    expect(Object.keys(zhCNEnums)).not.toEqual(expect.arrayContaining(['JobDemand']));
    expect(Object.keys(zhCNEnums)).not.toContain('WorkplaceSupport');
    expect(Object.keys(enEnums)).not.toContain('JobDemand');
    expect(Object.keys(enEnums)).not.toContain('WorkplaceSupport');
    for (const table of ['EmploymentForm', 'Education']) {
      expect(Object.keys(zhCNEnums)).not.toContain(table);
      expect(Object.keys(enEnums)).not.toContain(table);
    }
    const words = (['zh-CN', 'en'] as const).flatMap((l) => [...VOCABULARY[l].demands, ...VOCABULARY[l].supports])
      .map((x) => x.label).filter((w) => w.length >= 4);
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      // a table of them would repeat several; a message may use one of the words for something else (a casework job coach)
      const repeated = words.filter((w) => text.includes(`'${w}'`));
      expect([file, repeated.length > 2 ? repeated : []]).toEqual([file, []]);
    }
  });
});
