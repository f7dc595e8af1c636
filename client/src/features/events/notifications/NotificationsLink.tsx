// The header's link to the notifications, with the number unread in its text. When new ones arrive while
// the person is here, the polite live region says so once; nothing pops up.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { NavLink } from 'react-router';
import '../events.css';
import { useAnnounce } from '../../../components/Announcer';
import { Icon } from '../../../components/Icon';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useMark } from '../../../components/Lang';

export const UNREAD_COUNT = graphql(`
  query UnreadNotificationCount { myNotifications(page: { page: 1, pageSize: 1 }, unreadOnly: true) { unread } }
`);

const POLL_MS = 60_000;

export function NotificationsLink() {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const { data } = useQuery(UNREAD_COUNT, {
    // a poll, not the person doing something: it does not keep an idle sign-in alive (see SessionExpiry)
    pollInterval: POLL_MS, fetchPolicy: 'cache-and-network', context: { background: true },
  });
  const unread = data?.myNotifications.unread ?? 0;
  const seen = useRef<number | null>(null);

  useEffect(() => {
    if (!data) return;
    if (seen.current !== null && unread > seen.current) announce(t('events.notifications.arrived', { count: unread }));
    seen.current = unread;
  }, [data, unread, announce, t]);

  return mark(
    <NavLink to="/notifications" className="button secondary notifications-link">
      <Icon name="bell" small />
      {t('events.notifications.link')}
      {unread > 0 && <span className="unread-count">{t('events.notifications.unreadInLink', { count: unread })}</span>}
    </NavLink>
  );
}
