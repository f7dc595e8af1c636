// 我的补贴 (the person's view): from their profile, the subsidies they may claim and why, with a form to apply; then
// the applications they have sent.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ButtonLink } from '../../components/Button';
import { useMark } from '../../components/Lang';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { ApplicationsList, MY_SUBSIDY_APPLICATIONS } from './ApplicationsList';
import { Items, SUBSIDY_ELIGIBILITY } from './EmployerSubsidiesPage';
import type { ItemData } from './parts';

export function MySubsidiesPage() {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const { data, loading, error } = useQuery(SUBSIDY_ELIGIBILITY, { fetchPolicy: 'cache-and-network' });
  const apps = useQuery(MY_SUBSIDY_APPLICATIONS, { fetchPolicy: 'cache-and-network' });
  const [hasErrors, setHasErrors] = useState(false);
  const e = data?.subsidyEligibility;
  return mark(
    <Page title={t('sub.person.title')} hasErrors={hasErrors}>
      <p>{t('sub.person.intro')}</p>
      <p>{t('sub.unverifiedHint')}</p>
      {loading && !e ? <Loading /> : error || !e ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice>
        : e.needsProfile ? (
          <>
            <p>{t('sub.person.needsProfile')}</p>
            <ButtonLink to="/profile/edit">{t('sub.person.toProfile')}</ButtonLink>
          </>
        ) : (
          <section aria-labelledby="sub-mine">
            <h2 id="sub-mine">{t('sub.employer.asOf', { date: formatDate(e.asOf) })}</h2>
            <Items items={e.own as ItemData[]} headingLevel={3} onErrors={setHasErrors} />
          </section>
        )}
      <section aria-labelledby="sub-apps">
        <h2 id="sub-apps">{t('sub.employer.applications')}</h2>
        <ApplicationsList data={apps.data?.mySubsidyApplications} loading={apps.loading} />
      </section>
    </Page>
  );
}
