// In-app notifications (no pop-ups, no SMS): written inside the transaction that causes them.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { NotFoundError } from '../common/errors.js';
import { translate } from '../common/messages.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { currentLocale, type Locale } from '../common/request-context.js';
import type { NotificationKind } from './notification-kind.js';
import { Notification } from './notification.entity.js';

const TIME_ZONE = 'Asia/Shanghai';

/**
 * A notice is stored as a kind and parameters, never as words: it is worded when it is read, in the reader's
 * language (the recipient's, not that of whoever caused it). Parameters named *At are ISO timestamps, written out
 * in China's time zone; parameters named *Key are message keys, worded with the other parameters and stored under
 * the name without "Key" (decisionKey: 'booth.approved' gives {decision}).
 */
function formatParams(params: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  const fmt = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
  const out: Record<string, string | number> = Object.fromEntries(Object.entries(params)
    .map(([k, v]) => [k, k.endsWith('At') && typeof v === 'string' ? fmt.format(new Date(v)) : v]));
  for (const [k, v] of Object.entries(params)) {
    if (k.endsWith('Key') && k.length > 3 && typeof v === 'string') out[k.slice(0, -3)] = translate(v, out, locale);
  }
  return out;
}

export function notificationText(n: Pick<Notification, 'kind' | 'params'>, locale: Locale = currentLocale()): { title: string; body: string } {
  const p = formatParams(n.params, locale);
  return { title: translate(`notify.${n.kind}.title`, p, locale), body: translate(`notify.${n.kind}.body`, p, locale) };
}

@Injectable()
export class NotificationsService {
  constructor(private readonly ds: DataSource, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async notify(m: EntityManager, userIds: string[], kind: NotificationKind, params: Record<string, string | number>, eventId?: string | null) {
    if (!userIds.length) return;
    await m.query(
      `INSERT INTO notification (user_id, kind, params, event_id) SELECT u, $2, $3::jsonb, $4 FROM unnest($1::uuid[]) AS u`,
      [userIds, kind, JSON.stringify(params), eventId ?? null]);
  }

  async mine(actor: Actor | null, unreadOnly: boolean, pageInput?: PageInput): Promise<Page<Notification> & { unread: number }> {
    const a = requireActor(actor);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const repo = this.ds.getRepository(Notification);
    const [items, total] = await repo.findAndCount({
      where: { userId: a.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' }, skip: offset, take: limit,
    });
    const unread = await repo.countBy({ userId: a.userId, readAt: IsNull() });
    return { items, total, page, pageSize, unread };
  }

  async markRead(actor: Actor | null, id: string | null): Promise<number> {
    const a = requireActor(actor);
    const res = await this.ds.createQueryBuilder().update(Notification).set({ readAt: () => 'now()' })
      .where('user_id = :u AND read_at IS NULL', { u: a.userId })
      .andWhere(id ? 'id = :id' : 'true', { id })
      .execute();
    if (id && !res.affected) {
      const exists = await this.ds.getRepository(Notification).existsBy({ id, userId: a.userId });
      if (!exists) throw new NotFoundError('notification');
    }
    return res.affected ?? 0;
  }
}
