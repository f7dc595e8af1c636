// Staff: the genuineness of employers' reserved posts and placements (issue 15). The employers in scope with their
// figures, most concerns first, each figure as "rate (n / d)" with what is past a threshold said in words; one
// employer's details (?org=) with its reserved posts and a link to its open flags. Period, county, page and
// employer live in the address.
import { useQuery } from '@apollo/client/react';
import { Fragment, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { SelectField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import type { EmployerGenuinenessQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useMark } from '../../../components/Lang';
import { figureCell, type Figure, type JudgedName, judgementText, periodFromParam, periodOptions, periodRange, rateText, LAST_12 } from './genuineness-text';
import './compliance.css';

export const EMPLOYER_GENUINENESS = graphql(`
  query EmployerGenuineness($filter: GenuinenessFilter!) {
    employerGenuineness(filter: $filter) {
      total page pageSize
      items {
        organizationId organizationName countyCode concerns
        timeToFill { medianDays postings }
        fillRate { ...GenuinenessFigureFields }
        interviewRate { ...GenuinenessFigureFields }
        retention6 { ...GenuinenessFigureFields }
        endedWithin3Months { ...GenuinenessFigureFields }
        belowMinimumWage { ...GenuinenessFigureFields }
        insuranceMonths { ...GenuinenessFigureFields }
        postings {
          postingId title publishedOn daysToFill
          fillRate { ...GenuinenessFigureFields }
          interviewRate { ...GenuinenessFigureFields }
        }
      }
    }
  }
  fragment GenuinenessFigureFields on GenuinenessFigure { numerator denominator rate cases thresholdPercent pastThreshold }
`);

export const GENUINENESS_SETTINGS = graphql(`
  query GenuinenessSettings { policySettings { key value } }
`);

export const EMPLOYER_OPEN_FLAGS = graphql(`
  query EmployerOpenFlags($organizationId: ID!) {
    integrityFlags(filter: { organizationId: $organizationId, status: OPEN }, page: { pageSize: 100 }) { total items { id kind } }
  }
`);

type Employer = EmployerGenuinenessQuery['employerGenuineness']['items'][number];
const JUDGED: readonly JudgedName[] = ['fillRate', 'interviewRate', 'retention6', 'endedWithin3Months', 'belowMinimumWage', 'insuranceMonths'];
const PAGE_SIZE = 20;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

function listHref(p: { period: string; county: string; page?: number; org?: string }): string {
  const q = new URLSearchParams();
  if (p.period !== LAST_12) q.set('period', p.period);
  if (p.county) q.set('county', p.county);
  if (p.page && p.page > 1) q.set('page', String(p.page));
  if (p.org) q.set('org', p.org);
  const s = q.toString();
  return `/staff/genuineness${s ? `?${s}` : ''}`;
}

/** The thresholds in force: minCases and the posting age say what is judged and counted. */
function useThresholds(): { minCases: number; minPostingAgeDays: number } {
  const { data } = useQuery(GENUINENESS_SETTINGS);
  const v = data?.policySettings.find((s) => s.key === 'outcomes.genuineness')?.value as Record<string, number> | undefined;
  return { minCases: v?.minCases ?? 0, minPostingAgeDays: v?.minPostingAgeDays ?? 0 };
}

export function GenuinenessPage() {
  const [params] = useSearchParams();
  const now = today();
  const period = periodFromParam(params.get('period'), now);
  const county = /^\d{6}$/.test(params.get('county') ?? '') ? params.get('county')! : '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const org = params.get('org');
  const range = periodRange(period, now);
  return org
    ? <EmployerDetails organizationId={org} range={range} back={listHref({ period, county, page })} />
    : <EmployerList period={period} county={county} page={page} range={range} />;
}

function Filters({ period, county }: { period: string; county: string }) {
  const mark = useMark();
  const { t } = useI18n();
  const { me } = useSession();
  const counties = useCountyOptions();
  const [, setParams] = useSearchParams();
  const [p, setP] = useState(period);
  const [c, setC] = useState(county);
  const scope = me?.scopeCountyCode ?? null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(new URLSearchParams(listHref({ period: p, county: c }).split('?')[1] ?? ''));
  };
  return mark(
    <form className="filters" onSubmit={submit} aria-labelledby="genuineness-filters">
      <h2 id="genuineness-filters">{t('compliance.genuineness.filters')}</h2>
      <SelectField id="gn-period" label={t('compliance.genuineness.period')} value={p}
        options={periodOptions(today()).map((v) => ({
          value: v, label: v === LAST_12 ? t('compliance.genuineness.periodLast12') : t('compliance.genuineness.periodYear', { year: v }),
        }))}
        onChange={(e) => setP(e.currentTarget.value)} />
      <SelectField id="gn-county" label={t('compliance.genuineness.county')} hint={scope ? t('compliance.genuineness.countyHintScoped') : undefined}
        value={c} placeholder={t('compliance.genuineness.allCounties')}
        options={counties.options.filter((o) => !scope || o.value === scope)} onChange={(e) => setC(e.currentTarget.value)} />
      <Button type="submit" variant="secondary">{t('compliance.genuineness.show')}</Button>
    </form>
  );
}

/** What each figure counts (the employer's page shows the same words). */
/** A reserved posting's own figures, as staff and the employer read them (one table for both pages). */
interface PostingFigure { postingId: string; title: string; publishedOn: string; fillRate: Figure; interviewRate: Figure; daysToFill?: number | null }

export function PostingFigures({ headingId, postings }: { headingId: string; postings: readonly PostingFigure[] }) {
  const i18n = useI18n();
  const { t, formatNumber, formatDate } = i18n;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('compliance.genuineness.postingsHeading')}</h2>
      {postings.length === 0 ? <p>{t('compliance.genuineness.noPostings')}</p> : (
        <DataTable
          caption={t('compliance.genuineness.postingsCaption', { count: formatNumber(postings.length) })}
          rows={[...postings]}
          rowKey={(p) => p.postingId}
          columns={[
            { key: 'title', header: t('compliance.genuineness.posting'), rowHeader: true, cell: (p) => <Link to={`/jobs/${p.postingId}`}>{p.title}</Link> },
            { key: 'published', header: t('compliance.genuineness.published'), cell: (p) => formatDate(p.publishedOn) },
            { key: 'fill', header: t('compliance.figure.fillRate'), cell: (p) => rateText(p.fillRate, i18n) },
            { key: 'interview', header: t('compliance.figure.interviewRate'), cell: (p) => rateText(p.interviewRate, i18n) },
            {
              key: 'days', header: t('compliance.genuineness.daysToFill'),
              cell: (p) => (p.daysToFill == null ? t('compliance.genuineness.notFilled') : t('compliance.genuineness.daysValue', { days: formatNumber(p.daysToFill) })),
            },
          ]}
        />
      )}
    </section>
  );
}

