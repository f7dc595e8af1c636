// Rejects ids that are not UUIDs before they reach PostgreSQL (which would fail with a cast error).
import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '../common/errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(v: unknown): v is string {
  return typeof v === 'string' && UUID.test(v);
}

@Injectable()
export class IdPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === null || value === undefined) return value;
    if (!isUuid(value)) throw InvalidInputError.field(metadata.data ?? 'id', 'validation.isUUID');
    return value.toLowerCase();
  }
}
