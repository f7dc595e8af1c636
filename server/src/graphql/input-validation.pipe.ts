// Validates GraphQL input objects with class-validator and reports every problem with its field path.
import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, type ValidationError } from 'class-validator';
import { InvalidInputError, type FieldProblem, type MessageParams } from '../common/errors.js';

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

@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    if (!type || value === null || value === undefined || typeof value !== 'object') return value;
    if ([String, Boolean, Number, Array, Object].includes(type as never)) return value;
    const instance = plainToInstance(type, value) as object;
    const errors = await validate(instance, { whitelist: false, forbidUnknownValues: false, stopAtFirstError: true });
    if (errors.length) throw new InvalidInputError(flattenValidationErrors(errors, metadata.data ?? ''));
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
