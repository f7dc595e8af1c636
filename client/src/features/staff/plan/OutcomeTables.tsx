// The outcome figures (issue 15) as tables, each with what it counts said above it: "four ones" coverage, the
// graduate cohorts, retention, and the priority groups (with a chart of the table). Shared by the quarterly report,
// the dashboard and the city's view of a submission (whose figures are labelled here too).
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { useMark } from '../../../components/Lang';
import type { DisabilityCategory, EmploymentForm, PriorityGroup } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';
import { ChartFigure, CountyBars } from './PlanCharts';
import { usePercent } from './use-percent';

export interface FourOnes { year: number; population: number; checked: number; checkRate?: number | null; wantingWork: number; assessed: number; registered: number; served: number; complete: number; coverageRate?: number | null }
export interface Cohort { year: number; wantingAndAble: number; served: number; employed: number; serviceRate?: number | null; employmentRate?: number | null }
export interface Retention { months: number; retained: number; left: number; unknown: number; notDue: number; rate?: number | null }
export interface PriorityCount { group: PriorityGroup; registered: number; employed: number; served: number }

const FOUR_ONES = ['population', 'checked', 'checkRate', 'wantingWork', 'assessed', 'registered', 'served', 'complete', 'coverageRate'] as const;
const RATES = new Set(['checkRate', 'coverageRate', 'serviceRate', 'employmentRate', 'rate', 'share']);

/** A figure's value as shown: rates as percentages, counts as numbers, no figure as "no data". */
export function useFigureValue(): (key: string, value: number | null | undefined) => string {
  const { t, formatNumber } = useI18n();
  const percent = usePercent();
  return (key, value) => (value == null ? t('plan.noData') : RATES.has(key.split('.').pop()!) ? percent(value) : formatNumber(value));
}

export function FourOnesTable({ f }: { f: FourOnes }) {
  const mark = useMark();
  const { t } = useI18n();
  const value = useFigureValue();
  return mark(
    <>
      <h3>{t('plan.fourOnes.title', { year: f.year })}</h3>
      <p>{t('plan.fourOnes.definition')}</p>
      <DataTable caption={t('plan.fourOnes.caption', { year: f.year })} rows={FOUR_ONES.map((k) => ({ k }))} rowKey={(r) => r.k}
        columns={[
          { key: 'measure', header: t('plan.fourOnes.colMeasure'), rowHeader: true, cell: (r) => t(`plan.fourOnes.${r.k}`) },
          { key: 'value', header: t('plan.fourOnes.colValue'), cell: (r) => value(r.k, f[r.k]) },
        ]} />
    </>
  );
}

export function CohortTable({ cohorts, asOf }: { cohorts: readonly Cohort[]; asOf: string }) {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const value = useFigureValue();
  const date = formatDate(asOf);
  return mark(
    <>
      <h3>{t('plan.cohorts.title')}</h3>
      <p>{t('plan.cohorts.definition', { date })}</p>
      <DataTable caption={t('plan.cohorts.caption', { date })} rows={cohorts} rowKey={(c) => String(c.year)}
        columns={[
          { key: 'year', header: t('plan.cohorts.colYear'), rowHeader: true, cell: (c) => t('plan.cohorts.yearLabel', { year: c.year }) },
          ...(['wantingAndAble', 'served', 'employed', 'serviceRate', 'employmentRate'] as const).map((k) => (
            { key: k, header: t(`plan.cohorts.${k}`), cell: (c: Cohort) => value(k, c[k]) })),
        ]} />
    </>
  );
}

export function RetentionTable({ rows, year, asOf }: { rows: readonly Retention[]; year: number; asOf: string }) {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const value = useFigureValue();
  return mark(
    <>
      <h3>{t('plan.retention.title')}</h3>
      <p>{t('plan.retention.definition', { year, date: formatDate(asOf) })}</p>
      <DataTable caption={t('plan.retention.caption')} rows={rows} rowKey={(r) => String(r.months)}
        columns={[
          { key: 'months', header: t('plan.retention.colMonths'), rowHeader: true, cell: (r) => t('plan.retention.months', { months: r.months }) },
          ...(['retained', 'left', 'unknown', 'notDue', 'rate'] as const).map((k) => (
            { key: k, header: t(`plan.retention.${k}`), cell: (r: Retention) => value(k, r[k]) })),
        ]} />
    </>
  );
}

