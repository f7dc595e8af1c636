// Staff: the quarterly report a county sends the city (or the city's summary of every county) for a chosen
// year and quarter, as tables. It prints cleanly (the print stylesheet drops the site's header and navigation
// and keeps table rows whole) and downloads as the Excel workbook the server builds from the same numbers. With no
// quarter in the address it opens on the current quarter (the server's today) and the plan covering it; a picker
// shows the report against another plan. The plan's title is printed as its text names it.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { SelectField } from '../../../components/fields';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import type { DisabilityCategory, EmploymentForm } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';
import { describeError } from '../../../lib/graphql-errors';
import { type Count } from './plan-math';
import { CohortTable, FourOnesTable, RetentionTable, useFigureValue } from './OutcomeTables';
import { SubmitQuarterPanel } from './SubmitQuarterPanel';
import { usePercent } from './use-percent';
import './plan.css';
import { useMark } from '../../../components/Lang';

export const REPORT_PLANS = graphql(`
  query QuarterlyReportPlans { plans { id title startDate endDate } }
`);

export const QUARTERLY_REPORT = graphql(`
  query QuarterlyReport($year: Int, $quarter: Int, $countyCode: String, $planId: ID) {
    quarterlyReport(year: $year, quarter: $quarter, countyCode: $countyCode, planId: $planId) {
      year quarter from to countyCode exportUrl
      plan { id title issuingBody documentNumber basis { title documentNumber } startDate endDate }
      rows { countyCode countyName quarter yearToDate planToDate }
      totals { quarter yearToDate planToDate }
      byActionLine { key count }
      byForm { key count }
      byCategory { key count }
      yearTarget { target source figure achievedShare }
      fourOnes { year population checked checkRate wantingWork assessed registered served complete coverageRate }
      graduateCohorts { year wantingAndAble served employed serviceRate employmentRate }
      publicWelfare { disabledHires totalPosts share }
      retention { months retained left unknown notDue rate }
    }
  }
`);

const ACTION_LINES = ['PUBLIC_SECTOR', 'STATE_OWNED', 'PRIVATE', 'DISABILITY_ORG', 'HARD_TO_EMPLOY', 'RURAL', 'GRADUATE', 'BLIND_MASSAGE'];
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

