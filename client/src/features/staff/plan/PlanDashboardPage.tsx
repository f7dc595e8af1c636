// Staff: the action plan's progress. New employment against the target and against the time that has passed,
// then by year, quarter, county, action line, employment form and disability category; graduates served and
// employed; public-welfare posts given to disabled people, with the form that records a county's posts.
// City staff see the city and may drill into a county (?county=); county staff see only their own. It opens on the
// plan in force today (?plan= picks another); an ended plan shows its final result; with no plan in force it says so
// and shows this year against the last plan's yearly pace, which is derived (the plans set no yearly numbers).
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
import { CohortTable, PriorityGroupsSection } from './OutcomeTables';
import { largest, pace, yearRows, type Count } from './plan-math';
import { PublicWelfareForm } from './PublicWelfareForm';
import { TargetProgressTable } from './TargetProgressTable';
import { usePercent } from './use-percent';
import './plan.css';
import { useMark } from '../../../components/Lang';
import { CampaignsSection } from '../campaigns/CampaignsSection';

export const ACTION_PLAN_DASHBOARD = graphql(`
  query ActionPlanDashboard($countyCode: String, $planId: ID) {
    plans { id title startDate endDate }
    actionPlanDashboard(countyCode: $countyCode, planId: $planId) {
      countyCode elapsedShare target achievedShare asOf planStatus noPlanInForce periodStart periodEnd
      graduateServiceRateTarget graduateEmploymentRateTarget publicWelfareShareTarget
      yearlyPace { perYear expectedToDate total months achievedShare }
      plan { id title issuingBody documentNumber basis { title documentNumber } startDate endDate targets { countyCode } }
      targetProgress { metric target year countyCode actionLine source from to figure achievedShare met }
      placements {
        total
        byCounty { key count }
        byActionLine { key count }
        byForm { key count }
        byCategory { key count }
        byYear { key count }
        byQuarter { year quarter count }
      }
      graduates { wantingAndAble served employed serviceRate employmentRate byCohort { year wantingAndAble served employed serviceRate employmentRate } }
      publicWelfare { disabledHires totalPosts share }
      priorityGroups { group registered employed served }
    }
  }
`);

const ACTION_LINES = ['PUBLIC_SECTOR', 'STATE_OWNED', 'PRIVATE', 'DISABILITY_ORG', 'HARD_TO_EMPLOY', 'RURAL', 'GRADUATE', 'BLIND_MASSAGE'] as const;

