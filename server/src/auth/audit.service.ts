// Append-only audit log of sensitive reads and staff actions (the table refuses updates and deletes).
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requestStorage } from '../common/request-context.js';
import type { Actor } from './actor.js';

export interface AuditEntry {
  action: 'READ_SENSITIVE' | 'STAFF_ACTION' | 'ADMIN_ACTION' | 'SIGN_IN' | 'SIGN_IN_FAILED' | 'CONSENT';
  entity: string;
  entityId?: string | null;
  field?: string;
  /** Why: an AccessPurpose (CASEWORK, QUOTA_REVIEW, …), APPLICATION_REVIEW or CANDIDATE_MATCH. */
  purpose?: string;
  detail?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  async record(actor: Actor | null, entries: AuditEntry[], manager?: EntityManager): Promise<void> {
    if (!entries.length) return;
    const store = requestStorage.getStore();
    const requestId = store?.requestId ?? null;
    // which request (the screen's named GraphQL operation) read the data: shown to the person on their access log
    const operation = store?.operation && /^[A-Za-z][A-Za-z0-9_]{0,60}$/.test(store.operation) ? store.operation : undefined;
    const values: unknown[] = [];
    const rows = entries.map((e, i) => {
      const o = i * 9;
      values.push(actor?.userId ?? null, actor?.role ?? null, e.action, e.entity, e.entityId ?? null, e.field ?? null,
        e.purpose ?? null, JSON.stringify(e.action === 'READ_SENSITIVE' && operation ? { operation, ...e.detail } : e.detail ?? {}), requestId);
      return `($${o + 1},$${o + 2},$${o + 3},$${o + 4},$${o + 5},$${o + 6},$${o + 7},$${o + 8}::jsonb,$${o + 9})`;
    });
    await (manager ?? this.ds.manager).query(
      `INSERT INTO audit_log (actor_user_id, actor_role, action, entity, entity_id, field, purpose, detail, request_id)
       VALUES ${rows.join(',')}`,
      values,
    );
  }

  /** Acts staff did for a person (the rows written with purpose ON_BEHALF under the person), newest first. */
  async onBehalfEntries(seekerId: string, offset: number, limit: number): Promise<{ rows: Array<{ at: Date; detail: Record<string, unknown> }>; total: number }> {
    const rows: Array<{ at: Date; detail: Record<string, unknown>; total: string }> = await this.ds.query(
      `SELECT at, detail, count(*) OVER () AS total FROM audit_log
        WHERE entity = 'seeker' AND entity_id = $1 AND action = 'STAFF_ACTION' AND purpose = 'ON_BEHALF'
        ORDER BY at DESC, id DESC OFFSET $2 LIMIT $3`, [seekerId, offset, limit]);
    return { rows, total: Number(rows[0]?.total ?? 0) };
  }
}
