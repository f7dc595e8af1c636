// Staff: retention at 3, 6 and 12 months of the placements starting in a period (in total and by county, disability
// category and level, form, employer type and action line) and the outcome funnel, each chart beside a table of the
// same numbers and each figure's definition in words. Filters (period, counting date, county) live in the URL.
import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { OutcomeFiguresQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';
import { describeError } from '../../../lib/graphql-errors';
import { ChartFigure, CountyBars } from '../plan/PlanCharts';
import { usePercent } from '../plan/use-percent';
import { todayInChina } from './outcomes-rules';
import '../plan/plan.css';
import './outcomes.css';

export const OUTCOME_FIGURES = graphql(`
  query OutcomeFigures($filter: RetentionFilter!) {
    retention(filter: $filter) {
      from to asOf countyCode months
      total { months due retained left unknown rate }
      byCounty { key counts { months due retained left unknown rate } }
      byCategory { key counts { months due retained left unknown rate } }
      byLevel { key counts { months due retained left unknown rate } }
      byForm { key counts { months due retained left unknown rate } }
      byEmployerType { key counts { months due retained left unknown rate } }
      byActionLine { key counts { months due retained left unknown rate } }
    }
    outcomeFunnel(filter: $filter) { from to asOf registered active applied interviewed hired due6 retained6 due12 retained12 }
  }
`);

type Retention = OutcomeFiguresQuery['retention'];
type Count = Retention['total'][number];
const BREAKDOWNS = ['byCounty', 'byCategory', 'byLevel', 'byForm', 'byEmployerType', 'byActionLine'] as const;
const STEPS = ['registered', 'active', 'applied', 'interviewed', 'hired', 'due6', 'retained6', 'due12', 'retained12'] as const;
type Field = 'from' | 'to' | 'asOf' | 'countyCode';
const ORDER: ReadonlyArray<readonly [Field, string]> = [['from', 'oc-from'], ['to', 'oc-to'], ['asOf', 'oc-asof'], ['countyCode', 'oc-county']];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A refused filter in words: the server names each field (the period, the county). */
function problemText(error: unknown): string | null {
  const report = describeError(error);
  const fields = Object.values(report.fields);
  return fields.length ? fields.join(' ') : report.message ?? null;
}

function defaultPeriod(today: string) {
  const year = Number(today.slice(0, 4)) - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function OutcomeFiguresPage() {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const announce = useAnnounce();
  const { me } = useSession();
  const counties = useCountyOptions();
  const [params, setParams] = useSearchParams();
  const scope = me?.scopeCountyCode ?? null;
  const today = todayInChina();
  const fallback = defaultPeriod(today);
  const filter = {
    from: params.get('from') ?? fallback.from, to: params.get('to') ?? fallback.to,
    asOf: params.get('asOf') || null, countyCode: scope ?? (params.get('county') || null),
  };
  const [draft, setDraft] = useState({ from: filter.from, to: filter.to, asOf: filter.asOf ?? '', county: filter.countyCode ?? '' });
  const errors = useFormErrors<Field>(ORDER);
  const { data, loading, error } = useQuery(OUTCOME_FIGURES, { variables: { filter }, fetchPolicy: 'network-only' });
  useEffect(() => {
    if (data) announce(t('outcomes.figures.loaded', { from: formatDate(data.retention.from), to: formatDate(data.retention.to) }));
  }, [data, announce, t, formatDate]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad: Partial<Record<Field, string>> = {};
    for (const f of ['from', 'to', 'asOf'] as const) {
      const v = draft[f].trim();
      if ((f !== 'asOf' || v) && !DATE.test(v)) bad[f] = t('outcomes.form.dateFormat', { field: t(`outcomes.figures.${f}`) });
    }
    if (Object.keys(bad).length) { errors.fail(bad); return; }
    errors.clear();
    const q = new URLSearchParams({ from: draft.from.trim(), to: draft.to.trim() });
    if (draft.asOf.trim()) q.set('asOf', draft.asOf.trim());
    if (!scope && draft.county) q.set('county', draft.county);
    setParams(q);
  };
  const e = errors.fields;

  return mark(
    <Page title={t('outcomes.figures.title')} hasErrors={errors.hasErrors}>
      <p>{t('outcomes.figures.intro')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form className="filters" onSubmit={submit} noValidate aria-labelledby="oc-filter-title">
        <h2 id="oc-filter-title">{t('outcomes.figures.filterTitle')}</h2>
        <TextField id="oc-from" label={t('outcomes.figures.from')} required error={e.from} className="medium" autoComplete="off"
          hint={t('outcomes.form.dateHint', { example: fallback.from })} value={draft.from} onChange={(x) => { const v = x.currentTarget.value; setDraft((d) => ({ ...d, from: v })); }} />
        <TextField id="oc-to" label={t('outcomes.figures.to')} required error={e.to} className="medium" autoComplete="off"
          hint={t('outcomes.form.dateHint', { example: fallback.to })} value={draft.to} onChange={(x) => { const v = x.currentTarget.value; setDraft((d) => ({ ...d, to: v })); }} />
        <TextField id="oc-asof" label={t('outcomes.figures.asOf')} error={e.asOf} className="medium" autoComplete="off"
          hint={t('outcomes.figures.asOfHint', { example: today })} value={draft.asOf} onChange={(x) => { const v = x.currentTarget.value; setDraft((d) => ({ ...d, asOf: v })); }} />
        {scope ? <p>{t('outcomes.figures.countyFixed', { county: counties.nameOf(scope) })}</p> : (
          <SelectField id="oc-county" label={t('outcomes.figures.county')} error={e.countyCode} value={draft.county} placeholder={t('outcomes.figures.wholeCity')}
            options={counties.options} onChange={(x) => { const v = x.currentTarget.value; setDraft((d) => ({ ...d, county: v })); }} />
        )}
        <Button type="submit">{t('outcomes.figures.show')}</Button>
      </form>
      {loading && !data ? <Loading /> : error && !data ? <Notice tone="error" role="alert"><p>{problemText(error) ?? t('error.loadFailed')}</p></Notice> : data && (
        <>
          <RetentionSection r={data.retention} />
          <FunnelSection f={data.outcomeFunnel} />
        </>
      )}
    </Page>
  );
}

function useCountText() {
  const { t, formatNumber } = useI18n();
  const percent = usePercent();
  return (c: Count) => t('outcomes.figures.cell', {
    rate: c.rate == null ? t('outcomes.figures.noRate') : percent(c.rate), due: formatNumber(c.due), retained: formatNumber(c.retained),
    left: formatNumber(c.left), unknown: formatNumber(c.unknown),
  });
}

function RetentionSection({ r }: { r: Retention }) {
  const { t, formatNumber, label } = useI18n();
  const percent = usePercent();
  const cell = useCountText();
  const counties = useCountyOptions();
  const groupName = (by: (typeof BREAKDOWNS)[number], key: string): string => {
    if (key === 'UNKNOWN') return t('outcomes.figures.unknownGroup');
    switch (by) {
      case 'byCounty': return counties.nameOf(key);
      case 'byCategory': return label('DisabilityCategory', key as never);
      case 'byLevel': return t('outcomes.figures.levelValue', { level: key });
      case 'byForm': return label('EmploymentForm', key as never);
      case 'byEmployerType': return label('OrganizationType', key as never);
      default: return t(`plan.line.${key}` as MessageKey);
    }
  };
  const rates = r.total.filter((c) => c.rate != null);
  return (
    <section aria-labelledby="oc-retention-title">
      <h2 id="oc-retention-title">{t('outcomes.figures.retentionTitle')}</h2>
      <p>{t('outcomes.figures.definition')}</p>
      <DataTable
        caption={t('outcomes.figures.totalCaption')}
        rows={r.total}
        rowKey={(c) => String(c.months)}
        columns={[
          { key: 'months', header: t('outcomes.figures.colMonths'), rowHeader: true, cell: (c) => t('outcomes.figures.monthsValue', { months: c.months }) },
          { key: 'due', header: t('outcomes.figures.colDue'), cell: (c) => formatNumber(c.due) },
          { key: 'retained', header: t('outcomes.figures.colRetained'), cell: (c) => formatNumber(c.retained) },
          { key: 'left', header: t('outcomes.figures.colLeft'), cell: (c) => formatNumber(c.left) },
          { key: 'unknown', header: t('outcomes.figures.colUnknown'), cell: (c) => formatNumber(c.unknown) },
          { key: 'rate', header: t('outcomes.figures.colRate'), cell: (c) => (c.rate == null ? t('outcomes.figures.noRate') : percent(c.rate)) },
        ]}
      />
      {rates.length > 0 ? (
        <ChartFigure height="10rem" caption={t('outcomes.figures.chartCaption')}
          summary={t('outcomes.figures.chartSummary', { values: rates.map((c) => `${t('outcomes.figures.monthsValue', { months: c.months })} ${percent(c.rate!)}`).join('，') })}>
          <CountyBars data={rates.map((c) => ({ label: t('outcomes.figures.monthsValue', { months: c.months }), count: Math.round(c.rate! * 100) }))} />
        </ChartFigure>
      ) : <p>{t('outcomes.figures.noneDue')}</p>}
      {BREAKDOWNS.map((by) => r[by].length > 0 && (
        <DataTable key={by}
          caption={t(`outcomes.figures.by.${by}`)}
          rows={r[by]}
          rowKey={(g) => g.key}
          columns={[
            { key: 'group', header: t('outcomes.figures.colGroup'), rowHeader: true, cell: (g) => groupName(by, g.key) },
            ...r.months.map((m) => ({
              key: `m${m}`, header: t('outcomes.figures.monthsValue', { months: m }),
              cell: (g: Retention['byCounty'][number]) => cell(g.counts.find((c) => c.months === m)!),
            })),
          ]}
        />
      ))}
    </section>
  );
}

function FunnelSection({ f }: { f: OutcomeFiguresQuery['outcomeFunnel'] }) {
  const { t, formatNumber, formatDate } = useI18n();
  const points = STEPS.map((s) => ({ step: s, label: t(`outcomes.funnel.step.${s}`), count: f[s] }));
  return (
    <section aria-labelledby="oc-funnel-title">
      <h2 id="oc-funnel-title">{t('outcomes.funnel.title')}</h2>
      <p>{t('outcomes.funnel.intro')}</p>
      <ChartFigure height="22rem" caption={t('outcomes.funnel.chartCaption')}
        summary={t('outcomes.funnel.chartSummary', { values: points.map((p) => `${p.label} ${formatNumber(p.count)}`).join('，') })}>
        <CountyBars data={points} />
      </ChartFigure>
      <DataTable
        caption={t('outcomes.funnel.caption', { from: formatDate(f.from), to: formatDate(f.to) })}
        rows={points}
        rowKey={(p) => p.step}
        columns={[
          { key: 'step', header: t('outcomes.funnel.colStep'), rowHeader: true, cell: (p) => p.label },
          { key: 'people', header: t('outcomes.funnel.colPeople'), cell: (p) => formatNumber(p.count) },
          { key: 'definition', header: t('outcomes.funnel.colDefinition'), cell: (p) => t(`outcomes.funnel.def.${p.step}`) },
        ]}
      />
    </section>
  );
}