/** The dashboard's priority-group breakdown: a chart of who is registered, and the table with all three counts. */
export function PriorityGroupsSection({ rows, asOf }: { rows: readonly PriorityCount[]; asOf: string }) {
  const mark = useMark();
  const { t, label, formatNumber, formatDate } = useI18n();
  const named = rows.map((r) => ({ ...r, label: label('PriorityGroup', r.group), key: r.group, count: r.registered }));
  const top = [...named].sort((a, b) => b.count - a.count)[0];
  return mark(
    <section aria-labelledby="plan-priority">
      <h2 id="plan-priority">{t('plan.priority.title')}</h2>
      <p>{t('plan.priority.definition', { date: formatDate(asOf), from: formatDate(`${asOf.slice(0, 4)}-01-01`) })}</p>
      <ChartFigure height={`${named.length * 2.5 + 3}rem`} caption={t('plan.priority.figure')}
        summary={top && top.count > 0 ? t('plan.priority.summary', { group: top.label, count: formatNumber(top.count) }) : t('plan.chartEmpty')}>
        <CountyBars data={named} />
      </ChartFigure>
      <DataTable caption={t('plan.priority.caption')} rows={named} rowKey={(r) => r.group}
        columns={[
          { key: 'group', header: t('outreach.colGroup'), rowHeader: true, cell: (r) => r.label },
          { key: 'registered', header: t('plan.priority.colRegistered'), cell: (r) => formatNumber(r.registered) },
          { key: 'employed', header: t('plan.priority.colEmployed'), cell: (r) => formatNumber(r.employed) },
          { key: 'served', header: t('plan.priority.colServed'), cell: (r) => formatNumber(r.served) },
        ]} />
      <p><Link to="/staff/outreach">{t('plan.priority.outreachLink')}</Link></p>
    </section>
  );
}

const ACTION_LINES = ['PUBLIC_SECTOR', 'STATE_OWNED', 'PRIVATE', 'DISABILITY_ORG', 'HARD_TO_EMPLOY', 'RURAL', 'GRADUATE', 'BLIND_MASSAGE'];
const PLACEMENT_COLUMNS: Record<string, MessageKey> = {
  quarter: 'plan.quarterly.colQuarter', yearToDate: 'plan.quarterly.colYearToDate', planToDate: 'plan.quarterly.colPlanToDate',
};
const WELFARE_COLUMNS: Record<string, MessageKey> = { disabledHires: 'plan.welfare.colHires', totalPosts: 'plan.welfare.colPosts', share: 'plan.welfare.colShare' };

/** A submitted figure's key (totals.quarter, county.411521.yearToDate, graduates.2024.employmentRate …) in words. */
export function useFigureLabel(nameOf: (code: string) => string): (key: string) => string {
  const { t, label } = useI18n();
  return (key) => {
    const [section, a, b] = key.split('.');
    switch (section) {
      case 'totals': return t('plan.figure.totals', { what: t(PLACEMENT_COLUMNS[a] ?? 'plan.noData') });
      case 'county': return t('plan.figure.county', { county: nameOf(a), what: t(PLACEMENT_COLUMNS[b] ?? 'plan.noData') });
      case 'actionLine': return t('plan.figure.actionLine', { what: ACTION_LINES.includes(a) ? t(`plan.line.${a}` as MessageKey) : a });
      case 'form': return t('plan.figure.form', { what: label('EmploymentForm', a as EmploymentForm) });
      case 'category': return t('plan.figure.category', { what: a === 'UNKNOWN' ? t('plan.categoryUnknown') : label('DisabilityCategory', a as DisabilityCategory) });
      case 'fourOnes': return t('plan.figure.fourOnes', { what: t(`plan.fourOnes.${a}` as MessageKey) });
      case 'graduates': return t('plan.figure.graduates', { year: a, what: t(`plan.cohorts.${b}` as MessageKey) });
      case 'publicWelfare': return t('plan.figure.publicWelfare', { what: t(WELFARE_COLUMNS[a] ?? 'plan.noData') });
      case 'retention': return t('plan.figure.retention', { months: a, what: t(`plan.retention.${b}` as MessageKey) });
      default: return key;
    }
  };
}
