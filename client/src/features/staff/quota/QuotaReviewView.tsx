// The quota-review pack as the employer, staff and the printed page see it: its status, the arithmetic line by line
// with each rule, and the people with months employed, insurance months and why they count. One fragment for all.
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { Notice } from '../../../components/Notice';
import { graphql } from '../../../gql';
import type { QuotaReviewLineKey, QuotaReviewPackFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useMark } from '../../../components/Lang';
import { noteKey, quotaFormat, reasonKey, type QuotaFormat } from './quota-text';

export const QUOTA_REVIEW_PACK_FIELDS = graphql(`
  fragment QuotaReviewPackFields on QuotaReviewPack {
    id version status organizationId organizationName creditCode countyCode year provisional ratioMet notes
    submittedAt submittedByName reviewedAt reviewedByName returnReason
    lines { key label value rule }
    people {
      seekerId name certificateNumber level severe weight monthsEmployed monthsCounted insuranceMonths insuranceShort units counts
      graduateFullYear reasons
      placements { placementId startDate endDate contractKind contractMonths monthlyWage partTime monthsEmployed insuranceMonths }
    }
    submissions { id version status submittedAt submittedByName reviewedAt returnReason }
  }
`);

export type Pack = QuotaReviewPackFieldsFragment;
type Person = Pack['people'][number];
type T = ReturnType<typeof useI18n>['t'];

const MONEY: ReadonlySet<QuotaReviewLineKey> = new Set(['AVERAGE_WAGE', 'LEVY_WAGE', 'LEVY_DUE', 'LEVY_PAYABLE']);
const PERCENT: ReadonlySet<QuotaReviewLineKey> = new Set(['RATIO', 'ACHIEVED_RATIO', 'REDUCTION']);

/** A line's value as the pack shows it: yuan, a percentage, or persons. */
export function lineText(key: QuotaReviewLineKey, value: number | null | undefined, t: T, f: QuotaFormat): string {
  if (value === null || value === undefined) return t('quota.notApplicable');
  if (MONEY.has(key)) return t('quota.yuan', { amount: f.money(value) });
  if (PERCENT.has(key)) return t('quota.percent', { value: f.percent(value) });
  if (key === 'STAFF_COUNT') return t('quota.persons', { count: f.count(value) });
  return t('quota.persons', { count: f.persons(value) });
}

function whyText(p: Person, t: T): string {
  const parts = [p.counts ? t('qr.people.counts') : t('qr.people.notCounted')];
  if (p.counts && p.severe) parts.push(t('qr.people.severe', { weight: p.weight }));
  if (p.counts && p.graduateFullYear) parts.push(t('quota.people.graduate'));
  for (const r of p.reasons) parts.push(t(reasonKey(r)));
  // a pack frozen before short insurance months kept a person out of the count carries the flag without the reason
  if (p.insuranceShort && !p.reasons.includes('INSURANCE_MONTHS_SHORT')) parts.push(t('qr.people.insuranceShort'));
  if (p.counts && p.insuranceMonths == null) parts.push(t('qr.people.insuranceMissing'));
  return parts.join(' ');
}

function contractText(p: Person, t: T): string {
  return p.placements.map((c) => (c.contractKind ? t('qr.people.contractValue', {
    kind: t(`quota.contract.kind.${c.contractKind}`),
    months: c.contractMonths == null ? t('qr.people.formal') : t('qr.people.contractMonths', { months: c.contractMonths }),
    wage: c.monthlyWage ?? '', partTime: c.partTime ? t('qr.people.partTime') : '',
  }) : t('qr.people.noContract'))).join('；');
}

/** Status, who submitted and reviewed, and staff's reason when returned. */
export function PackStatus({ pack }: { pack: Pack }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  return mark(
    <section aria-labelledby="qr-status-heading">
      <h2 id="qr-status-heading">{t('qr.status.heading')}</h2>
      <p data-testid="qr-status"><strong>{t(`qr.status.${pack.status}`)}</strong>
        {pack.version != null && <> · {t('qr.status.version', { version: pack.version })}</>}</p>
      {pack.submittedAt && pack.submittedByName && <p>{t('qr.status.submitted', { name: pack.submittedByName, at: formatDateTime(pack.submittedAt) })}</p>}
      {pack.reviewedAt && pack.reviewedByName && <p>{t('qr.status.reviewed', { name: pack.reviewedByName, at: formatDateTime(pack.reviewedAt) })}</p>}
      {pack.status === 'RETURNED' && pack.returnReason && (
        <Notice tone="warning"><p>{t('qr.status.reason', { reason: pack.returnReason })}</p></Notice>
      )}
    </section>
  );
}

