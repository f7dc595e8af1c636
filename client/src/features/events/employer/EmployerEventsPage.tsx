// The employer at recruitment events: invitations to accept, its booths (status, positions shown, people
// who applied there), and the events that take booth applications.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/Button';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page, titleOf } from '../../../components/Page';
import { ReservedBadge } from '../../../components/posting';
import { graphql } from '../../../gql';
import type { EmployerEventsQuery, OrganizationType } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useEventTime, usePlace } from '../EventParts';
import { BoothStatusBadge } from '../BoothStatusBadge';
import { useMark } from '../../../components/Lang';

export const EMPLOYER_EVENTS = graphql(`
  query EmployerEvents {
    myOrganization { id name type verificationStatus }
    myBooths {
      id status declineReason createdAt
      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }
      postings { id title reserved }
      applicants { id }
    }
    events(page: { page: 1, pageSize: 100 }) {
      total
      items {
        id title status kind mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount targetOrganizationTypes
        county { code nameZh nameEn }
      }
    }
  }
`);

type Booth = EmployerEventsQuery['myBooths'][number];

export function EmployerEventsPage() {
  const mark = useMark();
  const { t, label } = useI18n();
  const when = useEventTime();
  const place = usePlace();
  const { data, loading, error } = useQuery(EMPLOYER_EVENTS, { fetchPolicy: 'network-only' });

  if (loading && !data) return <Loading />;
  if (error && !data) return <Page title={t('events.employer.title')} documentTitle={titleOf(t('error.loadFailed'), t('events.employer.title'))}><Notice tone="error">{t('error.loadFailed')}</Notice></Page>;
  const org = data?.myOrganization;
  if (!org) {
    return (
      <Page title={t('events.employer.title')}>
        <Notice tone="warning"><p>{t('postings.noOrganization')}</p></Notice>
        <p><ButtonLink to="/employer/organization">{t('org.registerTitle')}</ButtonLink></p>
      </Page>
    );
  }
  const booths = data!.myBooths;
  const invitations = booths.filter((b) => b.status === 'INVITED');
  const mine = booths.filter((b) => b.status !== 'INVITED');
  // a withdrawn booth may be applied for again
  const taken = new Set(booths.filter((b) => b.status !== 'WITHDRAWN').map((b) => b.event.id));
  const forOthers = (e: { targetOrganizationTypes: readonly OrganizationType[] }) =>
    e.targetOrganizationTypes.length > 0 && !e.targetOrganizationTypes.includes(org.type);
  const open = data!.events.items.filter((e) => e.status === 'PUBLISHED' && e.openToBoothApplications && !taken.has(e.id));

  return mark(
    <Page title={t('events.employer.title')}>
      <p>{t('events.employer.intro', { name: org.name })}</p>
      {org.verificationStatus !== 'VERIFIED' && <Notice tone="warning"><p>{t('events.employer.notVerified')}</p></Notice>}

      <section aria-labelledby="invitations-title">
        <h2 id="invitations-title">{t('events.employer.invitations')}</h2>
        {invitations.length === 0 ? <p>{t('events.employer.noInvitations')}</p> : (
          <ul className="card-list">
            {invitations.map((b) => (
              <li key={b.id}>
                <article className="card" aria-labelledby={`inv-${b.id}`}>
                  <h3 id={`inv-${b.id}`}>{b.event.title}</h3>
                  <dl className="facts">
                    <dt>{t('events.when')}</dt><dd>{when(b.event)}</dd>
                    <dt>{t('events.where')}</dt><dd>{place(b.event)}</dd>
                  </dl>
                  <p><ButtonLink to={`/employer/booths/${b.id}`}>
                    {t('events.employer.answerInvitation')}<span className="visually-hidden">{t('common.colon')}{b.event.title}</span>
                  </ButtonLink></p>
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="booths-title">
        <h2 id="booths-title">{t('events.employer.myBooths')}</h2>
        {mine.length === 0 ? <p>{t('events.employer.noBooths')}</p> : (
          <ul className="card-list">{mine.map((b) => <li key={b.id}><BoothCard booth={b} /></li>)}</ul>
        )}
      </section>

      <section aria-labelledby="open-events-title">
        <h2 id="open-events-title">{t('events.employer.openEvents')}</h2>
        {data!.events.total > data!.events.items.length && <p><Link to="/events">{t('events.employer.moreEvents')}</Link></p>}
        {open.length === 0 ? <p>{t('events.employer.noOpenEvents')}</p> : (
          <ul className="card-list">
            {open.map((e) => (
              <li key={e.id}>
                <article className="card" aria-labelledby={`open-${e.id}`}>
                  <h3 id={`open-${e.id}`}><Link to={`/events/${e.id}`}>{e.title}</Link></h3>
                  <dl className="facts">
                    <dt>{t('events.when')}</dt><dd>{when(e)}</dd>
                    <dt>{t('events.where')}</dt><dd>{place(e)}</dd>
                    <dt>{t('events.employer.boothsLeft')}</dt>
                    <dd>{t('events.employer.boothsLeftValue', { left: Math.max(0, e.boothLimit - e.boothCount), limit: e.boothLimit })}</dd>
                  </dl>
                  {forOthers(e)
                    ? <p>{t('events.employer.onlyForTypes', { list: e.targetOrganizationTypes.map((o) => label('OrganizationType', o)).join(t('common.listSeparator')) })}</p>
                    : e.boothCount < e.boothLimit
                    ? <p><ButtonLink to={`/employer/events/${e.id}/booth`}>
                      {t('events.applyForBooth')}<span className="visually-hidden">{t('common.colon')}{e.title}</span>
                    </ButtonLink></p>
                    : <p>{t('events.employer.boothsFull')}</p>}
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

function BoothCard({ booth: b }: { booth: Booth }) {
  const mark = useMark();
  const { t } = useI18n();
  const when = useEventTime();
  return mark(
    <article className="card" aria-labelledby={`booth-${b.id}`}>
      <h3 id={`booth-${b.id}`}><Link to={`/employer/booths/${b.id}`}>{b.event.title}</Link></h3>
      <dl className="facts">
        <dt>{t('events.when')}</dt><dd>{when(b.event)}</dd>
        <dt>{t('events.booth.status')}</dt><dd><BoothStatusBadge status={b.status} /></dd>
        {b.declineReason && (<><dt>{t('events.booth.declineReason')}</dt><dd>{b.declineReason}</dd></>)}
        <dt>{t('events.booth.postings')}</dt>
        <dd>
          {b.postings.length === 0 ? t('events.booth.noPostings') : (
            <ul className="plain-list">{b.postings.map((p) => <li key={p.id}>{p.title}{p.reserved && <> <ReservedBadge /></>}</li>)}</ul>
          )}
        </dd>
        <dt>{t('events.booth.applicants')}</dt><dd>{t('events.booth.applicantCount', { count: b.applicants?.length ?? 0 })}</dd>
      </dl>
    </article>
  );
}
