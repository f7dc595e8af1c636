// The employer's own genuineness figures (/employer/genuineness, issue 15): what staff read on /staff/genuineness, for
// its own organization and a period (the last 12 months the integrity checks judge, or a year), each figure with its
// numerator and denominator and the line past which staff would look, so the employer can act first. The server keeps
// an employer to its own organization (employerGenuineness); the period lives in the address.
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { DataTable } from '../../../components/DataTable';
import { SelectField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import type { MyGenuinenessQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { Definitions, PostingFigures, timeToFillText } from './GenuinenessPage';
import { type Figure, type JudgedName, judgementText, LAST_12, periodFromParam, periodOptions, periodRange, rateText } from './genuineness-text';
import './compliance.css';

export const MY_GENUINENESS = graphql(`
  query MyGenuineness($filter: GenuinenessFilter!) {
    employerGenuineness(filter: $filter) {
      items {
        organizationId organizationName concerns minCases minPostingAgeDays
        timeToFill { medianDays postings }
        fillRate { numerator denominator rate cases thresholdPercent pastThreshold }
        interviewRate { numerator denominator rate cases thresholdPercent pastThreshold }
        retention6 { numerator denominator rate cases thresholdPercent pastThreshold }
        endedWithin3Months { numerator denominator rate cases thresholdPercent pastThreshold }
        belowMinimumWage { numerator denominator rate cases thresholdPercent pastThreshold }
        insuranceMonths { numerator denominator rate cases thresholdPercent pastThreshold }
        postings {
          postingId title publishedOn daysToFill
          fillRate { numerator denominator rate }
          interviewRate { numerator denominator rate }
        }
      }
    }
  }
`);

export const MY_FINDINGS = graphql(`
  query MyIntegrityFindings { myIntegrityFindings { id kind decidedAt finding evidence note placementsExcluded } }
`);

type Mine = MyGenuinenessQuery['employerGenuineness']['items'][number];
const JUDGED: readonly JudgedName[] = ['fillRate', 'interviewRate', 'retention6', 'endedWithin3Months', 'belowMinimumWage', 'insuranceMonths'];
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** Where staff would look: below a minimum, above a maximum, or (pay) anyone below the share of the minimum wage. */
function lookText(name: JudgedName, f: Figure, { t, formatNumber }: Pick<ReturnType<typeof useI18n>, 't' | 'formatNumber'>): string {
  if (f.thresholdPercent == null) return t('common.none');
  const threshold = formatNumber(f.thresholdPercent);
  if (name === 'belowMinimumWage') return t('compliance.mine.lookWage', { threshold });
  return t(name === 'endedWithin3Months' ? 'compliance.mine.lookAbove' : 'compliance.mine.lookBelow', { threshold });
}

export function MyGenuinenessPage() {
  const mark = useMark();
  const i18n = useI18n();
  const { t, formatDate, formatNumber } = i18n;
  const [params, setParams] = useSearchParams();
  const now = today();
  const period = periodFromParam(params.get('period'), now);
  const range = periodRange(period, now);
  const [chosen, setChosen] = useState(period);
  const { data, loading, error } = useQuery(MY_GENUINENESS, { variables: { filter: range }, fetchPolicy: 'network-only' });
  const mine: Mine | undefined = data?.employerGenuineness.items[0];
  const show = (e: FormEvent) => {
    e.preventDefault();
    setParams(chosen === LAST_12 ? new URLSearchParams() : new URLSearchParams({ period: chosen }));
  };
  const dates = { from: formatDate(range.from), to: formatDate(range.to) };
  return mark(
    <Page title={t('compliance.mine.title')} focusKey={`my-genuineness-${period}`}>
      <p>{t('compliance.mine.intro')}</p>
      <Findings />
      <form className="filters" onSubmit={show} aria-labelledby="my-genuineness-period">
        <h2 id="my-genuineness-period">{t('compliance.mine.periodHeading')}</h2>
        <SelectField id="mg-period" label={t('compliance.genuineness.period')} value={chosen}
          options={periodOptions(now).map((v) => ({
            value: v, label: v === LAST_12 ? t('compliance.mine.periodLast12') : t('compliance.genuineness.periodYear', { year: v }),
          }))}
          onChange={(e) => setChosen(e.currentTarget.value)} />
        <Button type="submit" variant="secondary">{t('compliance.genuineness.show')}</Button>
      </form>
      {loading && !data ? <Loading /> : error ? (
        <Notice tone="error"><p>{describeError(error).code === 'BAD_USER_INPUT' ? describeError(error).message ?? t('error.loadFailed') : t('error.loadFailed')}</p></Notice>
      ) : !mine ? <p>{t('compliance.mine.none', dates)}</p> : (
        <>
          <p>{mine.concerns
            ? t('compliance.mine.concerns', { count: formatNumber(mine.concerns) })
            : t('compliance.mine.noConcern')}</p>
          <DataTable
            caption={t('compliance.genuineness.figuresCaption', dates)}
            rows={JUDGED}
            rowKey={(name) => name}
            columns={[
              { key: 'figure', header: t('compliance.genuineness.figure'), rowHeader: true, cell: (name) => t(`compliance.figure.${name}`) },
              { key: 'value', header: t('compliance.genuineness.value'), cell: (name) => rateText(mine[name], i18n) },
              { key: 'look', header: t('compliance.mine.look'), cell: (name) => lookText(name, mine[name], i18n) },
              { key: 'judged', header: t('compliance.mine.standing'), cell: (name) => judgementText(name, mine[name], mine.minCases, i18n) },
            ]}
          />
          <p>{t('compliance.mine.minCases', { minCases: formatNumber(mine.minCases) })}</p>
          <p>{t('compliance.figure.timeToFill')}{t('common.colon')}{timeToFillText(mine, i18n)}</p>
          <PostingFigures headingId="my-genuineness-postings" postings={mine.postings} />
          <p>{t('compliance.mine.act')}</p>
          <Definitions minPostingAgeDays={mine.minPostingAgeDays} />
        </>
      )}
    </Page>
  );
}

/** The findings staff confirmed about the organization: what, the evidence, staff's note, the placements out of the counts. */
function Findings() {
  const mark = useMark();
  const { t, formatDate, formatNumber } = useI18n();
  const { data, error } = useQuery(MY_FINDINGS, { fetchPolicy: 'network-only' });
  const list = data?.myIntegrityFindings ?? [];
  return mark(
    <section aria-labelledby="my-findings">
      <h2 id="my-findings">{t('compliance.mine.findings')}</h2>
      {error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice> : !data ? <Loading /> : list.length === 0 ? <p>{t('compliance.mine.noFindings')}</p> : (
        <ul className="card-list">
          {list.map((f) => (
            <li key={f.id}>
              <article className="card" aria-labelledby={`finding-${f.id}`}>
                <h3 id={`finding-${f.id}`}>{f.finding}</h3>
                <dl className="facts">
                  <dt>{t('compliance.mine.findingDecided')}</dt><dd>{formatDate(String(f.decidedAt).slice(0, 10))}</dd>
                  <dt>{t('compliance.mine.findingEvidence')}</dt><dd>{f.evidence}</dd>
                  <dt>{t('compliance.mine.findingNote')}</dt><dd>{f.note}</dd>
                  <dt>{t('compliance.mine.findingCounts')}</dt>
                  <dd>{f.placementsExcluded ? t('compliance.mine.findingExcluded', { count: formatNumber(f.placementsExcluded) }) : t('compliance.mine.findingNoneExcluded')}</dd>
                </dl>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