/** The arithmetic, one row per line, with its rule in words. */
export function PackLines({ pack }: { pack: Pack }) {
  const mark = useMark();
  const { t, locale } = useI18n();
  const f = quotaFormat(locale);
  return mark(
    <section aria-labelledby="qr-lines-heading">
      <h2 id="qr-lines-heading">{t('qr.lines.heading')}</h2>
      {pack.notes.length > 0 && (
        <Notice title={t('quota.notes.heading')}><ul>{pack.notes.map((n) => <li key={n}>{t(noteKey(n))}</li>)}</ul></Notice>
      )}
      <DataTable
        caption={t('qr.lines.caption', { year: pack.year })}
        rows={pack.lines}
        rowKey={(l) => l.key}
        columns={[
          { key: 'item', header: t('qr.lines.item'), rowHeader: true, cell: (l) => l.label },
          { key: 'value', header: t('qr.lines.value'), cell: (l) => lineText(l.key, l.value, t, f) },
          { key: 'rule', header: t('qr.lines.rule'), cell: (l) => l.rule },
        ]}
      />
    </section>
  );
}

/** The disabled employees of the year, those who count first. */
export function PackPeople({ pack }: { pack: Pack }) {
  const mark = useMark();
  const { t, locale } = useI18n();
  const f = quotaFormat(locale);
  return mark(
    <section aria-labelledby="qr-people-heading">
      <h2 id="qr-people-heading">{t('qr.people.heading')}</h2>
      <p>{t('qr.people.definitions')}</p>
      {pack.people.length === 0 ? <p>{t('qr.people.none')}</p> : (
        <DataTable
          caption={t('qr.people.caption', { year: pack.year, count: pack.people.length })}
          rows={pack.people}
          rowKey={(p) => p.seekerId}
          columns={[
            { key: 'name', header: t('qr.people.name'), rowHeader: true, cell: (p) => p.name },
            { key: 'cert', header: t('qr.people.certificate'), cell: (p) => p.certificateNumber ?? t('common.none') },
            { key: 'level', header: t('qr.people.level'), cell: (p) => (p.level == null ? t('common.none') : t('qr.people.levelValue', { level: p.level })) },
            { key: 'contract', header: t('qr.people.contract'), cell: (p) => contractText(p, t) },
            { key: 'employed', header: t('qr.people.employed'), cell: (p) => f.count(p.monthsEmployed) },
            { key: 'insurance', header: t('qr.people.insurance'), cell: (p) => (p.insuranceMonths == null ? t('qr.people.notStated') : f.count(p.insuranceMonths)) },
            { key: 'counted', header: t('qr.people.counted'), cell: (p) => f.count(p.monthsCounted) },
            { key: 'units', header: t('qr.people.units'), cell: (p) => t('quota.persons', { count: f.persons(p.units) }) },
            { key: 'why', header: t('qr.people.why'), cell: (p) => whyText(p, t) },
          ]}
        />
      )}
    </section>
  );
}

/** Every version submitted, latest first; `hrefFor` links each one where the reader may open it. */
export function PackVersions({ pack, hrefFor }: { pack: Pack; hrefFor?: (id: string) => string }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  if (!pack.submissions.length) return null;
  return mark(
    <section aria-labelledby="qr-versions-heading">
      <h2 id="qr-versions-heading">{t('qr.versions.heading')}</h2>
      <DataTable
        caption={t('qr.versions.caption')}
        rows={pack.submissions}
        rowKey={(s) => s.id}
        columns={[
          { key: 'version', header: t('qr.versions.version'), rowHeader: true,
            cell: (s) => (hrefFor ? <Link to={hrefFor(s.id)}>{t('qr.versions.open', { version: s.version })}</Link> : t('qr.versions.open', { version: s.version })) },
          { key: 'status', header: t('qr.versions.status'), cell: (s) => t(`qr.status.${s.status}`) },
          { key: 'at', header: t('qr.versions.submittedAt'), cell: (s) => formatDateTime(s.submittedAt) },
          { key: 'reason', header: t('qr.versions.reason'), cell: (s) => s.returnReason ?? t('common.none') },
        ]}
      />
    </section>
  );
}

/** Where the pack's Excel is: a version's own, or else the live pack's. */
export function packExcelHref(pack: Pick<Pack, 'id' | 'organizationId' | 'year'>): string {
  return pack.id ? `/exports/quota-review/pack.xlsx?id=${pack.id}` : `/exports/quota-review/pack.xlsx?organization=${pack.organizationId}&year=${pack.year}`;
}
