// A placement's history: each entry says who, when, what changed (field, from, to) and why. Append-only (a trigger
// refuses updates and deletes); written in the same transaction as the change it describes.
import type { EntityManager } from 'typeorm';
import type { Placement } from './placement.entity.js';
import { CORRECTABLE_FIELDS, type CorrectableField, type PlacementChangeKind } from './placement-vocab.js';

export interface FieldChange { field: CorrectableField; from: unknown; to: unknown }

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || (a != null && b != null && String(a) === String(b));

/** The fields whose value differs between the placement and the proposed values (fields left out are kept). */
export function diff(p: Placement, next: Partial<Record<CorrectableField, unknown>>): FieldChange[] {
  return CORRECTABLE_FIELDS
    .filter((f) => next[f] !== undefined && !same(p[f], next[f]))
    .map((f) => ({ field: f, from: p[f] ?? null, to: next[f] ?? null }));
}

export async function addHistory(m: EntityManager, placementId: string, kind: PlacementChangeKind, e: {
  changes?: FieldChange[]; reason?: string; actorUserId: string | null;
}): Promise<void> {
  await m.query(`INSERT INTO placement_change (placement_id, kind, changes, reason, actor_user_id, created_at) VALUES ($1, $2, $3::jsonb, $4, $5, clock_timestamp())`,
    [placementId, kind, JSON.stringify(e.changes ?? []), e.reason ?? '', e.actorUserId]);
}
