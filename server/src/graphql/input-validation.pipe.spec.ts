import { describe, expect, it } from '@jest/globals';
import { InvalidInputError, type FieldProblem } from '../common/errors.js';
import { normaliseArgument, normaliseStrings } from './input-validation.pipe.js';

describe('one normalisation of strings for every argument', () => {
  it('trims every string, deep in objects and lists, but not passwords', () => {
    const problems: FieldProblem[] = [];
    const out = normaliseStrings({ title: '  客服  ', tags: [' a ', 'b'], nested: { note: '\t备注\n' }, password: ' secret ' }, 'input', problems);
    expect(out).toEqual({ title: '客服', tags: ['a', 'b'], nested: { note: '备注' }, password: ' secret ' });
    expect(problems).toEqual([]);
  });

  it('keeps tabs and line breaks inside the text', () => {
    expect(normaliseStrings('第一行\n第二行\t缩进\r\n第三行', 'x', [])).toBe('第一行\n第二行\t缩进\r\n第三行');
  });

  it('refuses NUL, other control characters and lone surrogates, naming each field', () => {
    const meta = { type: 'body' as const, data: 'input' };
    try {
      normaliseArgument({ a: 'x\u0000', b: ['ok', '\u001b[0m'], c: '\u007f', d: '\ud800', e: 'x\udc00', f: '😀 fine', g: '\u202e\u200f' }, meta);
      throw new Error('not refused');
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).fields.map((f) => [f.path, f.key])).toEqual([
        ['input.a', 'validation.controlCharacters'], ['input.b.1', 'validation.controlCharacters'],
        ['input.c', 'validation.controlCharacters'], ['input.d', 'validation.controlCharacters'], ['input.e', 'validation.controlCharacters'],
      ]);
    }
  });

  it('notes strings of whitespace only, which become empty', () => {
    const blanks = new Set<string>();
    expect(normaliseStrings({ name: ' \u3000\t ', empty: '' }, 'input', [], blanks)).toEqual({ name: '', empty: '' });
    expect([...blanks]).toEqual(['input.name']);
  });
});
