import { afterEach, describe, expect, it } from '@jest/globals';
import { clearAllDrafts, clearDraft, keepDraft, keepOpenDrafts, readDraft, registerOpenDraft } from './drafts';

afterEach(() => window.sessionStorage.clear());

describe('drafts kept across a lapsed sign-in', () => {
  it('never keeps passwords or ID and certificate numbers', () => {
    keepDraft('/profile/edit', 'u1', { name: '张明', password: 'secret-123', certificateNumber: '41152119800101123X', idNumber: 'x', note: '好' });
    expect(readDraft('/profile/edit', 'u1')).toEqual({ name: '张明', note: '好' });
  });

  it('is read only by the person who typed it, per route, and cleared on submit and on sign-out', () => {
    keepDraft('/a', 'u1', { note: '一' });
    keepDraft('/b', 'u1', { note: '二' });
    window.sessionStorage.setItem('unrelated', 'stays');
    expect(readDraft('/a', 'u1')).toEqual({ note: '一' });
    clearDraft('/a');
    expect(readDraft('/a', 'u1')).toBeNull();
    expect(readDraft('/b', 'u2')).toBeNull();
    keepDraft('/b', 'u1', { note: '二' });
    keepDraft('/c', 'u1', { note: '三' });
    clearAllDrafts();
    expect(readDraft('/b', 'u1')).toBeNull();
    expect(readDraft('/c', 'u1')).toBeNull();
    expect(window.sessionStorage.getItem('unrelated')).toBe('stays');
  });

  it('keeps every open form when asked (the sign-in-ended dialog)', () => {
    const stop = registerOpenDraft(() => keepDraft('/a', 'u1', { note: '开着的表' }));
    keepOpenDrafts();
    expect(readDraft('/a', 'u1')).toEqual({ note: '开着的表' });
    stop();
    clearDraft('/a');
    keepOpenDrafts();
    expect(readDraft('/a', 'u1')).toBeNull();
  });
});
