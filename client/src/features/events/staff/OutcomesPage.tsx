// Staff: what an event achieved, in all and per employer (registered, attended, applications, interviews,
// offers, hires), and the Excel workbook to download (same origin: the session cookie signs the download).
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { OutOfReachPage, useLoadProblem } from './EventAccess';
import { EventStatusBadge, useEventTime } from '../EventParts';
import { useMark } from '../../../components/Lang';

const EVENT_OUTCOMES = graphql(`
  query EventOutcomes($id: ID!) {
    event(id: $id) {
      id title status startsAt endsAt canManage county { nameZh nameEn }
      outcomes {
        registered attended applications interviews offers hires exportUrl
        employers { organizationId organizationName applications interviews offers hires }
      }
    }
  }
`);

export function OutcomesPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t, formatNumber } = useI18n();
  const when = useEventTime();
  const loadProblem = useLoadProblem();
  const { data, loading, error } = useQuery(EVENT_OUTCOMES, { variables: { id }, fetchPolicy: 'network-only' });

  if (loading && !data) return <Loading />;
  if (error && !data) {
    return (
      <Page title={t('events.outcomes.title')}>
        <Notice tone="error"><p>{loadProblem(error)}</p></Notice>
        <p><Link to="/staff/events">{t('events.staff.title')}</Link></p>
      </Page>
    );
  }
  const e = data!.event;
  if (!e.canManage) return <OutOfReachPage title={t('events.outcomes.pageTitle', { title: e.title })} event={e} />;
  const o = e.outcomes;
  return mark(
    <Page title={t('events.outcomes.pageTitle', { title: e.title })}>
      <p><Link to={`/staff/events/${e.id}`}>{t('events.staff.backToEvent')}</Link></p>
      <dl className="facts">
        <dt>{t('events.when')}</dt><dd>{when(e)}</dd>
        <dt>{t('events.staff.status')}</dt><dd><EventStatusBadge status={e.status} /></dd>
      </dl>
      {e.status !== 'FINISHED' && <Notice><p>{t('events.outcomes.notFinished')}</p></Notice>}
      {!o ? <Notice tone="warning"><p>{t('events.outcomes.notYours')}</p></Notice> : (
        <>
          <section aria-labelledby="outcomes-total">
            <h2 id="outcomes-total">{t('events.outcomes.totals')}</h2>
            <dl className="stat-grid">
              <div><dt>{t('events.outcomes.registered')}</dt><dd>{formatNumber(o.registered)}</dd></div>
              <div><dt>{t('events.outcomes.attended')}</dt><dd>{formatNumber(o.attended)}</dd></div>
              <div><dt>{t('events.outcomes.applications')}</dt><dd>{formatNumber(o.applications)}</dd></div>
              <div><dt>{t('events.outcomes.interviews')}</dt><dd>{formatNumber(o.interviews)}</dd></div>
              <div><dt>{t('events.outcomes.offers')}</dt><dd>{formatNumber(o.offers)}</dd></div>
              <div><dt>{t('events.outcomes.hires')}</dt><dd>{formatNumber(o.hires)}</dd></div>
            </dl>
            <p>
              <a className="button" href={o.exportUrl} download>
                <Icon name="document" small />{t('events.outcomes.download')}
              </a>
            </p>
            <p className="hint">{t('events.outcomes.downloadHint')}</p>
          </section>
          <section aria-labelledby="outcomes-employers">
            <h2 id="outcomes-employers">{t('events.outcomes.byEmployer')}</h2>
            {o.employers.length === 0 ? <p>{t('events.outcomes.noEmployers')}</p> : (
              <DataTable
                caption={t('events.outcomes.employersCaption', { count: o.employers.length })}
                rows={o.employers}
                rowKey={(r) => r.organizationId}
                columns={[
                  { key: 'name', header: t('events.outcomes.colEmployer'), rowHeader: true, cell: (r) => r.organizationName },
                  { key: 'applications', header: t('events.outcomes.applications'), cell: (r) => formatNumber(r.applications) },
                  { key: 'interviews', header: t('events.outcomes.interviews'), cell: (r) => formatNumber(r.interviews) },
                  { key: 'offers', header: t('events.outcomes.offers'), cell: (r) => formatNumber(r.offers) },
                  { key: 'hires', header: t('events.outcomes.hires'), cell: (r) => formatNumber(r.hires) },
                ]}
              />
            )}
          </section>
        </>
      )}
    </Page>
  );
}
