import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../common/project-root.js';
import { CLIENT_VOCABULARY_FILE, clientVocabularySource } from './client-vocabulary.js';
import { JOB_DEMANDS, VOCABULARY_LOCALES, WORKPLACE_SUPPORTS } from './codes.js';
import { DEMAND_WORDS, demandLabel, demandPhrase, SUPPORT_WORDS, supportLabel, supportPhrase } from './labels.js';
import { BARRIER_REMOVED_BY, CATEGORY_DEFAULTS, isRemote } from './rules.js';
import { vocabularyIn } from './vocabulary.js';

const sourceFiles = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  if (statSync(p).isDirectory()) return f === 'gql' || f === 'vocabulary' ? [] : sourceFiles(p);
  return /\.tsx?$/.test(f) && !/\.(spec|test)\.tsx?$/.test(f) ? [p] : [];
});

describe('vocabulary', () => {
  it('has a label and an easy-read wording for every demand and support in both languages', () => {
    for (const l of VOCABULARY_LOCALES) {
      for (const d of JOB_DEMANDS) {
        expect([d, l, DEMAND_WORDS[d][l].label.trim().length > 0, DEMAND_WORDS[d][l].easyRead.trim().length > 0]).toEqual([d, l, true, true]);
      }
      for (const s of WORKPLACE_SUPPORTS) {
        expect([s, l, SUPPORT_WORDS[s][l].label.trim().length > 0, SUPPORT_WORDS[s][l].easyRead.trim().length > 0]).toEqual([s, l, true, true]);
      }
    }
    expect(Object.keys(DEMAND_WORDS).sort()).toEqual([...JOB_DEMANDS].sort());
    expect(Object.keys(SUPPORT_WORDS).sort()).toEqual([...WORKPLACE_SUPPORTS].sort());
  });

  it('gives no two codes the same words, and English articles only where a noun needs one', () => {
    for (const l of VOCABULARY_LOCALES) {
      const demands = JOB_DEMANDS.map((d) => demandLabel(d, l));
      const supports = WORKPLACE_SUPPORTS.map((s) => supportLabel(s, l));
      expect(new Set(demands).size).toBe(demands.length);
      expect(new Set(supports).size).toBe(supports.length);
    }
    expect(supportLabel('SCREEN_READER' as never, 'en')).toBe('Screen reader');
    expect(supportPhrase('SCREEN_READER' as never, 'en')).toBe('a screen reader');
    expect(supportPhrase('STEP_FREE_ACCESS' as never, 'en')).toBe('step-free access');
    expect(supportPhrase('BRAILLE' as never, 'en')).toBe('Braille materials');
    expect(demandLabel('FAST_PACE' as never, 'en')).toBe('Fast-paced work');
    // a demand is never worded with an article: "no a fast pace needed" cannot come back
    for (const d of JOB_DEMANDS) expect([d, /^(a|an|the) /.test(demandPhrase(d, 'en'))]).toEqual([d, false]);
  });

  it('names each support one way: no other server or client source file repeats its words', () => {
    const root = projectRoot();
    const words = VOCABULARY_LOCALES.flatMap((l) => [
      ...JOB_DEMANDS.flatMap((d) => [DEMAND_WORDS[d][l].label, DEMAND_WORDS[d][l].easyRead]),
      ...WORKPLACE_SUPPORTS.flatMap((s) => [SUPPORT_WORDS[s][l].label, SUPPORT_WORDS[s][l].easyRead]),
    ]).filter((w) => w.length >= 4);
    for (const file of [...sourceFiles(join(root, 'server/src')), ...sourceFiles(join(root, 'client/src'))]) {
      const text = readFileSync(file, 'utf8');
      const repeated = [...new Set(words.filter((w) => text.includes(`'${w}'`)))];
      // one word may be used for another concept (a casework job coach, an event's sign-language interpreter); a table repeats many
      expect([file, repeated.length > 2 ? repeated : []]).toEqual([file, []]);
    }
  });

  it('removal pairs name real codes, every demand has at least one remover, and category defaults are real codes', () => {
    expect(Object.keys(BARRIER_REMOVED_BY).sort()).toEqual([...JOB_DEMANDS].sort());
    for (const d of JOB_DEMANDS) {
      const removers = BARRIER_REMOVED_BY[d];
      expect([d, removers.length > 0]).toEqual([d, true]);
      for (const s of removers) expect(WORKPLACE_SUPPORTS).toContain(s);
      expect(new Set(removers).size).toBe(removers.length);
    }
    for (const c of Object.values(CATEGORY_DEFAULTS)) {
      for (const d of c.cannotDo) expect(JOB_DEMANDS).toContain(d);
      for (const s of [...c.supportsMust, ...c.supportsNice]) expect(WORKPLACE_SUPPORTS).toContain(s);
    }
  });

  it('counts a job as remote when it offers remote work or is home-based, and only then', () => {
    expect(isRemote({ supports: ['REMOTE_WORK' as never], employmentForm: 'FULL_TIME' })).toBe(true);
    expect(isRemote({ supports: [], employmentForm: 'HOME_BASED' })).toBe(true);
    expect(isRemote({ supports: ['ELEVATOR' as never], employmentForm: 'PART_TIME' })).toBe(false);
  });

  it('answers in one language with removal pairs, and the client file written from it is up to date', () => {
    const en = vocabularyIn('en');
    expect(en.demands.find((d) => d.code === 'VOICE_CALLS')).toEqual({
      code: 'VOICE_CALLS', label: 'Phone calls', easyRead: 'make phone calls', removedBy: ['TEXT_COMMUNICATION', 'SIGN_LANGUAGE'],
    });
    expect(vocabularyIn('zh-CN').supports.find((s) => s.code === 'REMOTE_WORK')).toEqual({ code: 'REMOTE_WORK', label: '远程办公', easyRead: '可以在家工作' });
    const committed = readFileSync(join(projectRoot(), CLIENT_VOCABULARY_FILE), 'utf8');
    expect(committed === clientVocabularySource() ? 'up to date' : `${CLIENT_VOCABULARY_FILE} is out of date: run npm run schema`).toBe('up to date');
  });
});