export function PlanDashboardPage() {
  const mark = useMark();
  const { t, label, formatNumber, formatDate } = useI18n();
  const percent = usePercent();
  const [params, setParams] = useSearchParams();
  const { me, loading: sessionLoading } = useSession();
  const { options: counties, nameOf } = useCountyOptions();
  const scope = me?.scopeCountyCode ?? null;
  const county = scope ?? (params.get('county') || null);
  const planParam = params.get('plan') || null;
  // wait for the session: a county staff member's scope decides what to ask for
  const { data, loading, error, refetch } = useQuery(ACTION_PLAN_DASHBOARD,
    { variables: { countyCode: county, planId: planParam }, fetchPolicy: 'network-only', skip: sessionLoading });
  const [choice, setChoice] = useState(county ?? '');
  const [planChoice, setPlanChoice] = useState(planParam ?? '');
  const [formHasErrors, setFormHasErrors] = useState(false);
  // the pickers follow the address (the "back to the city" link, the browser's back button)
  useEffect(() => { setChoice(county ?? ''); }, [county]);
  useEffect(() => { setPlanChoice(planParam ?? ''); }, [planParam]);

  const title = county ? t('plan.dashboard.titleCounty', { county: nameOf(county) }) : t('plan.dashboard.title');
  if (sessionLoading || (loading && !data)) return <Loading />;
  if (error || !data) {
    return (
      <Page title={t('plan.dashboard.title')}>
        <Notice tone="error"><p>{(error && describeError(error).message) || t('error.loadFailed')}</p></Notice>
        {!scope && county && <p><Link to={withPlan('/staff/plan', planParam)}>{t('plan.dashboard.backToCity')}</Link></p>}
      </Page>
    );
  }
  const d = data.actionPlanDashboard;
  const p = d.placements;
  const plan = d.plan;
  const inForce = d.planStatus === 'IN_FORCE';
  const ended = d.planStatus === 'ENDED';
  const status = inForce ? pace(d.achievedShare ?? null, d.elapsedShare) : null;
  const yp = d.yearlyPace;
  const paceStatus = yp ? pace(yp.achievedShare ?? null, 1) : null;
  // the plan's years (all of them, also those not reached yet); with no plan in force, this year
  const years = yearRows(plan && !d.noPlanInForce ? plan : { startDate: d.periodStart, endDate: d.periodEnd }, p.byYear, d.noPlanInForce ? null : d.target ?? null);
  const quarterLabel = (y: number, q: number) => t('plan.quarterLabel', { year: y, quarter: q });
  const quarters = p.byQuarter.map((q) => ({ label: quarterLabel(q.year, q.quarter), count: q.count, key: `${q.year}-${q.quarter}` }));
  const countyRows = p.byCounty.map((c) => ({ ...c, label: nameOf(c.key) }));
  const planYears = years.map((y) => y.year);
  const people = (n: number) => t('plan.people', { count: formatNumber(n) });

  const drill = (e: FormEvent) => {
    e.preventDefault();
    setParams({ ...(planChoice ? { plan: planChoice } : {}), ...(choice ? { county: choice } : {}) });
  };
  const notStated = t('plan.card.notStated');
  const dateRange = (from: string, to: string) => t('plan.card.periodValue', { from: formatDate(from), to: formatDate(to) });

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

  return mark(
    <Page title={title} focusKey={`plan-${planParam ?? 'now'}-${county ?? 'city'}`} hasErrors={formHasErrors}>
      {d.noPlanInForce ? (
        <Notice tone="info">
          <p><strong>{t('plan.none.title', { date: formatDate(d.asOf) })}</strong></p>
          <p>{plan
            ? t('plan.none.lastPlan', { title: plan.title, from: formatDate(plan.startDate), to: formatDate(plan.endDate), date: formatDate(d.asOf) })
            : t('plan.none.noPlans', { date: formatDate(d.asOf) })}</p>
          {!scope && <p><Link to="/staff/plans/new">{t('plan.none.enter')}</Link></p>}
        </Notice>
      ) : d.planStatus && (
        <p className="plan-status">{t(`plan.status.${d.planStatus}` as MessageKey, {
          date: formatDate(d.planStatus === 'IN_FORCE' ? d.asOf : d.planStatus === 'ENDED' ? plan!.endDate : plan!.startDate) })}</p>
      )}

      {plan && (
        <section aria-labelledby="plan-card">
          <h2 id="plan-card">{t('plan.card.title')}</h2>
          <dl className="plan-card">
            <div><dt>{t('plan.card.name')}</dt><dd lang="zh-CN">{plan.title}</dd></div>
            <div><dt>{t('plan.card.issuer')}</dt><dd>{plan.issuingBody ? <span lang="zh-CN">{plan.issuingBody}</span> : notStated}</dd></div>
            <div><dt>{t('plan.card.number')}</dt><dd>{plan.documentNumber ? <span lang="zh-CN">{plan.documentNumber}</span> : notStated}</dd></div>
            <div><dt>{t('plan.card.basis')}</dt><dd>{plan.basis.length === 0 ? t('plan.card.noBasis') : (
              <ul className="plain-list">{plan.basis.map((b) => (
                <li key={b.title} lang="zh-CN">《{b.title}》{b.documentNumber ? `（${b.documentNumber}）` : ''}</li>
              ))}</ul>
            )}</dd></div>
            <div><dt>{t('plan.card.period')}</dt><dd>{dateRange(plan.startDate, plan.endDate)}</dd></div>
          </dl>
          <p><Link to="/staff/plans">{t('plan.card.manage')}</Link></p>
        </section>
      )}

      <form className="plan-filter" onSubmit={drill} aria-labelledby="plan-drill-title">
        <h2 id="plan-drill-title" className="visually-hidden">{t('plan.dashboard.drillTitle')}</h2>
        <SelectField id="plan-plan" label={t('plan.dashboard.plan')} hint={t('plan.dashboard.planHint')} value={planChoice}
          options={[{ value: '', label: t('plan.dashboard.planDefault') }, ...data.plans.map((x) => ({
            value: x.id, label: t('plan.dashboard.planOption', { title: x.title, from: formatDate(x.startDate), to: formatDate(x.endDate) }) }))]}
          onChange={(e) => setPlanChoice(e.currentTarget.value)} />
        {scope
          ? <p>{t('plan.dashboard.scopeCounty', { county: nameOf(scope) })}</p>
          : (
            <SelectField id="plan-county" label={t('plan.dashboard.area')} hint={t('plan.dashboard.areaHint')} value={choice}
              options={[{ value: '', label: t('plan.wholeCity') }, ...counties]} onChange={(e) => setChoice(e.currentTarget.value)} />
          )}
        <Button type="submit">{t('plan.dashboard.show')}</Button>
        {!scope && county && <p><Link to={withPlan('/staff/plan', planParam)}>{t('plan.dashboard.backToCity')}</Link></p>}
      </form>

      {yp ? (
        <section aria-labelledby="plan-progress">
          <h2 id="plan-progress">{t('plan.pace.title')}</h2>
          <dl className="stat-grid">
            <div><dt>{t('plan.pace.placements')}</dt><dd>{people(p.total)}</dd></div>
            <div><dt>{t('plan.pace.perYear')}</dt><dd>{people(yp.perYear)}</dd></div>
            <div><dt>{t('plan.pace.expected')}</dt><dd>{people(yp.expectedToDate)}</dd></div>
            {yp.achievedShare != null && <div><dt>{t('plan.pace.share')}</dt><dd>{percent(yp.achievedShare)}</dd></div>}
          </dl>
          <div className="plan-meter">
            <label htmlFor="plan-meter-pace">{t('plan.pace.meter', { count: formatNumber(p.total), expected: formatNumber(yp.expectedToDate) })}</label>
            <progress id="plan-meter-pace" max={yp.expectedToDate} value={Math.min(p.total, yp.expectedToDate)}>{percent(yp.achievedShare ?? 0)}</progress>
          </div>
          <p className="hint">{t('plan.pace.derived', { total: formatNumber(yp.total), months: yp.months, perYear: formatNumber(yp.perYear) })}</p>
          {paceStatus && <p className={`plan-pace ${paceStatus}`}><strong>{t(paceStatus === 'ahead' ? 'plan.pace.ahead' : 'plan.pace.behind')}</strong></p>}
        </section>
      ) : (
        <section aria-labelledby="plan-progress">
          <h2 id="plan-progress">{t(ended ? 'plan.final.title' : 'plan.progress.title')}</h2>
          <dl className="stat-grid">
            <div><dt>{t('plan.progress.placements')}</dt><dd>{people(p.total)}</dd></div>
            {d.target != null && <div><dt>{t('plan.progress.target')}</dt><dd>{people(d.target)}</dd></div>}
            {d.achievedShare != null && <div><dt>{t('plan.progress.achieved')}</dt><dd>{percent(d.achievedShare)}</dd></div>}
            {inForce && <div><dt>{t('plan.progress.elapsed')}</dt><dd>{percent(d.elapsedShare)}</dd></div>}
          </dl>
          {d.target != null && (
            <div className="plan-meter">
              <label htmlFor="plan-meter-target">{t('plan.progress.meterTarget', { count: formatNumber(p.total), target: formatNumber(d.target) })}</label>
              <progress id="plan-meter-target" max={d.target} value={Math.min(p.total, d.target)}>{percent(d.achievedShare ?? 0)}</progress>
            </div>
          )}
          {inForce && (
            <div className="plan-meter">
              <label htmlFor="plan-meter-time">{t('plan.progress.meterTime', { share: percent(d.elapsedShare) })}</label>
              <progress id="plan-meter-time" max={1} value={d.elapsedShare}>{percent(d.elapsedShare)}</progress>
            </div>
          )}
          {status && <p className={`plan-pace ${status}`}><strong>{t(status === 'ahead' ? 'plan.progress.ahead' : 'plan.progress.behind')}</strong></p>}
          {ended && d.target != null && (
            <p className={`plan-pace ${p.total >= d.target ? 'ahead' : 'behind'}`}><strong>{p.total >= d.target
              ? t('plan.final.met') : t('plan.final.notMet', { count: formatNumber(d.target - p.total) })}</strong></p>
          )}
        </section>
      )}

      {plan && !d.noPlanInForce && (
        <TargetProgressTable rows={d.targetProgress} county={county} nameOf={nameOf}
          planSetsCountyTargets={(plan.targets ?? []).some((x) => x.countyCode != null)} />
      )}

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
        {d.target != null && <p className="hint">{t(d.targetProgress.some((x) => x.year != null) ? 'plan.years.expectedHintYears' : 'plan.years.expectedHint')}</p>}
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
                <Link to={withPlan(`/staff/plan?county=${r.key}`, planParam)}>{t('plan.counties.open', { county: r.label })}</Link>
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
            { key: 'service', name: t('plan.graduates.service'), n: d.graduates.served, rate: d.graduates.serviceRate, target: d.graduateServiceRateTarget ?? null },
            { key: 'employment', name: t('plan.graduates.employment'), n: d.graduates.employed, rate: d.graduates.employmentRate, target: d.graduateEmploymentRateTarget ?? null },
          ]}
          rowKey={(r) => r.key}
          columns={[
            { key: 'name', header: t('plan.graduates.colMeasure'), rowHeader: true, cell: (r) => r.name },
            { key: 'n', header: t('plan.graduates.colPeople'), cell: (r) => formatNumber(r.n) },
            { key: 'rate', header: t('plan.graduates.colRate'), cell: (r) => (r.rate == null ? t('plan.noData') : percent(r.rate)) },
            { key: 'target', header: t('plan.colTarget'), cell: (r) => (r.target == null ? t('plan.notSet') : t('plan.atLeast', { share: percent(r.target) })) },
            { key: 'met', header: t('plan.colMet'), cell: (r) => metText(t, r.rate ?? null, r.target) },
          ]}
        />
        <CohortTable cohorts={d.graduates.byCohort} asOf={d.periodEnd} />
      </section>

      <PriorityGroupsSection rows={d.priorityGroups} asOf={d.periodEnd} />

      <CampaignsSection county={county} />

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
            { key: 'target', header: t('plan.colTarget'), cell: () => (d.publicWelfareShareTarget == null ? t('plan.notSet')
              : t('plan.atLeast', { share: percent(d.publicWelfareShareTarget) })) },
            { key: 'met', header: t('plan.colMet'), cell: (r) => metText(t, r.share ?? null, d.publicWelfareShareTarget ?? null) },
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

/** The dashboard's address for another view of the same plan. */
function withPlan(path: string, planId: string | null): string {
  if (!planId) return path;
  return `${path}${path.includes('?') ? '&' : '?'}plan=${planId}`;
}

function metText(t: (k: MessageKey) => string, rate: number | null, target: number | null): string {
  if (target == null) return t('plan.notSet');
  if (rate == null) return t('plan.noData');
  return rate + 1e-9 >= target ? t('plan.met') : t('plan.notMet');
}
