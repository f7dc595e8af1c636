// Staff: one placement: what is recorded, whether it counts (and why not), its history (who, when, what, why), and
// the forms to record its end with a reason and to correct it (each correction kept in the history).
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import type { PlacementDetailQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { CorrectPlacementForm, EndPlacementForm } from './PlacementForms';
import { PlacementWorkshopForm } from '../workshops/PlacementWorkshopForm';
import { fieldText, valueText } from './placement-text';
import './placements.css';
import { useMark } from '../../../components/Lang';

export const PLACEMENT_DETAIL = graphql(`
  query PlacementDetail($id: ID!) {
    placement(id: $id) {
      id startDate endDate endReason employmentForm actionLine countyCode source postingId counted excludedReason evidence note
      contractKind contractMonths monthlyWage socialInsuranceFull
      seeker { id name } organization { id name } workshop { id name }
      history { id kind reason actorName createdAt changes { field from to } }
    }
  }
`);

export type PlacementDetail = PlacementDetailQuery['placement'];

function contractText(p: PlacementDetail, t: ReturnType<typeof useI18n>['t']): string {
  if (!p.contractKind) return t('placements.detail.contractNone');
  return t('placements.detail.contractValue', {
    kind: t(`quota.contract.kind.${p.contractKind}`),
    months: p.contractMonths == null ? t('placements.detail.noTerm') : t('placements.detail.months', { months: p.contractMonths }),
    wage: p.monthlyWage ?? '—',
    insurance: t(p.socialInsuranceFull ? 'placements.detail.insured' : 'placements.detail.notInsured'),
  });
}

export function PlacementPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, label, formatDate, formatDateTime } = i18n;
  const counties = useCountyOptions();
  const [hasErrors, setHasErrors] = useState(false);
  const { data, loading, error, refetch } = useQuery(PLACEMENT_DETAIL, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  const p = data?.placement;
  if (error || !p) {
    return (
      <Page title={t('placements.list.title')} focusKey={`placement-${id}`}>
        <Notice tone="error"><p>{t('placements.detail.loadFailed')}</p></Notice>
        <p><Link to="/staff/placements">{t('placements.detail.back')}</Link></p>
      </Page>
    );
  }
  const onSaved = async () => { await refetch(); };
  return mark(
    <Page title={t('placements.detail.title', { name: p.seeker.name })} focusKey={`placement-${id}`} hasErrors={hasErrors}>
      <p><Link to="/staff/placements">{t('placements.detail.back')}</Link></p>
      {p.counted
        ? <Notice tone="info"><p>{t('placements.detail.counted')}</p></Notice>
        : <Notice tone="warning"><p>{t('placements.detail.excluded', { reason: p.excludedReason ?? '' })}</p></Notice>}

      <section aria-labelledby="pl-facts">
        <h2 id="pl-facts">{t('placements.detail.facts')}</h2>
        <dl className="facts">
          <dt>{t('placements.detail.person')}</dt><dd><Link to={`/staff/seekers/${p.seeker.id}`}>{p.seeker.name}</Link></dd>
          <dt>{t('placements.detail.employer')}</dt><dd>{p.organization.name}</dd>
          <dt>{t('placements.filter.county')}</dt><dd>{counties.nameOf(p.countyCode)}</dd>
          <dt>{t('placements.col.form')}</dt><dd>{label('EmploymentForm', p.employmentForm)}</dd>
          <dt>{t('placements.detail.line')}</dt><dd>{valueText('actionLine', p.actionLine, i18n as never)}</dd>
          <dt>{t('placements.col.start')}</dt><dd>{formatDate(p.startDate)}</dd>
          <dt>{t('placements.col.end')}</dt><dd>{p.endDate ? formatDate(p.endDate) : '—'}</dd>
          {p.endReason && <><dt>{t('placements.detail.endReason')}</dt><dd>{t(`placements.endReason.${p.endReason}`)}</dd></>}
          <dt>{t('placements.detail.contract')}</dt><dd>{contractText(p, t)}</dd>
          <dt>{t('placements.detail.evidence')}</dt><dd>{p.evidence || t('placements.detail.none')}</dd>
          <dt>{t('placements.detail.source')}</dt><dd>{t(`placements.detail.source.${p.source}`)}</dd>
          <dt>{t('placements.field.workshop')}</dt><dd>{p.workshop?.name ?? '—'}</dd>
        </dl>
      </section>

      <section aria-labelledby="pl-history">
        <h2 id="pl-history">{t('placements.history.title')}</h2>
        <DataTable
          caption={t('placements.history.caption')}
          rows={p.history}
          rowKey={(h) => h.id}
          columns={[
            { key: 'when', header: t('placements.history.when'), rowHeader: true, cell: (h) => <span className="nowrap">{formatDateTime(h.createdAt)}</span> },
            { key: 'who', header: t('placements.history.who'), cell: (h) => <span className="nowrap">{h.actorName ?? t('placements.history.system')}</span> },
            {
              key: 'what', header: t('placements.history.what'), cell: (h) => (
                <>
                  {t(`placements.change.${h.kind}`)}
                  {h.changes.length > 0 && (
                    <ul className="history-changes">
                      {h.changes.map((c) => (
                        <li key={c.field}>{t('placements.history.change', {
                          field: fieldText(c.field, t), from: valueText(c.field, c.from ?? null, i18n as never), to: valueText(c.field, c.to ?? null, i18n as never),
                        })}</li>
                      ))}
                    </ul>
                  )}
                </>
              ),
            },
            { key: 'why', header: t('placements.history.why'), cell: (h) => h.reason || '—' },
          ]}
        />
      </section>

      <PlacementWorkshopForm placement={p} onSaved={onSaved} onErrors={setHasErrors} />
      {!p.endDate && <EndPlacementForm placement={p} onSaved={onSaved} onErrors={setHasErrors} />}
      <CorrectPlacementForm placement={p} onSaved={onSaved} onErrors={setHasErrors} />
    </Page>
  );
}