export function Definitions({ minPostingAgeDays }: { minPostingAgeDays: number }) {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  return mark(
    <section aria-labelledby="genuineness-definitions">
      <h2 id="genuineness-definitions">{t('compliance.genuineness.definitions')}</h2>
      <dl className="facts">
        {(['fillRate', 'interviewRate', 'timeToFill', 'retention6', 'endedWithin3Months', 'belowMinimumWage', 'insuranceMonths'] as const).map((k) => (
          <Fragment key={k}>
            <dt>{t(`compliance.figure.${k}`)}</dt>
            <dd>{t(`compliance.genuineness.def.${k}`, { days: formatNumber(minPostingAgeDays) })}</dd>
          </Fragment>
        ))}
      </dl>
      <p>{t('compliance.genuineness.def.counting')}</p>
    </section>
  );
}

function loadProblem(error: unknown, t: ReturnType<typeof useI18n>['t']): string {
  const failure = describeError(error);
  return failure.code === 'BAD_USER_INPUT' || failure.code === 'FORBIDDEN' ? failure.message ?? t('error.loadFailed') : t('error.loadFailed');
}

function EmployerList({ period, county, page, range }: { period: string; county: string; page: number; range: { from: string; to: string } }) {
  const mark = useMark();
  const i18n = useI18n();
  const { t, formatNumber, formatDate } = i18n;
  const counties = useCountyOptions();
  const { minCases, minPostingAgeDays } = useThresholds();
  const { data, loading, error } = useQuery(EMPLOYER_GENUINENESS, {
    variables: { filter: { ...range, countyCode: county || null, page: { page, pageSize: PAGE_SIZE } } }, fetchPolicy: 'network-only',
  });
  const rows = data?.employerGenuineness.items ?? [];
  const total = data?.employerGenuineness.total ?? 0;
  return mark(
    <Page title={t('compliance.genuineness.title')} focusKey="genuineness-list">
      <p>{t('compliance.genuineness.intro')}</p>
      <Filters key={`${period}-${county}`} period={period} county={county} />
      {loading && !data ? <Loading /> : error ? <Notice tone="error"><p>{loadProblem(error, t)}</p></Notice>
        : rows.length === 0 ? <p>{t('compliance.genuineness.none')}</p> : (
          <>
            <DataTable
              caption={t('compliance.genuineness.caption', { from: formatDate(range.from), to: formatDate(range.to), count: formatNumber(total) })}
              rows={rows}
              rowKey={(r) => r.organizationId}
              columns={[
                {
                  key: 'org', header: t('compliance.genuineness.organization'), rowHeader: true,
                  cell: (r) => <Link to={listHref({ period, county, page, org: r.organizationId })}>{r.organizationName}</Link>,
                },
                { key: 'county', header: t('compliance.genuineness.countyCol'), cell: (r) => counties.nameOf(r.countyCode) },
                {
                  key: 'concerns', header: t('compliance.genuineness.concerns'),
                  cell: (r) => (r.concerns ? t('compliance.genuineness.concernCount', { count: formatNumber(r.concerns) }) : t('compliance.genuineness.noConcern')),
                },
                ...JUDGED.map((name) => ({
                  key: name, header: t(`compliance.figure.${name}`), cell: (r: Employer) => figureCell(name, r[name], minCases, i18n),
                })),
                { key: 'ttf', header: t('compliance.figure.timeToFill'), cell: (r: Employer) => timeToFillText(r, i18n) },
              ]}
            />
            <Pagination page={page} pageSize={PAGE_SIZE} total={total} hrefFor={(p) => listHref({ period, county, page: p })} />
          </>
        )}
      <Definitions minPostingAgeDays={minPostingAgeDays} />
    </Page>
  );
}

