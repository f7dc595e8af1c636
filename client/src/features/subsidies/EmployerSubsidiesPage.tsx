// 可申请的补贴 (the employer's view): for each current hire and for the employer itself (the reward above the quota
// ratio, the workshops and bases it runs in the register, the tax relief of an enterprise), which subsidies it may
// claim and why, with a form to apply; then the applications it has sent, a waiting one with a button to withdraw it.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useMark } from '../../components/Lang';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { ApplicationsList, MY_SUBSIDY_APPLICATIONS } from './ApplicationsList';
import { EligibilityCard, type ItemData } from './parts';

export const SUBSIDY_ELIGIBILITY = graphql(`
  query SubsidyEligibility {
    subsidyEligibility {
      organizationId seekerId asOf quotaYear needsProfile
      hires { placementId personName startDate employmentForm items { ...EligibilityItemFields } }
      own { ...EligibilityItemFields }
    }
  }
  fragment EligibilityItemFields on EligibilityItemModel {
    placementId workshopId enrolmentId subjectName outcome reason why
    facts { key label value }
    application { id status }
    subsidy { code name source eligibility unverified amount { verified text } }
  }
`);

export function Items({ items, headingLevel, onErrors }: { items: readonly ItemData[]; headingLevel: 2 | 3; onErrors: (b: boolean) => void }) {
  const { t } = useI18n();
  // what may be claimed first, then what cannot be judged here (it says whom to ask); what may not, folded away
  const shown = [...items.filter((i) => i.outcome === 'ELIGIBLE'), ...items.filter((i) => i.outcome === 'UNDETERMINED')];
  const others = items.filter((i) => i.outcome === 'NOT_ELIGIBLE');
  const key = (i: ItemData) => `${i.subsidy.code}-${i.workshopId ?? i.enrolmentId ?? ''}`;
  const refetch = ['SubsidyEligibility', 'MySubsidyApplications'];
  return (
    <>
      {shown.length > 0 && (
        <ul className="card-list">
          {shown.map((i) => <li key={key(i)}><EligibilityCard item={i} headingLevel={headingLevel} onErrors={onErrors} refetch={refetch} /></li>)}
        </ul>
      )}
      {others.length > 0 && (
        <details>
          <summary>{t('sub.employer.notEligibleList', { count: others.length })}</summary>
          <ul className="card-list">
            {others.map((i) => <li key={key(i)}><EligibilityCard item={i} headingLevel={headingLevel} onErrors={onErrors} refetch={refetch} /></li>)}
          </ul>
        </details>
      )}
    </>
  );
}

export function EmployerSubsidiesPage() {
  const mark = useMark();
  const { t, label, formatDate } = useI18n();
  const { data, loading, error } = useQuery(SUBSIDY_ELIGIBILITY, { fetchPolicy: 'cache-and-network' });
  const apps = useQuery(MY_SUBSIDY_APPLICATIONS, { fetchPolicy: 'cache-and-network' });
  const [hasErrors, setHasErrors] = useState(false);
  const e = data?.subsidyEligibility;
  return mark(
    <Page title={t('sub.employer.title')} hasErrors={hasErrors}>
      <p>{t('sub.employer.intro')}</p>
      <p>{t('sub.unverifiedHint')}</p>
      {loading && !e ? <Loading /> : error || !e ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice> : (
        <>
          <p>{t('sub.employer.asOf', { date: formatDate(e.asOf) })}</p>
          <section aria-labelledby="sub-own">
            <h2 id="sub-own">{t('sub.employer.own', { year: String(e.quotaYear ?? '') })}</h2>
            <Items items={e.own as ItemData[]} headingLevel={3} onErrors={setHasErrors} />
          </section>
          {e.hires.length === 0 ? <p>{t('sub.employer.noHires')}</p> : e.hires.map((h) => (
            <section key={h.placementId} aria-labelledby={`hire-${h.placementId}`}>
              <h2 id={`hire-${h.placementId}`}>
                {t('sub.employer.hire', { name: h.personName, form: label('EmploymentForm', h.employmentForm), date: formatDate(h.startDate) })}
              </h2>
              <Items items={h.items as ItemData[]} headingLevel={3} onErrors={setHasErrors} />
            </section>
          ))}
        </>
      )}
      <section aria-labelledby="sub-apps">
        <h2 id="sub-apps">{t('sub.employer.applications')}</h2>
        <ApplicationsList data={apps.data?.mySubsidyApplications} loading={apps.loading} />
      </section>
    </Page>
  );
}
