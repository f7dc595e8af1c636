// Every GraphQL argument passes here (a global pipe): strings are normalised once (control characters refused,
// whitespace trimmed, whitespace-only refused as missing), then input objects are validated with class-validator,
// and every problem is reported with its field path.
import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, type ValidationError } from 'class-validator';
import { InvalidInputError, type FieldProblem, type MessageParams } from '../common/errors.js';
import { hasForbiddenCharacters, keepsWhitespace } from '../common/text.js';

const PARAM_NAMES: Record<string, string[]> = {
  maxLength: ['max'], minLength: ['min'], isLength: ['min', 'max'], min: ['min'], max: ['max'],
  arrayMaxSize: ['max'], arrayMinSize: ['min'],
};

function paramsOf(target: object | undefined, property: string, constraint: string): MessageParams {
  const names = PARAM_NAMES[constraint];
  if (!names || !target) return {};
  const metas = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  const meta = metas.find((m) => m.propertyName === property && (m.name === constraint || m.type === constraint));
  const values = (meta?.constraints ?? []) as unknown[];
  return Object.fromEntries(names.map((n, i) => [n, values[i] as number]).filter(([, v]) => v !== undefined));
}

export function flattenValidationErrors(errors: ValidationError[], prefix: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [constraint, message] of Object.entries(e.constraints ?? {})) {
      // a decorator's message may name a message key of its own (e.g. validation.isPhone)
      const key = message.startsWith('validation.') ? message : `validation.${constraint}`;
      out.push({ path, key, params: paramsOf(e.target, e.property, constraint) });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, path));
  }
  return out;
}

const MAX_NESTING = 20;

/**
 * Returns the value with every string trimmed (except passwords), collecting a problem for each string with control
 * characters or lone surrogates (PostgreSQL refuses NUL; the others are never typed by people). Strings of whitespace
 * only become empty (so length checks see what will be stored) and their paths are noted in `blanks`.
 */
export function normaliseStrings(value: unknown, path: string, problems: FieldProblem[], blanks?: Set<string>, depth = 0): unknown {
  if (typeof value === 'string') {
    if (hasForbiddenCharacters(value)) {
      problems.push({ path, key: 'validation.controlCharacters' });
      return value;
    }
    const field = path.split('.').pop() ?? path;
    if (keepsWhitespace(field)) return value;
    const trimmed = value.trim();
    if (trimmed === '' && value !== '') blanks?.add(path);
    return trimmed;
  }
  if (value === null || typeof value !== 'object' || depth > MAX_NESTING) return value;
  if (Array.isArray(value)) return value.map((v, i) => normaliseStrings(v, `${path}.${i}`, problems, blanks, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = normaliseStrings(v, path ? `${path}.${k}` : k, problems, blanks, depth + 1);
  return out;
}

/** Strings of an argument normalised, or every problem with them thrown together. */
export function normaliseArgument(value: unknown, metadata: ArgumentMetadata, blanks?: Set<string>): unknown {
  const problems: FieldProblem[] = [];
  const normalised = normaliseStrings(value, metadata.data ?? '', problems, blanks);
  if (problems.length) throw new InvalidInputError(problems);
  return normalised;
}

const TOO_SHORT = new Set(['validation.isLength', 'validation.minLength', 'validation.isNotEmpty']);

/** A field typed as spaces only and then found too short was in fact left empty: say "enter ...", not "2 to 100". */
function blanksAsRequired(problems: FieldProblem[], blanks: Set<string>): FieldProblem[] {
  return problems.map((p) => (blanks.has(p.path) && TOO_SHORT.has(p.key) ? { path: p.path, key: 'validation.required' } : p));
}

@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(raw: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // only GraphQL arguments (Nest names them 'body'), not the context, parent or info ('custom')
    if (metadata.type !== 'body') return raw;
    const blanks = new Set<string>();
    const value = normaliseArgument(raw, metadata, blanks);
    const type = metadata.metatype;
    const isInputClass = !!type && ![String, Boolean, Number, Array, Object].includes(type as never);
    // an optional input object (a filter, a page) sent as null means the same as leaving it out; services rely on
    // their defaults for it, which JavaScript applies to undefined only
    if (value === null && isInputClass) return undefined;
    if (!type || value === null || value === undefined || typeof value !== 'object') return value;
    if (!isInputClass) return value;
    const instance = plainToInstance(type, value) as object;
    const errors = await validate(instance, { whitelist: false, forbidUnknownValues: false, stopAtFirstError: true });
    if (errors.length) throw new InvalidInputError(blanksAsRequired(flattenValidationErrors(errors, metadata.data ?? ''), blanks));
    return instance;
  }
}

/**
 * A list argument of input objects (the pipe above sees only `Array` there): each item is validated and its
 * problems carry the item's index, e.g. services.0.notes.
 */
export class ValidateEachPipe implements PipeTransform {
  constructor(private readonly type: new () => object) {}

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!Array.isArray(value)) return value;
    const problems: FieldProblem[] = [];
    const items: object[] = [];
    for (const [i, item] of value.entries()) {
      const instance = plainToInstance(this.type, item) as object;
      const errors = await validate(instance, { whitelist: false, forbidUnknownValues: false, stopAtFirstError: true });
      problems.push(...flattenValidationErrors(errors, `${metadata.data ?? ''}.${i}`));
      items.push(instance);
    }
    if (problems.length) throw new InvalidInputError(problems);
    return items;
  }
}
