// Staff: one graduate's tailored plan (一人一策): who they are, their job and the follow-up schedule (due and
// overdue dates), the plan to edit, the ledger entries and a form to add one.
import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useCaseworkText } from './casework-text';
import { LedgerEntryForm, PlanForm } from './GraduateForms';
import { useMark } from '../../../components/Lang';

export const GRADUATE_DETAIL = graphql(`
  query GraduateDetail($seekerId: ID!) {
    graduateLedger(filter: { seekerId: $seekerId }, page: { pageSize: 1 }) {
      items {
        seekerId name countyCode graduateYear graduateSchool contacts services referrals fairsAttended
        placementId placementStart organizationName
        plan { seekerId status wantsWork ableToWork plan updatedAt }
        followUps { month dueDate done overdue }
      }
    }
    ledgerEntries(seekerId: $seekerId) { id kind entryDate followUpMonth notes }
  }
`);

export function GraduatePage() {
  const mark = useMark();
  const { seekerId = '' } = useParams();
  const { t, formatDate } = useI18n();
  const text = useCaseworkText();
  const counties = useCountyOptions();
  const { data, loading, error, refetch } = useQuery(GRADUATE_DETAIL, { variables: { seekerId }, fetchPolicy: 'network-only' });
  const [planErrors, setPlanErrors] = useState(false);
  const [entryErrors, setEntryErrors] = useState(false);
  // when one form shows its summary, the other hides its own
  const [clearPlan, setClearPlan] = useState(0);
  const [clearEntry, setClearEntry] = useState(0);
  const onPlanErrors = useCallback((has: boolean) => { setPlanErrors(has); if (has) setClearEntry((n) => n + 1); }, []);
  const onEntryErrors = useCallback((has: boolean) => { setEntryErrors(has); if (has) setClearPlan((n) => n + 1); }, []);
  const onSaved = useCallback(() => { void refetch(); }, [refetch]);

  if (loading && !data) return <Loading />;
  const g = data?.graduateLedger.items[0];
  if (!g) {
    const code = error ? describeError(error).code : null;
    return (
      <Page title={t('casework.graduate.title')}>
        <Notice tone="error"><p>{code === 'INTERNAL_SERVER_ERROR' || code === 'NETWORK' ? t('error.loadFailed') : t('casework.graduate.notFound')}</p></Notice>
        <p><Link to="/staff/graduates">{t('casework.back.ledger')}</Link></p>
      </Page>
    );
  }
  const entries = data!.ledgerEntries;

  return mark(
    <Page title={t('casework.graduate.pageTitle', { name: g.name })} hasErrors={planErrors || entryErrors}>
      <p><Link to="/staff/graduates">{t('casework.back.ledger')}</Link></p>
      <dl className="facts">
        <dt>{t('casework.col.county')}</dt><dd>{counties.nameOf(g.countyCode)}</dd>
        <dt>{t('casework.graduate.school')}</dt><dd>{g.graduateSchool ?? t('casework.unknown')}</dd>
        <dt>{t('casework.graduate.year')}</dt><dd>{g.graduateYear}</dd>
        <dt>{t('casework.ledger.colStatus')}</dt><dd>{g.plan ? text.status(g.plan.status) : t('casework.ledger.noPlan')}</dd>
        <dt>{t('casework.ledger.colActivity')}</dt>
        <dd>{t('casework.ledger.activity', { contacts: g.contacts, services: g.services, referrals: g.referrals, fairs: g.fairsAttended })}</dd>
        <dt>{t('casework.graduate.placement')}</dt>
        <dd>{g.placementStart ? t('casework.ledger.placement', { organization: g.organizationName ?? '', date: formatDate(g.placementStart) }) : t('casework.ledger.notPlaced')}</dd>
      </dl>
      <p><Link to={`/staff/seekers/${g.seekerId}`}>{t('casework.graduate.servicesLink', { name: g.name })}</Link></p>

      <section aria-labelledby="follow-ups-title">
        <h2 id="follow-ups-title">{t('casework.graduate.followUpsTitle')}</h2>
        {!g.placementStart || g.followUps.length === 0 ? <p>{t('casework.graduate.noPlacement')}</p> : (
          <DataTable
            caption={t('casework.graduate.followUpsCaption', { date: formatDate(g.placementStart) })}
            rows={g.followUps}
            rowKey={(f) => String(f.month)}
            columns={[
              { key: 'month', header: t('casework.graduate.colMonth'), rowHeader: true, cell: (f) => t('casework.graduate.month', { month: f.month }) },
              { key: 'due', header: t('casework.graduate.colDue'), cell: (f) => formatDate(f.dueDate) },
              { key: 'state', header: t('casework.graduate.colState'),
                cell: (f) => (f.done ? <><Icon name="check" small /> {t('casework.graduate.stateDone')}</>
                  : f.overdue ? <strong className="overdue">{t('casework.graduate.stateOverdue')}</strong>
                    : t('casework.graduate.stateDue')) },
            ]}
          />
        )}
      </section>

      <PlanForm seekerId={g.seekerId} seekerName={g.name} plan={g.plan ?? null}
        onSaved={onSaved} onErrors={onPlanErrors} clearSignal={clearPlan} />

      <section aria-labelledby="entries-title">
        <h2 id="entries-title">{t('casework.entries.title')}</h2>
        {entries.length === 0 ? <p>{t('casework.entries.none')}</p> : (
          <DataTable
            caption={t('casework.entries.caption', { count: entries.length })}
            rows={entries}
            rowKey={(e) => e.id}
            columns={[
              { key: 'date', header: t('casework.col.date'), rowHeader: true, cell: (e) => formatDate(e.entryDate) },
              { key: 'kind', header: t('casework.entries.colKind'),
                cell: (e) => (e.kind === 'FOLLOW_UP' && e.followUpMonth ? t('casework.entries.followUpOf', { month: e.followUpMonth }) : text.entryKind(e.kind)) },
              { key: 'notes', header: t('casework.col.notes'), cell: (e) => e.notes || t('common.none') },
            ]}
          />
        )}
      </section>

      <LedgerEntryForm seekerId={g.seekerId} seekerName={g.name} placementId={g.placementId ?? null} followUps={g.followUps}
        onSaved={onSaved} onErrors={onEntryErrors} clearSignal={clearEntry} />
    </Page>
  );
}
