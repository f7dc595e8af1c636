// Demo notifications on every channel: the deaf seeker's choices (text only: SMS for what matters), and a short log
// of messages sent (with the log transport, as `npm start` runs) plus one SMS that failed, so a demo user sees their
// choices on /account and staff see /staff/deliveries with something in it.
import type { EntityManager } from 'typeorm';
import { notificationText } from '../../notifications/notification-text.js';
import { queryRows } from '../sql.js';

const SIGN = '助业通';

export async function loadDemoNotifications(m: EntityManager, now: Date): Promise<number> {
  const users = await queryRows<{ id: string; phone: string }>(m,
    `SELECT id, phone FROM app_user WHERE phone IN ('13800000021', '13800000022', '13800000023')`);
  const by = new Map(users.map((u) => [u.phone, u.id]));
  const deaf = by.get('13800000022');
  if (deaf) {
    await m.query(`INSERT INTO notification_preference (user_id, kind, channels) VALUES ($1, 'APPLICATION_STATUS', '{SMS}'), ($1, 'EVENT_CANCELLED', '{SMS}'),
                   ($1, 'EVENT_REMINDER', '{SMS}') ON CONFLICT DO NOTHING`, [deaf]);
  }
  const sent: Array<{ phone: string; kind: string; params: Record<string, string>; status: 'SENT' | 'FAILED'; minutesAgo: number }> = [
    { phone: '13800000021', kind: 'APPLICATION_STATUS', params: { title: '电商客服（文字）', statusKey: 'status.application.INTERVIEW', reason: '', path: '/applications' }, status: 'SENT', minutesAgo: 90 },
    { phone: '13800000022', kind: 'APPLICATION_STATUS', params: { title: '数据录入员', statusKey: 'status.application.REVIEWING', reason: '', path: '/applications' }, status: 'SENT', minutesAgo: 60 },
    { phone: '13800000023', kind: 'APPLICATION_STATUS', params: { title: '仓库管理员', statusKey: 'status.application.REVIEWING', reason: '', path: '/applications' }, status: 'FAILED', minutesAgo: 30 },
  ];
  let n = 0;
  for (const s of sent) {
    const userId = by.get(s.phone);
    if (!userId) continue;
    const at = new Date(now.getTime() - s.minutesAgo * 60_000);
    const [notice] = await queryRows<{ id: string }>(m,
      `INSERT INTO notification (user_id, kind, params, created_at) VALUES ($1, $2, $3::jsonb, $4) RETURNING id`, [userId, s.kind, JSON.stringify(s.params), at]);
    const [d] = await queryRows<{ id: string }>(m,
      `INSERT INTO notification_delivery (notification_id, user_id, channel, kind, params, status, attempts, last_error, sent_at, created_at, updated_at)
       VALUES ($1, $2, 'SMS', $3, $4::jsonb, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [notice.id, userId, s.kind, JSON.stringify(s.params), s.status, s.status === 'SENT' ? 1 : 8,
        s.status === 'FAILED' ? 'Alibaba Cloud SMS: isv.BUSINESS_LIMIT_CONTROL 触发号码天级流控' : null, s.status === 'SENT' ? at : null, at]);
    if (s.status === 'SENT') {
      const { title, body } = notificationText({ kind: s.kind, params: s.params }, 'zh-CN');
      await m.query(`INSERT INTO message_log (delivery_id, user_id, channel, transport, recipient, subject, body, created_at) VALUES ($1, $2, 'SMS', 'log', $3, $4, $5, $6)`,
        [d.id, userId, s.phone, title, `【${SIGN}】${title}：${body} http://localhost:3000${s.params.path} 回复TD退订`, at]);
    }
    n++;
  }
  return n;
}
