// The plan's targets, each against its own figure (issue 14): a year's target against that year's people, a county's
// against that county's, an action line's against that line's, a rate against its rate; each with the words of the
// plan that set it. A county the plan sets no target for is told so, in words: no share of the city total is made up.
import { DataTable } from '../../../components/DataTable';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';
import { usePercent } from './use-percent';
import { useMark } from '../../../components/Lang';

export interface TargetRow {
  metric: string;
  target: number;
  year?: number | null;
  countyCode?: string | null;
  actionLine?: string | null;
  source: string;
  from?: string | null;
  figure?: number | null;
  achievedShare?: number | null;
  met?: boolean | null;
}

const PEOPLE = 'NEW_EMPLOYMENT';

export function TargetProgressTable({ rows, county, planSetsCountyTargets, nameOf }: {
  rows: readonly TargetRow[];
  /** The county shown, or null for the city. */
  county: string | null;
  /** Whether the plan sets a target for any county (the words differ when it sets none at all). */
  planSetsCountyTargets: boolean;
  nameOf: (code: string) => string;
}) {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  const percent = usePercent();
  const people = (n: number) => t('plan.people', { count: formatNumber(n) });

  const scope = (r: TargetRow) => [
    r.year != null ? t('plan.yearLabel', { year: r.year }) : t('plan.targets.wholePeriod'),
    r.countyCode ? nameOf(r.countyCode) : t('plan.wholeCity'),
    r.actionLine ? t(`plan.line.${r.actionLine}` as MessageKey) : null,
  ].filter(Boolean).join(t('plan.targets.sep'));
  const name = (r: TargetRow) => t('plan.targets.name', { scope: scope(r), metric: t(`plan.targets.metric.${r.metric}` as MessageKey) });
  const notBegun = (r: TargetRow) => r.from == null;

  return mark(
    <section aria-labelledby="plan-targets">
      <h2 id="plan-targets">{t('plan.targets.title')}</h2>
      <p>{t('plan.targets.intro')}</p>
      {county && rows.length === 0 ? (
        <p><strong>{t(planSetsCountyTargets ? 'plan.targets.countyNoneHere' : 'plan.targets.countyNone')}</strong></p>
      ) : (
        <DataTable
          caption={t('plan.targets.caption')}
          rows={rows}
          rowKey={(r) => [r.metric, r.year ?? '', r.countyCode ?? '', r.actionLine ?? ''].join('|')}
          columns={[
            { key: 'target', header: t('plan.targets.colTarget'), rowHeader: true, cell: name },
            { key: 'value', header: t('plan.targets.colValue'), nowrap: true,
              cell: (r) => (r.metric === PEOPLE ? people(r.target) : t('plan.atLeast', { share: percent(r.target / 100) })) },
            { key: 'figure', header: t('plan.targets.colFigure'), nowrap: true, cell: (r) => {
              if (notBegun(r)) return t('plan.targets.notBegun');
              if (r.figure == null) return t('plan.noData');
              return r.metric === PEOPLE ? people(r.figure) : percent(r.figure);
            } },
            { key: 'share', header: t('plan.targets.colShare'), nowrap: true,
              cell: (r) => (r.achievedShare == null ? t('plan.noData') : percent(r.achievedShare)) },
            { key: 'met', header: t('plan.colMet'), nowrap: true,
              cell: (r) => (r.met == null ? t('plan.noData') : t(r.met ? 'plan.met' : 'plan.notMet')) },
            { key: 'source', header: t('plan.targets.colSource'), cell: (r) => <span lang="zh-CN">{r.source}</span> },
          ]}
        />
      )}
    </section>
  );
}