export function QuarterlyReportPage() {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(REPORT_PLANS, { fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  if (error || !data) {
    return <Page title={t('plan.quarterly.title')}><Notice tone="error"><p>{t('error.loadFailed')}</p></Notice></Page>;
  }
  return <QuarterlyReport plans={data.plans} />;
}

interface PlanInfo { id: string; title: string; startDate: string; endDate: string }

function QuarterlyReport({ plans }: { plans: readonly PlanInfo[] }) {
  const mark = useMark();
  const { t, label, formatNumber, formatDate } = useI18n();
  const percent = usePercent();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const { me, loading: sessionLoading } = useSession();
  const { options: counties, nameOf } = useCountyOptions();
  const scope = me?.scopeCountyCode ?? null;

  const thisYear = Number(today().slice(0, 4));
  const firstYear = Math.min(thisYear, ...plans.map((p) => Number(p.startDate.slice(0, 4))));
  const lastYear = Math.max(thisYear, ...plans.map((p) => Number(p.endDate.slice(0, 4))));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const yearParam = Number(params.get('year'));
  const quarterParam = Number(params.get('quarter'));
  // no quarter in the address: the server answers with the current quarter
  const year = years.includes(yearParam) && [1, 2, 3, 4].includes(quarterParam) ? yearParam : null;
  const quarter = year ? quarterParam : null;
  const county = scope ?? (params.get('county') || null);
  const planParam = plans.some((p) => p.id === params.get('plan')) ? params.get('plan') : null;

  const [choice, setChoice] = useState({ year: year ? String(year) : '', quarter: quarter ? String(quarter) : '', county: county ?? '', plan: planParam ?? '' });
  const { data, loading, error } = useQuery(QUARTERLY_REPORT,
    { variables: { year, quarter, countyCode: county, planId: planParam }, fetchPolicy: 'network-only', skip: sessionLoading });
  const heading = useRef<HTMLHeadingElement>(null);
  const asked = useRef(false);
  const r = data?.quarterlyReport;
  // the pickers show the quarter the server chose when the address named none
  useEffect(() => {
    if (r && !choice.year) setChoice((c) => ({ ...c, year: String(r.year), quarter: String(r.quarter) }));
  }, [r, choice.year]);
  const reportTitle = r ? t('plan.quarterly.reportTitle', {
    year: r.year, quarter: r.quarter, area: r.countyCode ? nameOf(r.countyCode) : t('plan.wholeCity'),
  }) : '';

  // after the person asks for another quarter: say it is there and start reading from its heading
  useEffect(() => {
    if (!asked.current || !r) return;
    asked.current = false;
    heading.current?.focus();
    announce(t('plan.quarterly.shown', { title: reportTitle }));
  }, [r, reportTitle, announce, t]);

  const show = (e: FormEvent) => {
    e.preventDefault();
    asked.current = true;
    const next: Record<string, string> = { year: choice.year, quarter: choice.quarter };
    if (!scope && choice.county) next.county = choice.county;
    if (choice.plan) next.plan = choice.plan;
    setParams(next);
  };

  const lineName = (k: string) => (ACTION_LINES.includes(k) ? t(`plan.line.${k}` as MessageKey) : k);

  return mark(
    <Page title={t('plan.quarterly.title')}>
      <div className="no-print">
        <p>{t('plan.quarterly.intro')}</p>
        <form className="plan-filter" onSubmit={show} aria-labelledby="quarterly-choose">
          <h2 id="quarterly-choose">{t('plan.quarterly.choose')}</h2>
          <div className="plan-filter-fields">
            <SelectField id="quarterly-year" label={t('plan.colYear')} value={choice.year}
              options={years.map((y) => ({ value: String(y), label: t('plan.yearLabel', { year: y }) }))}
              onChange={(e) => setChoice({ ...choice, year: e.currentTarget.value })} />
            <SelectField id="quarterly-quarter" label={t('plan.colQuarter')} value={choice.quarter}
              options={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t('plan.quarterName', { quarter: q }) }))}
              onChange={(e) => setChoice({ ...choice, quarter: e.currentTarget.value })} />
            {scope
              ? <p>{t('plan.dashboard.scopeCounty', { county: nameOf(scope) })}</p>
              : (
                <SelectField id="quarterly-county" label={t('plan.dashboard.area')} value={choice.county}
                  options={[{ value: '', label: t('plan.quarterly.cityAll') }, ...counties]}
                  onChange={(e) => setChoice({ ...choice, county: e.currentTarget.value })} />
              )}
            <SelectField id="quarterly-plan" label={t('plan.quarterly.plan')} value={choice.plan}
              options={[{ value: '', label: t('plan.quarterly.planDefault') }, ...plans.map((x) => ({
                value: x.id, label: t('plan.dashboard.planOption', { title: x.title, from: formatDate(x.startDate), to: formatDate(x.endDate) }) }))]}
              onChange={(e) => setChoice({ ...choice, plan: e.currentTarget.value })} />
          </div>
          <Button type="submit">{t('plan.quarterly.show')}</Button>
        </form>
      </div>

      {sessionLoading || (loading && !data) ? <Loading /> : error || !r ? (
        <Notice tone="error"><p>{(error && describeError(error).message) || t('error.loadFailed')}</p></Notice>
      ) : (
        <section aria-labelledby="quarterly-report" className="print-report">
          <h2 id="quarterly-report" ref={heading} tabIndex={-1}>{reportTitle}</h2>
          {r.plan ? (
            <>
              <p className="plan-report-title"><strong>{t('plan.quarterly.plan')}{t('common.colon')}<span lang="zh-CN">{r.plan.title}</span></strong></p>
              <dl className="plan-card">
                <div><dt>{t('plan.card.issuer')}</dt><dd>{r.plan.issuingBody ?? t('plan.card.notStated')}</dd></div>
                <div><dt>{t('plan.card.number')}</dt><dd>{r.plan.documentNumber ?? t('plan.card.notStated')}</dd></div>
                <div><dt>{t('plan.card.basis')}</dt><dd>{r.plan.basis.length === 0 ? t('plan.card.noBasis')
                  : r.plan.basis.map((b) => `《${b.title}》${b.documentNumber ? `（${b.documentNumber}）` : ''}`).join('、')}</dd></div>
                <div><dt>{t('plan.card.period')}</dt><dd>{t('plan.card.periodValue', { from: formatDate(r.plan.startDate), to: formatDate(r.plan.endDate) })}</dd></div>
              </dl>
            </>
          ) : <p><strong>{t('plan.quarterly.noPlan')}</strong></p>}
          <p>{t('plan.quarterly.quarterPeriod', { from: formatDate(r.from), to: formatDate(r.to) })}</p>
          {r.yearTarget && (
            <div className="plan-year-target">
              <p><strong>{t('plan.quarterly.yearTarget', { year: r.year, target: formatNumber(r.yearTarget.target),
                count: formatNumber(r.yearTarget.figure ?? 0), share: percent(r.yearTarget.achievedShare ?? 0) })}</strong></p>
              <p>{t('plan.targets.colSource')}{t('common.colon')}<span lang="zh-CN">{r.yearTarget.source}</span></p>
            </div>
          )}
          <div className="button-row no-print">
            <Button variant="secondary" onClick={() => window.print()}>
              <Icon name="document" small />{t('plan.quarterly.print')}
            </Button>
            <a className="button" href={r.exportUrl} download>
              <Icon name="document" small />{t('plan.quarterly.export')}
            </a>
          </div>
          <p className="hint no-print">{t('plan.quarterly.exportHint')}</p>

          <DataTable
            caption={t('plan.quarterly.countiesCaption', { title: reportTitle })}
            rows={[...r.rows.map((row) => ({ ...row, name: nameOf(row.countyCode), total: false })),
              ...(r.rows.length > 1 ? [{ countyCode: 'total', name: t('plan.quarterly.total'), ...r.totals, total: true }] : [])]}
            rowKey={(row) => row.countyCode}
            columns={[
              { key: 'county', header: t('plan.colCounty'), rowHeader: true, cell: (row) => (row.total ? <strong>{row.name}</strong> : row.name) },
              { key: 'quarter', header: t('plan.quarterly.colQuarter'), cell: (row) => formatNumber(row.quarter) },
              { key: 'year', header: t('plan.quarterly.colYearToDate'), cell: (row) => formatNumber(row.yearToDate) },
              ...(r.plan ? [{ key: 'plan', header: t('plan.quarterly.colPlanToDate'), cell: (row: { planToDate?: number | null }) => formatNumber(row.planToDate ?? 0) }] : []),
            ]}
          />
          <BreakdownTable caption={t('plan.quarterly.linesCaption')} header={t('plan.colActionLine')}
            rows={[...r.byActionLine].sort((a, b) => ACTION_LINES.indexOf(a.key) - ACTION_LINES.indexOf(b.key))} name={lineName} />
          <BreakdownTable caption={t('plan.quarterly.formsCaption')} header={t('plan.colForm')} rows={r.byForm}
            name={(k) => label('EmploymentForm', k as EmploymentForm)} />
          <BreakdownTable caption={t('plan.quarterly.categoriesCaption')} header={t('plan.colCategory')} rows={r.byCategory}
            name={(k) => (k === 'UNKNOWN' ? t('plan.categoryUnknown') : label('DisabilityCategory', k as DisabilityCategory))} />
          <section aria-labelledby="quarterly-outcomes">
            <h2 id="quarterly-outcomes">{t('plan.outcomes.title')}</h2>
            <FourOnesTable f={r.fourOnes} />
            <CohortTable cohorts={r.graduateCohorts} asOf={r.to} />
            <QuarterWelfare welfare={r.publicWelfare} from={`${r.year}-01-01`} to={r.to} />
            <RetentionTable rows={r.retention} year={r.year} asOf={r.to} />
          </section>
        </section>
      )}
      {r && <SubmitQuarterPanel year={r.year} quarter={r.quarter} to={r.to} area={r.countyCode ? nameOf(r.countyCode) : t('plan.wholeCity')} />}
    </Page>
  );

}

