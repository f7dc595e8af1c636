// Staff: organizations waiting to be verified (their county; city staff every county), the longest waiting first,
// each with its evidence at a glance; "check and decide" opens one. Filters are kept in the address.
import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { SelectField } from '../../../components/fields';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import type { VerificationQueueQuery, VerificationStatus } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { CreditCodeFact, StatusBadge } from './VerificationParts';
import './verification.css';
import { useMark } from '../../../components/Lang';

export const VERIFICATION_QUEUE = graphql(`
  query VerificationQueue($filter: VerificationQueueFilter, $page: PageInput) {
    verificationQueue(filter: $filter, page: $page) {
      total page pageSize
      items {
        id name creditCode creditCodeValid type countyCode submittedAt verificationStatus verificationNote
        privateDetails { contactName contactPhone }
        licence { mimeType }
      }
    }
  }
`);

type Item = VerificationQueueQuery['verificationQueue']['items'][number];
const STATUSES: readonly VerificationStatus[] = ['PENDING', 'INFO_REQUESTED'];
const PAGE_SIZE = 20;

export function readQueueFilters(params: URLSearchParams): { status: VerificationStatus | ''; county: string; page: number } {
  const raw = params.get('status') ?? '';
  const status = (STATUSES as readonly string[]).includes(raw) ? (raw as VerificationStatus) : '';
  const county = /^\d{6}$/.test(params.get('county') ?? '') ? params.get('county')! : '';
  return { status, county, page: Math.max(1, Number(params.get('page')) || 1) };
}

export function VerificationQueuePage() {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  const { me } = useSession();
  const { nameOf } = useCountyOptions();
  const [params, setParams] = useSearchParams();
  const filters = readQueueFilters(params);
  const scope = me?.scopeCountyCode ?? null;
  const { data, loading, error } = useQuery(VERIFICATION_QUEUE, {
    variables: {
      filter: { status: filters.status || undefined, countyCode: (!scope && filters.county) || undefined },
      page: { page: filters.page, pageSize: PAGE_SIZE },
    },
    fetchPolicy: 'network-only',
  });
  const items = data?.verificationQueue.items ?? [];
  const total = data?.verificationQueue.total ?? 0;
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('page', String(p));
    else next.delete('page');
    return `/staff/verification?${next}`;
  };
  return mark(
    <Page title={t('verify.title')}>
      <p>{t('verify.intro')}</p>
      <p>{scope ? t('verify.scopeCounty', { county: nameOf(scope) }) : t('verify.scopeCity')}</p>
      <Filters
        initial={filters}
        cityWide={!scope}
        onApply={(f) => {
          const next = new URLSearchParams();
          if (f.status) next.set('status', f.status);
          if (f.county) next.set('county', f.county);
          setParams(next);
        }}
      />
      <section aria-labelledby="verify-queue">
        <h2 id="verify-queue">{t('verify.queue.heading')}</h2>
        {loading && !data ? <Loading /> : error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice> : items.length === 0
          ? <p>{t('verify.queue.none')}</p>
          : (
            <>
              <p role="status">{t('verify.queue.count', { count: formatNumber(total) })}</p>
              <ul className="verify-list">
                {items.map((o) => <li key={o.id}><QueueCard org={o} /></li>)}
              </ul>
              <Pagination page={filters.page} pageSize={PAGE_SIZE} total={total} hrefFor={hrefFor} />
            </>
          )}
      </section>
    </Page>
  );
}

function Filters({ initial, cityWide, onApply }: {
  initial: { status: string; county: string };
  cityWide: boolean;
  onApply: (f: { status: string; county: string }) => void;
}) {
  const mark = useMark();
  const { t, label } = useI18n();
  const counties = useCountyOptions();
  const [f, setF] = useState({ status: initial.status, county: initial.county });
  // back and forward change the address: the form follows it
  useEffect(() => setF({ status: initial.status, county: initial.county }), [initial.status, initial.county]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(f);
  };
  return mark(
    <section className="filters" aria-labelledby="verify-filters">
      <h2 id="verify-filters">{t('verify.filter.heading')}</h2>
      <form onSubmit={submit}>
        <SelectField id="verify-status" label={t('verify.filter.status')} value={f.status} placeholder={t('verify.filter.any')}
          options={STATUSES.map((s) => ({ value: s, label: label('VerificationStatus', s) }))}
          onChange={(e) => setF({ ...f, status: e.currentTarget.value })} />
        {cityWide && (
          <SelectField id="verify-county" label={t('verify.filter.county')} value={f.county} placeholder={t('verify.filter.anyCounty')}
            options={counties.options} onChange={(e) => setF({ ...f, county: e.currentTarget.value })} />
        )}
        <ButtonRow><Button type="submit" variant="secondary">{t('verify.filter.apply')}</Button></ButtonRow>
      </form>
    </section>
  );
}

function QueueCard({ org }: { org: Item }) {
  const mark = useMark();
  const { t, label, formatDateTime } = useI18n();
  const { nameOf } = useCountyOptions();
  const headingId = `verify-org-${org.id}`;
  const contact = org.privateDetails;
  return mark(
    <article className="card verify-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{org.name}</h3>
      <p><StatusBadge status={org.verificationStatus} /></p>
      <dl className="facts">
        <dt>{t('verify.fact.creditCode')}</dt>
        <dd><CreditCodeFact code={org.creditCode} valid={org.creditCodeValid} /></dd>
        <dt>{t('verify.fact.licence')}</dt>
        <dd>{!org.licence ? t('verify.fact.licenceNone') : org.licence.mimeType === 'application/pdf' ? t('verify.fact.licencePdf') : t('verify.fact.licenceImage')}</dd>
        <dt>{t('verify.fact.type')}</dt><dd>{label('OrganizationType', org.type)}</dd>
        <dt>{t('verify.fact.county')}</dt><dd>{nameOf(org.countyCode)}</dd>
        <dt>{t('verify.fact.contact')}</dt>
        <dd>{contact && (contact.contactName || contact.contactPhone)
          ? t('verify.fact.contactValue', { name: contact.contactName || t('verify.fact.none'), phone: contact.contactPhone || t('verify.fact.none') })
          : t('verify.fact.none')}</dd>
        {org.submittedAt && (<><dt>{t('verify.fact.submitted')}</dt><dd>{formatDateTime(org.submittedAt)}</dd></>)}
        {org.verificationNote && (<><dt>{t('verify.fact.lastNote')}</dt><dd>{org.verificationNote}</dd></>)}
      </dl>
      <p>
        <Link to={`/staff/verification/${org.id}`}>
          {t('verify.open')}<span className="visually-hidden">{t('common.colon')}{org.name}</span>
        </Link>
      </p>
    </article>
  );
}
