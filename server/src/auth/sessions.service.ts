// Server-side sessions in PostgreSQL: an opaque random token in an http-only cookie; the table holds its SHA-256.
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { Role } from '../common/domain.js';
import type { Actor } from './actor.js';
import { queryRows } from '../database/sql.js';

export const SESSION_COOKIE = 'zyt_session';
/** Sent by the client's own polls (the unread count): they do not keep an idle sign-in alive. */
export const BACKGROUND_HEADER = 'x-background';

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionsService {
  constructor(private readonly ds: DataSource, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async create(userId: string, meta: { ip?: string; userAgent?: string }): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.session.ttlHours * 3600_000);
    await this.ds.query(
      `INSERT INTO user_session (id, user_id, expires_at, ip, user_agent) VALUES ($1,$2,$3,$4,$5)`,
      [digest(token), userId, expiresAt, meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null],
    );
    return { token, expiresAt };
  }

  /**
   * One statement per request: checks expiry, idle time, revocation and a disabled account, slides the idle window
   * (not for a background request: a poll is not the person doing something), and reads the user's current role and
   * scope (so changes apply on the next request). The window slides only when the last slide is older than
   * `touchSeconds`: requests in quick succession (a page's queries, a search typed) read and write nothing else, so
   * they commit no write at all. The idle window is then at most `touchSeconds` shorter than idleMinutes, and
   * `status` reports it from the stored time, exactly.
   */
  async resolve(token: string | undefined, { background = false }: { background?: boolean } = {}): Promise<Actor | null> {
    if (!token || token.length > 100) return null;
    const rows = await queryRows<{ user_id: string; role: Role; scope_county_code: string | null; organization_id: string | null; id: string; must_change_password: boolean; expires_at: Date; seen_at: Date }>(
      this.ds,
        `WITH found AS (
           SELECT s.id, s.expires_at, s.last_seen_at, u.id AS user_id, u.role, u.scope_county_code, u.must_change_password,
                  (SELECT m.organization_id FROM organization_member m WHERE m.user_id = u.id) AS organization_id
             FROM user_session s JOIN app_user u ON u.id = s.user_id
            WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
              AND s.last_seen_at > now() - make_interval(mins => $2) AND u.disabled_at IS NULL),
         touched AS (
           UPDATE user_session t SET last_seen_at = now() FROM found
            WHERE t.id = found.id AND NOT $3 AND found.last_seen_at < now() - make_interval(secs => $4)
           RETURNING t.last_seen_at)
         SELECT found.*, COALESCE((SELECT last_seen_at FROM touched), found.last_seen_at) AS seen_at FROM found`,
        [digest(token), this.config.session.idleMinutes, background, this.touchSeconds],
      );
    const r = rows[0];
    if (!r) return null;
    return { userId: r.user_id, role: r.role, scopeCountyCode: r.scope_county_code, organizationId: r.organization_id, sessionId: r.id,
      mustChangePassword: r.must_change_password, sessionExpiresAt: new Date(r.expires_at), sessionSeenAt: new Date(r.seen_at) };
  }

  /** How old the last slide of the idle window must be before a request slides it again: 30 s, or a twentieth of a short window. */
  get touchSeconds(): number {
    return Math.min(30, (this.config.session.idleMinutes * 60) / 20);
  }

  /**
   * When this session lapses unless the person does something: idleMinutes after the window last slid (at most
   * `touchSeconds` before this request), or at its hard end if that comes first.
   */
  status(actor: Actor | null): { idleTimeoutSeconds: number; expiresAt: Date; idleExpiresAt: Date } | null {
    if (!actor?.sessionExpiresAt) return null;
    const idleTimeoutSeconds = Math.round(this.config.session.idleMinutes * 60);
    const idle = new Date((actor.sessionSeenAt?.getTime() ?? Date.now()) + idleTimeoutSeconds * 1000);
    const expiresAt = actor.sessionExpiresAt;
    return { idleTimeoutSeconds, expiresAt, idleExpiresAt: idle < expiresAt ? idle : expiresAt };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.ds.query(`UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  async revokeAllFor(userId: string, manager: EntityManager = this.ds.manager): Promise<void> {
    await manager.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}
