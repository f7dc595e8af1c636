// Staff at the counter update the profile for a person who consented ("残联工作人员可以代我办理"): the same
// wizard as the person's own, without the consent step (consents stay the person's to give or withdraw).
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/graphql-errors';
import { draftFromProfile } from './draft';
import { ON_BEHALF_PROFILE } from './profile.operations';
import { Wizard } from './ProfileWizard';

export function OnBehalfProfilePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data, loading, error } = useQuery(ON_BEHALF_PROFILE, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  if (error || !data) {
    return (
      <Page title={t('onBehalf.profile.title')}>
        <Notice tone="error"><p>{describeError(error).message ?? t('error.loadFailed')}</p></Notice>
        <p><Link to={`/staff/seekers/${id}`}>{t('onBehalf.back')}</Link></p>
      </Page>
    );
  }
  const s = data.seeker;
  if (!(s.consents ?? []).includes('ACT_ON_BEHALF')) {
    return (
      <Page title={t('onBehalf.profile.title')}>
        <p><Link to={`/staff/seekers/${s.id}`}>{t('onBehalf.backTo', { name: s.name })}</Link></p>
        <Notice tone="warning"><p>{t('onBehalf.noConsent', { name: s.name })}</p></Notice>
      </Page>
    );
  }
  return <Wizard initial={draftFromProfile(s)} hadDisabilityData={!!s.category} onBehalf={{ seekerId: s.id, name: s.name }} />;
}