function QuarterWelfare({ welfare, from, to }: { welfare: { disabledHires: number; totalPosts?: number | null; share?: number | null }; from: string; to: string }) {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const value = useFigureValue();
  return mark(
    <>
      <h3>{t('plan.quarterWelfare.title', { from: formatDate(from), to: formatDate(to) })}</h3>
      <DataTable caption={t('plan.quarterWelfare.caption')} rows={[welfare]} rowKey={() => 'welfare'}
        columns={[
          { key: 'hires', header: t('plan.welfare.colHires'), cell: (w) => value('disabledHires', w.disabledHires) },
          { key: 'posts', header: t('plan.welfare.colPosts'), cell: (w) => (w.totalPosts == null ? t('plan.welfare.notReported') : value('totalPosts', w.totalPosts)) },
          { key: 'share', header: t('plan.welfare.colShare'), cell: (w) => value('share', w.share) },
        ]} />
    </>
  );
}

function BreakdownTable({ caption, header, rows, name }: { caption: string; header: string; rows: readonly Count[]; name: (k: string) => string }) {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  if (rows.length === 0) {
    return <p><strong>{caption}</strong>{t('common.colon')}{t('plan.quarterly.noneInQuarter')}</p>;
  }
  return mark(
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { key: 'name', header, rowHeader: true, cell: (r) => name(r.key) },
        { key: 'count', header: t('plan.quarterly.colQuarter'), cell: (r) => formatNumber(r.count) },
      ]}
    />
  );
}
