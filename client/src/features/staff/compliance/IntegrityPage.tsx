// Staff: integrity flags (possible fake arrangements). Run the checks now (the new flags are announced),
// filter by kind, status and county (kept in the address), and decide each open flag in a dialog: confirm
// or clear, with a note that is required.
import { useMutation, useQuery } from '@apollo/client/react';
import { Fragment, useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { SelectField } from '../../../components/fields';
import { graphql } from '../../../gql';
import type { FlagKind, FlagStatus, IntegrityFlagsQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import './compliance.css';
import { DecideDialog } from './DecideDialog';
import { describeFlag, flagPostingIds } from './flag-text';
import { useMark } from '../../../components/Lang';

export const INTEGRITY_FLAGS = graphql(`
  query IntegrityFlags($filter: IntegrityFlagFilter, $page: PageInput) {
    integrityFlags(filter: $filter, page: $page) {
      total page pageSize
      items {
        id kind status countyCode createdAt decidedAt note details placementIds seekerId organizationId
        seeker { id name }
        organization { id name }
        organizations { id name }
        postings { id title }
        placements { id personName organizationName startDate counted }
      }
    }
  }
`);

export const RUN_CHECKS = graphql(`
  mutation RunIntegrityChecks {
    runIntegrityChecks {
      doubleCounted shortPlacements staleReservedPostings noHistory lowFillRate lowInterviewRate lowRetention earlyEndings insuranceGaps payBelowMinimum
    }
  }
`);

export type Flag = IntegrityFlagsQuery['integrityFlags']['items'][number];

export const KINDS: readonly FlagKind[] = [
  'DOUBLE_COUNTED', 'SHORT_PLACEMENT', 'STALE_RESERVED_POSTINGS', 'NO_HISTORY',
  'LOW_FILL_RATE', 'LOW_INTERVIEW_RATE', 'LOW_RETENTION', 'EARLY_ENDINGS', 'INSURANCE_GAPS', 'PAY_BELOW_MINIMUM',
];
const STATUSES: readonly FlagStatus[] = ['OPEN', 'CONFIRMED', 'CLEARED'];
const PAGE_SIZE = 20;
/** The status filter's "all" value in the address; without one the list shows the flags still to check. */
const ANY = 'ALL';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readFilters(params: URLSearchParams): { kind: FlagKind | ''; status: FlagStatus | ''; county: string; org: string; page: number } {
  const kind = (KINDS as readonly string[]).includes(params.get('kind') ?? '') ? (params.get('kind') as FlagKind) : '';
  const rawStatus = params.get('status');
  const status = rawStatus === ANY ? '' : (STATUSES as readonly string[]).includes(rawStatus ?? '') ? (rawStatus as FlagStatus) : 'OPEN';
  const county = /^\d{6}$/.test(params.get('county') ?? '') ? params.get('county')! : '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const org = UUID.test(params.get('org') ?? '') ? params.get('org')! : '';
  return { kind, status, county, org, page };
}

export function IntegrityPage() {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const { data, loading, error, refetch } = useQuery(INTEGRITY_FLAGS, {
    variables: {
      filter: {
        kind: filters.kind || undefined, status: filters.status || undefined, countyCode: filters.county || undefined,
        organizationId: filters.org || undefined,
      },
      page: { page: filters.page, pageSize: PAGE_SIZE },
    },
    fetchPolicy: 'network-only',
  });
  const [runChecks, run] = useMutation(RUN_CHECKS);
  const [runMessage, setRunMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [deciding, setDeciding] = useState<Flag | null>(null);
  const [dialogErrors, setDialogErrors] = useState(false);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const doRun = async () => {
    if (run.loading) return;
    setRunMessage(null);
    announce(t('compliance.integrity.running'));
    try {
      const result = await runChecks();
      const r = result.data!.runIntegrityChecks;
      const counts: Array<[FlagKind, number]> = [
        ['DOUBLE_COUNTED', r.doubleCounted], ['SHORT_PLACEMENT', r.shortPlacements],
        ['STALE_RESERVED_POSTINGS', r.staleReservedPostings], ['NO_HISTORY', r.noHistory],
        ['LOW_FILL_RATE', r.lowFillRate], ['LOW_INTERVIEW_RATE', r.lowInterviewRate], ['LOW_RETENTION', r.lowRetention],
        ['EARLY_ENDINGS', r.earlyEndings], ['INSURANCE_GAPS', r.insuranceGaps], ['PAY_BELOW_MINIMUM', r.payBelowMinimum],
      ];
      const total = counts.reduce((sum, [, n]) => sum + n, 0);
      const parts = counts.filter(([, n]) => n > 0)
        .map(([kind, n]) => t('compliance.integrity.runPart', { kind: t(`compliance.kind.${kind}`), count: formatNumber(n) }))
        .join(t('common.listSeparator'));
      const text = total ? t('compliance.integrity.runDone', { total: formatNumber(total), parts }) : t('compliance.integrity.runNone');
      setRunMessage({ tone: 'success', text });
      announce(text);
      await refetch();
    } catch {
      const text = t('compliance.integrity.runFailed');
      setRunMessage({ tone: 'error', text });
      announce(text);
    }
  };

  const onDecided = useCallback(async (confirmed: boolean) => {
    // the list first, so the dialog closes onto a page where the decided flag has moved on
    await refetch();
    setDeciding(null);
    setDialogErrors(false);
    announce(t(confirmed ? 'compliance.decide.savedConfirmed' : 'compliance.decide.savedCleared'));
  }, [refetch, announce, t]);
  const closeDialog = useCallback(() => {
    setDeciding(null);
    setDialogErrors(false);
  }, []);

  const flags = data?.integrityFlags.items ?? [];
  const total = data?.integrityFlags.total ?? 0;
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('page', String(p));
    else next.delete('page');
    return `/staff/integrity?${next}`;
  };

  return mark(
    <Page title={t('compliance.integrity.title')} hasErrors={dialogErrors}>
      <p>{t('compliance.integrity.intro')}</p>
      <section aria-labelledby="integrity-kinds">
        <h2 id="integrity-kinds">{t('compliance.integrity.kindsHeading')}</h2>
        <dl className="facts">
          {KINDS.map((k) => (
            <Fragment key={k}>
              <dt>{t(`compliance.kind.${k}`)}</dt>
              <dd>{t(`compliance.kindHint.${k}`)}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
      <div className="run-checks">
        <Button onClick={() => void doRun()} aria-disabled={run.loading || undefined}>{t('compliance.integrity.run')}</Button>
        {run.loading && <p>{t('compliance.integrity.running')}</p>}
        {runMessage && <Notice tone={runMessage.tone}><p>{runMessage.text}</p></Notice>}
      </div>
      <Filters
        initial={filters}
        onApply={(f) => {
          const next = new URLSearchParams();
          if (f.kind) next.set('kind', f.kind);
          next.set('status', f.status || ANY);
          if (f.county) next.set('county', f.county);
          if (filters.org) next.set('org', filters.org);
          setParams(next);
        }}
      />
      <section aria-labelledby="integrity-flags">
        <h2 id="integrity-flags" ref={listHeading} tabIndex={-1}>{t('compliance.flags.heading')}</h2>
        {filters.org && <OrganizationFilterNote name={flags[0]?.organization?.name ?? null} params={params} />}
        {loading && !data ? <Loading /> : error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice> : flags.length === 0
          ? <p>{t('compliance.flags.none')}</p>
          : (
            <>
              <p>{t('compliance.flags.count', { count: formatNumber(total) })}</p>
              <ul className="flag-list">
                {flags.map((f) => <li key={f.id}><FlagCard flag={f} onDecide={() => setDeciding(f)} /></li>)}
              </ul>
              <Pagination page={filters.page} pageSize={PAGE_SIZE} total={total} hrefFor={hrefFor} />
            </>
          )}
      </section>
      <DecideDialog flag={deciding} onClose={closeDialog} onDecided={onDecided} returnFocus={listHeading} onErrorsChange={setDialogErrors} />
    </Page>
  );
}

/** The list shows one employer's flags (opened from its genuineness figures): say so, with the way back to all. */
function OrganizationFilterNote({ name, params }: { name: string | null; params: URLSearchParams }) {
  const { t } = useI18n();
  const all = new URLSearchParams(params);
  all.delete('org');
  all.delete('page');
  return (
    <p>
      {name ? t('compliance.flags.forOrganization', { name }) : null}{name ? ' ' : null}
      <Link to={all.size ? `/staff/integrity?${all}` : '/staff/integrity'}>{t('compliance.flags.allOrganizations')}</Link>
    </p>
  );
}

function Filters({ initial, onApply }: {
  initial: { kind: string; status: string; county: string };
  onApply: (f: { kind: string; status: string; county: string }) => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const counties = useCountyOptions();
  const [f, setF] = useState(initial);
  // back and forward change the address: the form follows it
  useEffect(() => setF({ kind: initial.kind, status: initial.status, county: initial.county }), [initial.kind, initial.status, initial.county]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(f);
  };
  return mark(
    <section className="filters" aria-labelledby="integrity-filters">
      <h2 id="integrity-filters">{t('compliance.filter.heading')}</h2>
      <form onSubmit={submit}>
        <SelectField id="filter-kind" label={t('compliance.filter.kind')} value={f.kind} placeholder={t('compliance.filter.any')}
          options={KINDS.map((k) => ({ value: k, label: t(`compliance.kind.${k}`) }))} onChange={(e) => setF({ ...f, kind: e.currentTarget.value })} />
        <SelectField id="filter-status" label={t('compliance.filter.status')} value={f.status} placeholder={t('compliance.filter.any')}
          options={STATUSES.map((s) => ({ value: s, label: t(`compliance.flagStatus.${s}`) }))} onChange={(e) => setF({ ...f, status: e.currentTarget.value })} />
        <SelectField id="filter-county" label={t('compliance.filter.county')} value={f.county} placeholder={t('compliance.filter.any')}
          options={counties.options} onChange={(e) => setF({ ...f, county: e.currentTarget.value })} />
        <ButtonRow><Button type="submit" variant="secondary">{t('compliance.filter.apply')}</Button></ButtonRow>
      </form>
    </section>
  );
}

function FlagCard({ flag, onDecide }: { flag: Flag; onDecide: () => void }) {
  const mark = useMark();
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const { nameOf } = useCountyOptions();
  const kind = t(`compliance.kind.${flag.kind}`);
  const postings = flagPostingIds(flag.details);
  const tone = flag.status === 'OPEN' ? 'status-neutral' : flag.status === 'CONFIRMED' ? 'status-bad' : 'status-good';
  const headingId = `flag-${flag.id}`;
  return mark(
    <article className="flag" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('compliance.flags.itemTitle', { kind, county: nameOf(flag.countyCode) })}</h3>
      <p><span className={`badge ${tone}`}>{t(`compliance.flagStatus.${flag.status}`)}</span></p>
      <dl className="facts">
        <dt>{t('compliance.flags.found')}</dt>
        <dd>{describeFlag(flag.kind, flag.details, i18n)}</dd>
        {flag.seeker && (<><dt>{t('compliance.flags.seeker')}</dt><dd><Link to={`/staff/seekers/${flag.seeker.id}`}>{flag.seeker.name}</Link></dd></>)}
        {flag.organization && (<><dt>{t('compliance.flags.organization')}</dt><dd>{flag.organization.name}</dd></>)}
        {flag.organizations.length > 0 && (
          <><dt>{t('compliance.flags.organizations')}</dt><dd><ul className="ids">{flag.organizations.map((o) => <li key={o.id}>{o.name}</li>)}</ul></dd></>
        )}
        {postings.length > 0 && (
          <>
            <dt>{t('compliance.flags.postings')}</dt>
            <dd><ul className="ids">
              {flag.postings.map((p) => <li key={p.id}><Link to={`/jobs/${p.id}`}>{p.title}</Link></li>)}
              {postings.length > flag.postings.length && <li>{t('compliance.flags.postingsGone', { count: postings.length - flag.postings.length })}</li>}
            </ul></dd>
          </>
        )}
        {flag.placementIds.length > 0 && (
          <><dt>{t('compliance.flags.placements')}</dt><dd>{t('compliance.flags.placementCount', { count: flag.placementIds.length })}</dd></>
        )}
        <dt>{t('compliance.flags.raisedAt')}</dt><dd>{formatDateTime(flag.createdAt)}</dd>
        {flag.note && (<><dt>{t('compliance.flags.note')}</dt><dd>{flag.note}</dd></>)}
        {flag.decidedAt && (<><dt>{t('compliance.flags.decidedAt')}</dt><dd>{formatDateTime(flag.decidedAt)}</dd></>)}
      </dl>
      {flag.status === 'OPEN' && (
        <p>
          <Button variant="secondary" onClick={onDecide}>
            {t('compliance.flags.decide')}
            <span className="visually-hidden">{t('common.colon')}{kind}{flag.seeker ? `${t('common.listSeparator')}${flag.seeker.name}` : ''}{flag.organization ? `${t('common.listSeparator')}${flag.organization.name}` : ''}</span>
          </Button>
        </p>
      )}
    </article>
  );
}
