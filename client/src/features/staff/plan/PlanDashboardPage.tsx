// Staff: the action plan's progress. New employment against the target and against the time that has passed,
// then by year, quarter, county, action line, employment form and disability category; graduates served and
// employed; public-welfare posts given to disabled people, with the form that records a county's posts.
// City staff see the city and may drill into a county (?county=); county staff see only their own.
import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { SelectField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import type { DisabilityCategory, EmploymentForm } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';
import { describeError } from '../../../lib/graphql-errors';
import { ChartFigure, CountyBars, QuarterLine } from './PlanCharts';
import { largest, pace, yearRows, type Count } from './plan-math';
import { PublicWelfareForm } from './PublicWelfareForm';
import { usePercent } from './use-percent';
import './plan.css';

export const ACTION_PLAN_DASHBOARD = graphql(`
  query ActionPlanDashboard($countyCode: String) {
    actionPlanDashboard(countyCode: $countyCode) {
      countyCode elapsedShare target achievedShare
      plan { name source startDate endDate target graduateServiceRateTarget graduateEmploymentRateTarget publicWelfareShareTarget }
      placements {
        total
        byCounty { key count }
        byActionLine { key count }
        byForm { key count }
        byCategory { key count }
        byYear { key count }
        byQuarter { year quarter count }
      }
      graduates { wantingAndAble served employed serviceRate employmentRate }
      publicWelfare { disabledHires totalPosts share }
    }
  }
`);

const ACTION_LINES = ['PUBLIC_SECTOR', 'STATE_OWNED', 'PRIVATE', 'DISABILITY_ORG', 'HARD_TO_EMPLOY', 'RURAL', 'GRADUATE', 'BLIND_MASSAGE'] as const;

export function PlanDashboardPage() {
  const { t, label, formatNumber, formatDate } = useI18n();
  const percent = usePercent();
  const [params, setParams] = useSearchParams();
  const { me, loading: sessionLoading } = useSession();
  const { options: counties, nameOf } = useCountyOptions();
  const scope = me?.scopeCountyCode ?? null;
  const county = scope ?? (params.get('county') || null);
  // wait for the session: a county staff member's scope decides what to ask for
  const { data, loading, error, refetch } = useQuery(ACTION_PLAN_DASHBOARD,
    { variables: { countyCode: county }, fetchPolicy: 'network-only', skip: sessionLoading });
  const [choice, setChoice] = useState(county ?? '');
  const [formHasErrors, setFormHasErrors] = useState(false);
  // the picker follows the address (the "back to the city" link, the browser's back button)
  useEffect(() => { setChoice(county ?? ''); }, [county]);

  const title = county ? t('plan.dashboard.titleCounty', { county: nameOf(county) }) : t('plan.dashboard.title');
  if (sessionLoading || (loading && !data)) return <Loading />;
  if (error || !data) {
    return (
      <Page title={t('plan.dashboard.title')}>
        <Notice tone="error"><p>{(error && describeError(error).message) || t('error.loadFailed')}</p></Notice>
        {!scope && county && <p><Link to="/staff/plan">{t('plan.dashboard.backToCity')}</Link></p>}
      </Page>
    );
  }
  const d = data.actionPlanDashboard;
  const p = d.placements;
  const plan = d.plan;
  const status = pace(d.achievedShare ?? null, d.elapsedShare);
  const years = yearRows(plan, p.byYear, d.target ?? null);
  const quarterLabel = (y: number, q: number) => t('plan.quarterLabel', { year: y, quarter: q });
  const quarters = p.byQuarter.map((q) => ({ label: quarterLabel(q.year, q.quarter), count: q.count, key: `${q.year}-${q.quarter}` }));
  const countyRows = p.byCounty.map((c) => ({ ...c, label: nameOf(c.key) }));
  const planYears = years.map((y) => y.year);
  const people = (n: number) => t('plan.people', { count: formatNumber(n) });

  const drill = (e: FormEvent) => {
    e.preventDefault();
    setParams(choice ? { county: choice } : {});
  };

  const countTable = (caption: string, header: string, rows: readonly Count[], name: (key: string) => string) => (
    rows.length === 0 ? <p>{t('plan.noneYet')}</p> : (
      <DataTable
        caption={caption}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { key: 'name', header, rowHeader: true, cell: (r) => name(r.key) },
          { key: 'count', header: t('plan.colPlacements'), cell: (r) => formatNumber(r.count) },
          { key: 'share', header: t('plan.colShareOfAll'), cell: (r) => (p.total ? percent(r.count / p.total) : '—') },
        ]}
      />
    ));

  const topCounty = largest(countyRows);
  const topQuarter = largest(quarters);

  return (
    <Page title={title} focusKey={`plan-${county ?? 'city'}`} hasErrors={formHasErrors}>
      <p>{t('plan.dashboard.intro', { name: plan.name, from: formatDate(plan.startDate), to: formatDate(plan.endDate) })}</p>
      <p className="hint">{t('plan.source', { source: plan.source })}</p>

      {scope
        ? <p>{t('plan.dashboard.scopeCounty', { county: nameOf(scope) })}</p>
        : (
          <form className="plan-filter" onSubmit={drill} aria-labelledby="plan-drill-title">
            <h2 id="plan-drill-title" className="visually-hidden">{t('plan.dashboard.drillTitle')}</h2>
            <SelectField id="plan-county" label={t('plan.dashboard.area')} hint={t('plan.dashboard.areaHint')} value={choice}
              options={[{ value: '', label: t('plan.wholeCity') }, ...counties]} onChange={(e) => setChoice(e.currentTarget.value)} />
            <Button type="submit">{t('plan.dashboard.show')}</Button>
            {county && <p><Link to="/staff/plan">{t('plan.dashboard.backToCity')}</Link></p>}
          </form>
        )}

      <section aria-labelledby="plan-progress">
        <h2 id="plan-progress">{t('plan.progress.title')}</h2>
        <dl className="stat-grid">
          <div><dt>{t('plan.progress.placements')}</dt><dd>{people(p.total)}</dd></div>
          {d.target != null && <div><dt>{t('plan.progress.target')}</dt><dd>{people(d.target)}</dd></div>}
          {d.achievedShare != null && <div><dt>{t('plan.progress.achieved')}</dt><dd>{percent(d.achievedShare)}</dd></div>}
          <div><dt>{t('plan.progress.elapsed')}</dt><dd>{percent(d.elapsedShare)}</dd></div>
        </dl>
        {d.target != null && (
          <div className="plan-meter">
            <label htmlFor="plan-meter-target">{t('plan.progress.meterTarget', { count: formatNumber(p.total), target: formatNumber(d.target) })}</label>
            <progress id="plan-meter-target" max={d.target} value={Math.min(p.total, d.target)}>{percent(d.achievedShare ?? 0)}</progress>
          </div>
        )}
        <div className="plan-meter">
          <label htmlFor="plan-meter-time">{t('plan.progress.meterTime', { share: percent(d.elapsedShare) })}</label>
          <progress id="plan-meter-time" max={1} value={d.elapsedShare}>{percent(d.elapsedShare)}</progress>
        </div>
        {status && <p className={`plan-pace ${status}`}><strong>{t(status === 'ahead' ? 'plan.progress.ahead' : 'plan.progress.behind')}</strong></p>}
        {d.target == null && <p>{t('plan.progress.countyNoTarget')}</p>}
      </section>

      <section aria-labelledby="plan-years">
        <h2 id="plan-years">{t('plan.years.title')}</h2>
        <DataTable
          caption={t('plan.years.caption')}
          rows={years}
          rowKey={(r) => String(r.year)}
          columns={[
            { key: 'year', header: t('plan.colYear'), rowHeader: true, cell: (r) => t('plan.yearLabel', { year: r.year }) },
            { key: 'count', header: t('plan.colPlacements'), cell: (r) => formatNumber(r.count) },
            { key: 'cumulative', header: t('plan.years.colCumulative'), cell: (r) => formatNumber(r.cumulative) },
            ...(d.target != null ? [
              { key: 'expected', header: t('plan.years.colExpected'), cell: (r: (typeof years)[number]) => formatNumber(r.expectedByYearEnd ?? 0) },
              { key: 'share', header: t('plan.years.colShare'), cell: (r: (typeof years)[number]) => percent(r.cumulativeShare ?? 0) },
            ] : []),
          ]}
        />
        {d.target != null && <p className="hint">{t('plan.years.expectedHint')}</p>}
      </section>

      <section aria-labelledby="plan-quarters">
        <h2 id="plan-quarters">{t('plan.quarters.title')}</h2>
        <ChartFigure
          height="18rem"
          caption={t('plan.quarters.figure')}
          summary={topQuarter
            ? t('plan.quarters.summary', { label: topQuarter.label, count: formatNumber(topQuarter.count) })
            : t('plan.chartEmpty')}
        >
          <QuarterLine data={quarters} />
        </ChartFigure>
        <DataTable
          caption={t('plan.quarters.caption')}
          rows={quarters}
          rowKey={(r) => r.key}
          columns={[
            { key: 'quarter', header: t('plan.colQuarter'), rowHeader: true, cell: (r) => r.label },
            { key: 'count', header: t('plan.colPlacements'), cell: (r) => formatNumber(r.count) },
          ]}
        />
      </section>

      {!county && (
        <section aria-labelledby="plan-counties">
          <h2 id="plan-counties">{t('plan.counties.title')}</h2>
          <ChartFigure
            height={`${Math.max(12, countyRows.length * 2.25 + 3)}rem`}
            caption={t('plan.counties.figure')}
            summary={topCounty
              ? t('plan.counties.summary', { county: topCounty.label, count: formatNumber(topCounty.count) })
              : t('plan.chartEmpty')}
          >
            <CountyBars data={countyRows} />
          </ChartFigure>
          <DataTable
            caption={t('plan.counties.caption')}
            rows={countyRows}
            rowKey={(r) => r.key}
            columns={[
              { key: 'county', header: t('plan.colCounty'), rowHeader: true, cell: (r) => r.label },
              { key: 'count', header: t('plan.colPlacements'), cell: (r) => formatNumber(r.count) },
              { key: 'share', header: t('plan.colShareOfAll'), cell: (r) => (p.total ? percent(r.count / p.total) : '—') },
              { key: 'open', header: t('plan.counties.colDetail'), cell: (r) => (
                <Link to={`/staff/plan?county=${r.key}`}>{t('plan.counties.open', { county: r.label })}</Link>
              ) },
            ]}
          />
        </section>
      )}

      <section aria-labelledby="plan-lines">
        <h2 id="plan-lines">{t('plan.lines.title')}</h2>
        {countTable(t('plan.lines.caption'), t('plan.colActionLine'),
          [...p.byActionLine].sort((a, b) => ACTION_LINES.indexOf(a.key as never) - ACTION_LINES.indexOf(b.key as never)),
          (k) => ((ACTION_LINES as readonly string[]).includes(k) ? t(`plan.line.${k}` as MessageKey) : k))}
      </section>

      <section aria-labelledby="plan-forms">
        <h2 id="plan-forms">{t('plan.forms.title')}</h2>
        {countTable(t('plan.forms.caption'), t('plan.colForm'), p.byForm, (k) => label('EmploymentForm', k as EmploymentForm))}
      </section>

      <section aria-labelledby="plan-categories">
        <h2 id="plan-categories">{t('plan.categories.title')}</h2>
        {countTable(t('plan.categories.caption'), t('plan.colCategory'), p.byCategory,
          (k) => (k === 'UNKNOWN' ? t('plan.categoryUnknown') : label('DisabilityCategory', k as DisabilityCategory)))}
      </section>

      <section aria-labelledby="plan-graduates">
        <h2 id="plan-graduates">{t('plan.graduates.title')}</h2>
        <p>{t('plan.graduates.intro', { count: formatNumber(d.graduates.wantingAndAble) })}</p>
        <DataTable
          caption={t('plan.graduates.caption')}
          rows={[
            { key: 'service', name: t('plan.graduates.service'), n: d.graduates.served, rate: d.graduates.serviceRate, target: plan.graduateServiceRateTarget },
            { key: 'employment', name: t('plan.graduates.employment'), n: d.graduates.employed, rate: d.graduates.employmentRate, target: plan.graduateEmploymentRateTarget },
          ]}
          rowKey={(r) => r.key}
          columns={[
            { key: 'name', header: t('plan.graduates.colMeasure'), rowHeader: true, cell: (r) => r.name },
            { key: 'n', header: t('plan.graduates.colPeople'), cell: (r) => formatNumber(r.n) },
            { key: 'rate', header: t('plan.graduates.colRate'), cell: (r) => (r.rate == null ? t('plan.noData') : percent(r.rate)) },
            { key: 'target', header: t('plan.colTarget'), cell: (r) => t('plan.atLeast', { share: percent(r.target) }) },
            { key: 'met', header: t('plan.colMet'), cell: (r) => metText(t, r.rate ?? null, r.target) },
          ]}
        />
      </section>

      <section aria-labelledby="plan-welfare">
        <h2 id="plan-welfare">{t('plan.welfare.title')}</h2>
        <DataTable
          caption={t('plan.welfare.caption')}
          rows={[d.publicWelfare]}
          rowKey={() => 'welfare'}
          columns={[
            { key: 'area', header: t('plan.colArea'), rowHeader: true, cell: () => (county ? nameOf(county) : t('plan.wholeCity')) },
            { key: 'hires', header: t('plan.welfare.colHires'), cell: (r) => formatNumber(r.disabledHires) },
            { key: 'posts', header: t('plan.welfare.colPosts'), cell: (r) => (r.totalPosts == null ? t('plan.welfare.notReported') : formatNumber(r.totalPosts)) },
            { key: 'share', header: t('plan.welfare.colShare'), cell: (r) => (r.share == null ? t('plan.noData') : percent(r.share)) },
            { key: 'target', header: t('plan.colTarget'), cell: () => t('plan.atLeast', { share: percent(plan.publicWelfareShareTarget) }) },
            { key: 'met', header: t('plan.colMet'), cell: (r) => metText(t, r.share ?? null, plan.publicWelfareShareTarget) },
          ]}
        />
        <PublicWelfareForm
          years={planYears}
          counties={counties}
          fixedCounty={scope}
          initialCounty={county}
          nameOf={nameOf}
          onSaved={() => { void refetch(); }}
          onErrorsShown={setFormHasErrors}
        />
      </section>
    </Page>
  );
}

function metText(t: (k: MessageKey) => string, rate: number | null, target: number): string {
  if (rate == null) return t('plan.noData');
  return rate + 1e-9 >= target ? t('plan.met') : t('plan.notMet');
}