export function timeToFillText(r: { timeToFill: { medianDays?: number | null; postings: number } }, { t, formatNumber }: Pick<ReturnType<typeof useI18n>, 't' | 'formatNumber'>): string {
  return r.timeToFill.medianDays == null ? t('compliance.genuineness.noDays')
    : t('compliance.genuineness.days', { days: formatNumber(r.timeToFill.medianDays), count: formatNumber(r.timeToFill.postings) });
}

function EmployerDetails({ organizationId, range, back }: { organizationId: string; range: { from: string; to: string }; back: string }) {
  const mark = useMark();
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { minCases, minPostingAgeDays } = useThresholds();
  const { data, loading, error } = useQuery(EMPLOYER_GENUINENESS, {
    variables: { filter: { ...range, organizationId } }, fetchPolicy: 'network-only',
  });
  if (loading && !data) return <Loading />;
  const e = data?.employerGenuineness.items[0];
  if (error || !e) {
    return (
      <Page title={t('compliance.genuineness.title')} focusKey={`genuineness-org-${organizationId}`}>
        <Notice tone="error"><p>{error ? loadProblem(error, t) : t('compliance.genuineness.notFound')}</p></Notice>
        <p><Link to={back}>{t('compliance.genuineness.back')}</Link></p>
      </Page>
    );
  }
  const period = { from: formatDate(range.from), to: formatDate(range.to) };
  return mark(
    <Page title={t('compliance.genuineness.detailTitle', { name: e.organizationName })} focusKey={`genuineness-org-${organizationId}`}>
      <p><Link to={back}>{t('compliance.genuineness.back')}</Link></p>
      <DataTable
        caption={t('compliance.genuineness.figuresCaption', period)}
        rows={JUDGED}
        rowKey={(name) => name}
        columns={[
          { key: 'figure', header: t('compliance.genuineness.figure'), rowHeader: true, cell: (name) => t(`compliance.figure.${name}`) },
          { key: 'value', header: t('compliance.genuineness.value'), cell: (name) => rateText(e[name], i18n) },
          { key: 'judged', header: t('compliance.genuineness.judgement'), cell: (name) => judgementText(name, e[name], minCases, i18n) },
        ]}
      />
      <p>{t('compliance.figure.timeToFill')}{t('common.colon')}{timeToFillText(e, i18n)}</p>
      <PostingFigures headingId="genuineness-postings" postings={e.postings} />
      <OpenFlags organizationId={organizationId} />
      <Definitions minPostingAgeDays={minPostingAgeDays} />
    </Page>
  );
}

function OpenFlags({ organizationId }: { organizationId: string }) {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  const { data } = useQuery(EMPLOYER_OPEN_FLAGS, { variables: { organizationId }, fetchPolicy: 'network-only' });
  const total = data?.integrityFlags.total ?? 0;
  return mark(
    <section aria-labelledby="genuineness-flags">
      <h2 id="genuineness-flags">{t('compliance.genuineness.flagsHeading')}</h2>
      {!data ? <Loading /> : total === 0 ? <p>{t('compliance.genuineness.noFlags')}</p> : (
        <>
          <ul>{[...new Set(data.integrityFlags.items.map((f) => f.kind))].map((k) => <li key={k}>{t(`compliance.kind.${k}`)}</li>)}</ul>
          <p><Link to={`/staff/integrity?status=OPEN&org=${organizationId}`}>{t('compliance.genuineness.openFlags', { count: formatNumber(total) })}</Link></p>
        </>
      )}
    </section>
  );
}
