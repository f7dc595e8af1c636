// The signed-in person's notifications, newest first: confirmations, waiting-list moves, reminders,
// cancellations, booth decisions. Unread ones say so in words; each can be marked read, or all at once.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useMark } from '../../../components/Lang';

const MY_NOTIFICATIONS = graphql(`
  query MyNotifications($page: PageInput) {
    myNotifications(page: $page) {
      total page pageSize unread
      items { id kind title body createdAt readAt eventId }
    }
  }
`);

const MARK_READ = graphql(`
  mutation MarkNotificationsRead($id: ID) { markNotificationsRead(id: $id) }
`);

const PAGE_SIZE = 20;

/** Notices whose page is not an event's: where each kind's link goes, and its words. */
const KIND_LINKS: Record<string, { to: string; label: 'checkIn.noticeOpen' | 'checkIn.noticeSee' | 'outcomes.followUps.noticeOpen'
  | 'compliance.integrity.noticeOpen' | 'compliance.mine.noticeOpen' }> = {
  PLACEMENT_CHECK_IN: { to: '/check-ins', label: 'checkIn.noticeOpen' },
  EMPLOYER_CHECK_IN: { to: '/employer/check-ins', label: 'checkIn.noticeOpen' },
  CHECK_IN_LEFT_REPORTED: { to: '/staff/follow-ups', label: 'outcomes.followUps.noticeOpen' },
  FOLLOW_UP_RECORDED: { to: '/check-ins', label: 'checkIn.noticeSee' },
  EMPLOYER_FOLLOW_UP_RECORDED: { to: '/employer/check-ins', label: 'checkIn.noticeSee' },
  INTEGRITY_FLAGS_RAISED: { to: '/staff/integrity?status=OPEN', label: 'compliance.integrity.noticeOpen' },
  INTEGRITY_FINDING_CONFIRMED: { to: '/employer/genuineness', label: 'compliance.mine.noticeOpen' },
};

export function NotificationsPage() {
  const markLang = useMark();
  const { t, formatDateTime } = useI18n();
  const { me } = useSession();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const announce = useAnnounce();
  const { data, loading, error } = useQuery(MY_NOTIFICATIONS, { variables: { page: { page, pageSize: PAGE_SIZE } }, fetchPolicy: 'network-only' });
  const [mark] = useMutation(MARK_READ, { refetchQueries: ['MyNotifications', 'UnreadNotificationCount'], awaitRefetchQueries: true });
  const [problem, setProblem] = useState<string | null>(null);

  const eventLink = (eventId: string) => (me?.role === 'EMPLOYER' ? '/employer/events' : me?.role === 'STAFF' || me?.role === 'ADMIN'
    ? `/staff/events/${eventId}` : `/events/${eventId}`);

  const markRead = async (id: string | null, title?: string) => {
    setProblem(null);
    try {
      await mark({ variables: { id } });
      announce(id ? t('events.notifications.markedOne', { title: title ?? '' }) : t('events.notifications.markedAll'));
      // the button is gone now: continue from the notification's heading (or the page's)
      setTimeout(() => (document.getElementById(id ? `note-${id}-title` : 'notifications-list-title') as HTMLElement | null)?.focus(), 0);
    } catch (err) {
      setProblem(describeError(err).message ?? t('error.generic'));
    }
  };

  const list = data?.myNotifications;
  return markLang(
    <Page title={t('events.notifications.title')}>
      {loading && !data && <Loading />}
      {error && !data && <Notice tone="error">{t('error.loadFailed')}</Notice>}
      {problem && <Notice tone="error" role="alert">{problem}</Notice>}
      {list && (
        <>
          <h2 id="notifications-list-title" tabIndex={-1}>{t('events.notifications.listTitle')}</h2>
          <p>{list.total === 0 ? t('events.notifications.none') : t('events.notifications.summary', { total: list.total, unread: list.unread })}</p>
          {list.unread > 0 && <p><Button variant="secondary" onClick={() => void markRead(null)}>{t('events.notifications.markAll')}</Button></p>}
          <ul className="card-list">
            {list.items.map((n) => (
              <li key={n.id}>
                <article className={`card notification${n.readAt ? '' : ' unread'}`} aria-labelledby={`note-${n.id}-title`}>
                  <h3 id={`note-${n.id}-title`} tabIndex={-1}>
                    {!n.readAt && <span className="badge status-neutral">{t('events.notifications.unread')}</span>} {n.title}
                  </h3>
                  <p className="muted"><time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time></p>
                  <p>{n.body}</p>
                  <ul className="meta">
                    {n.eventId && <li><Link to={eventLink(n.eventId)}>{t('events.notifications.open')}<span className="visually-hidden">{t('common.colon')}{n.title}</span></Link></li>}
                    {!n.eventId && KIND_LINKS[n.kind] && <li><Link to={KIND_LINKS[n.kind].to}>{t(KIND_LINKS[n.kind].label)}<span className="visually-hidden">{t('common.colon')}{n.title}</span></Link></li>}
                    {!n.readAt && (
                      <li><Button variant="secondary" onClick={() => void markRead(n.id, n.title)}>
                        {t('events.notifications.markOne')}<span className="visually-hidden">{t('common.colon')}{n.title}</span>
                      </Button></li>
                    )}
                  </ul>
                </article>
              </li>
            ))}
          </ul>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.total} hrefFor={(p) => (p === 1 ? '/notifications' : `/notifications?page=${p}`)} />
        </>
      )}
    </Page>
  );
}
