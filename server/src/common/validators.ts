// Shared class-validator decorators for GraphQL inputs: strict dates and fields that may be left out but not nulled.
import { registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';
import { isCalendarDate, isDateTime } from './dates.js';

function decorator(name: string, message: string, test: (v: unknown) => boolean, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => registerDecorator({
    name, target: target.constructor, propertyName: propertyName as string,
    options: { message, ...options },
    validator: { validate: (v: unknown) => test(v) },
  });
}

/** A day that exists, written YYYY-MM-DD. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return decorator('isCalendarDate', 'validation.isCalendarDate', isCalendarDate, options);
}

/** A full ISO 8601 date-time, e.g. 2026-12-03T09:00:00+08:00. */
export function IsDateTime(options?: ValidationOptions): PropertyDecorator {
  return decorator('isDateTime', 'validation.isDateTime', isDateTime, options);
}

/**
 * Like @IsOptional(), but only for a field left out: an explicit null is validated (and refused) like any other
 * value. For fields of a partial update whose column cannot be empty (a display name).
 */
export function IsOptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/**
 * A finite number with at most `places` decimals (money, ratios). class-validator's IsNumber({ maxDecimalPlaces })
 * throws on numbers JavaScript writes in exponent form (1e-7), which became an internal error.
 */
export function HasAtMostDecimals(places: number, options?: ValidationOptions): PropertyDecorator {
  return decorator('hasAtMostDecimals', 'validation.isNumber', (v) => typeof v === 'number' && Number.isFinite(v) && Number(v.toFixed(places)) === v, options);
}
