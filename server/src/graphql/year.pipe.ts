// Refuses a year argument far outside any year the product reports on (PostgreSQL's dates would overflow first).
import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '../common/errors.js';

/** Bounds of a sensible year, not policy: no record of this product falls outside them. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2100;

@Injectable()
export class YearPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === null || value === undefined) return value;
    const field = metadata.data ?? 'year';
    if (typeof value !== 'number' || value < FIRST_YEAR) throw InvalidInputError.field(field, 'validation.min', { min: FIRST_YEAR });
    if (value > LAST_YEAR) throw InvalidInputError.field(field, 'validation.max', { max: LAST_YEAR });
    return value;
  }
}
