// The menu's link to the check-ins ("还在这里工作吗？"): the person's (/check-ins) or the employer's
// (/employer/check-ins), with how many wait to be answered in its text, so a screen reader reads the number with the
// link. When more come while the person is here, the polite live region says so once; nothing pops up. It shares the
// check-ins page's query, so an answer there updates the number.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { NavLink } from 'react-router';
import { useAnnounce } from '../../components/Announcer';
import { useMark } from '../../components/Lang';
import { useI18n } from '../../i18n/I18nProvider';
import { MY_CHECK_INS } from './CheckInsPage';

/** Waiting: neither answered by this side nor settled by what staff recorded. */
export function waitingCount(list: ReadonlyArray<{ answer?: string | null; recordedByStaff?: string | null }>): number {
  return list.filter((c) => !c.answer && !c.recordedByStaff).length;
}

export function CheckInsNavLink({ employer }: { employer: boolean }) {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  const announce = useAnnounce();
  const { data } = useQuery(MY_CHECK_INS, { fetchPolicy: 'cache-and-network', context: { background: true } });
  const waiting = waitingCount(data?.myCheckIns ?? []);
  const seen = useRef<number | null>(null);
  useEffect(() => {
    if (!data) return;
    if (seen.current !== null && waiting > seen.current) announce(t('checkIn.waitingArrived', { count: formatNumber(waiting) }));
    seen.current = waiting;
  }, [data, waiting, announce, t, formatNumber]);
  return mark(
    <NavLink to={employer ? '/employer/check-ins' : '/check-ins'}>
      {t(employer ? 'checkIn.employerNav' : 'checkIn.nav')}
      {waiting > 0 && <span className="check-ins-waiting">{t('checkIn.navWaiting', { count: formatNumber(waiting) })}</span>}
    </NavLink>
  );
}
