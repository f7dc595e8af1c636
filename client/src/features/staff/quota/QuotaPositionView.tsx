// One organization's quota position for a year, for the employer and for staff: the key figures, the arithmetic
// step by step, the disabled staff who count and why others do not, and remarks on where figures came from.
import { Fragment } from 'react';
import { DataTable } from '../../../components/DataTable';
import { Notice } from '../../../components/Notice';
import { graphql } from '../../../gql';
import type { QuotaPositionFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { atLeastOneText, explainPosition, levyText, noteKey, quotaFormat, reasonKey } from './quota-text';
import { useMark } from '../../../components/Lang';

export const QUOTA_POSITION_FIELDS = graphql(`
  fragment QuotaPositionFields on QuotaPosition {
    organizationId year provisional yearDataEntered staffCount averageWage ratioPercent requiredExact required counted
    countedPeople achievedRatioPercent ratioMet atLeastOneApplies atLeastOneMet shortfall socialAverageWage
    socialAverageWageYear wageCap levyWage wageCapped levyDue reductionPayPercent smallEnterpriseExempt levyPayable wageEstimated notes
    people {
      seekerId name certificateNumber severe weight months units counts graduateFullYear reasons
      placements { placementId startDate contractKind contractMonths monthlyWage socialInsuranceFull }
    }
  }
`);

type Person = QuotaPositionFieldsFragment['people'][number];

/** The key figures as a description list: each name next to its value, in reading order. */
export function QuotaSummary({ position: p }: { position: QuotaPositionFieldsFragment }) {
  const mark = useMark();
  const { t, locale } = useI18n();
  const f = quotaFormat(locale);
  const rows: Array<[string, string]> = [
    [t('quota.position.staffCount'), t('quota.persons', { count: f.count(p.staffCount) })],
    [t('quota.position.required'), t('quota.persons', { count: f.persons(p.required) })],
    [t('quota.position.counted'), t('quota.persons', { count: f.persons(p.counted) })],
    [t('quota.position.achieved'), p.achievedRatioPercent == null ? t('quota.notApplicable') : t('quota.percent', { value: f.percent(p.achievedRatioPercent) })],
    [t('quota.position.ratioMet', { ratio: f.percent(p.ratioPercent) }), p.ratioMet ? t('quota.position.met') : t('quota.position.notMet')],
    [t('quota.position.atLeastOne'), atLeastOneText(p, t)],
    [t('quota.position.levy'), p.ratioMet ? t('quota.yuan', { amount: f.money(0) }) : levyText(p, t, f)],
  ];
  return mark(
    <dl className="facts" data-testid="quota-summary">
      {rows.map(([name, value]) => (
        <Fragment key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function whyText(person: Person, t: ReturnType<typeof useI18n>['t']): string {
  const parts: string[] = [];
  if (person.counts) {
    if (person.severe) parts.push(t('quota.people.severe'));
    if (person.graduateFullYear) parts.push(t('quota.people.graduate'));
    else if (person.months < 12) parts.push(t('quota.people.months', { months: person.months }));
  }
  for (const r of person.reasons) parts.push(t(reasonKey(r)));
  return parts.join(' ') || t('common.none');
}

/** The arithmetic, the people and the remarks, under headings of the given level. */
export function QuotaExplanation({ position: p, level = 2 }: { position: QuotaPositionFieldsFragment; level?: 2 | 3 }) {
  const mark = useMark();
  const { t, locale } = useI18n();
  const f = quotaFormat(locale);
  const H = level === 2 ? 'h2' : 'h3';
  return mark(
    <>
      {p.notes.length > 0 && (
        <Notice title={t('quota.notes.heading')}>
          <ul>{p.notes.map((n) => <li key={n}>{t(noteKey(n))}</li>)}</ul>
        </Notice>
      )}
      <H>{t('quota.steps.heading')}</H>
      <p>{t('quota.steps.intro')}</p>
      <ol className="quota-steps" data-testid="quota-steps">
        {explainPosition(p, t, f).map((s) => <li key={s}>{s}</li>)}
      </ol>
      <H>{t('quota.people.heading')}</H>
      <p>{t('quota.people.intro')}</p>
      {p.people.length === 0 ? <p>{t('quota.people.none')}</p> : (
        <DataTable
          caption={t('quota.people.caption', { year: p.year, count: p.people.length })}
          rows={p.people}
          rowKey={(r) => r.seekerId}
          columns={[
            { key: 'name', header: t('quota.people.name'), rowHeader: true, cell: (r) => r.name },
            { key: 'cert', header: t('quota.people.certificate'), cell: (r) => r.certificateNumber ?? t('common.none') },
            { key: 'counts', header: t('quota.people.counts'), cell: (r) => (r.counts ? t('quota.people.countsYes') : t('quota.people.countsNo')) },
            { key: 'units', header: t('quota.people.units'), cell: (r) => t('quota.persons', { count: f.persons(r.units) }) },
            { key: 'why', header: t('quota.people.why'), cell: (r) => whyText(r, t) },
          ]}
        />
      )}
    </>
  );
}
