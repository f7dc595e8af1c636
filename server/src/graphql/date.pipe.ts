// Refuses a date argument that is not a day that exists (YYYY-MM-DD) before it reaches PostgreSQL.
import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isCalendarDate } from '../common/dates.js';
import { InvalidInputError } from '../common/errors.js';

@Injectable()
export class CalendarDatePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === null || value === undefined) return value;
    if (!isCalendarDate(value)) throw InvalidInputError.field(metadata.data ?? 'date', 'validation.isCalendarDate');
    return value;
  }
}
