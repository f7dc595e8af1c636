// Staff of one county see other counties' events read-only: a notice that says who runs the event and what
// they cannot do, instead of controls that would then be refused.
import { Link } from 'react-router';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useMark } from '../../../components/Lang';

interface Owner { county?: { nameZh: string; nameEn: string } | null }

/** "罗山县" or "全市": who runs the event. */
export function useEventOwner() {
  const { t, locale } = useI18n();
  return (e: Owner) => (e.county ? (locale === 'en' ? e.county.nameEn || e.county.nameZh : e.county.nameZh) : t('events.staff.cityOwner'));
}

export function ReadOnlyNotice({ event }: { event: Owner }) {
  const mark = useMark();
  const { t } = useI18n();
  const owner = useEventOwner();
  return mark(
    <Notice>
      <p><strong>{t('events.staff.readOnlyTitle')}</strong> {t('events.staff.readOnly', { owner: owner(event) })}</p>
    </Notice>
  );
}

/** A staff tool page (edit, registrations, check-in, outcomes) for an event the person does not run. */
export function OutOfReachPage({ title, event }: { title: string; event: Owner & { id: string } }) {
  const mark = useMark();
  const { t } = useI18n();
  return mark(
    <Page title={title}>
      <ReadOnlyNotice event={event} />
      <p><Link to={`/staff/events/${event.id}`}>{t('events.staff.backToEvent')}</Link></p>
    </Page>
  );
}

/** Why a staff event page could not load, in words: not found, not theirs (the server says whose), or try again. */
export function useLoadProblem() {
  const { t } = useI18n();
  return (error: unknown) => {
    const report = describeError(error);
    if (report.code === 'NOT_FOUND') return t('events.notFoundBody');
    if (report.code === 'FORBIDDEN' && report.message) return report.message;
    return t('error.loadFailed');
  };
}
