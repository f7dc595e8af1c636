// The seeker's saved profile, with a way to change it (the wizard) and the consents given.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ButtonLink } from '../../components/Button';
import { useCountyOptions } from '../../components/counties';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page, titleOf } from '../../components/Page';
import type { ConsentPurpose } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { ActsOnMyBehalf } from './ActsOnMyBehalf';
import { MY_PROFILE } from './profile.operations';
import { useMark } from '../../components/Lang';

const CONSENT: Record<ConsentPurpose, MessageKey> = {
  SENSITIVE_DATA: 'consent.sensitive', JOB_MATCHING: 'consent.matching', DISCOVERABLE: 'consent.discoverable',
  SHARE_WITH_EMPLOYERS: 'consent.share', ACT_ON_BEHALF: 'consent.actOnBehalf',
};

export function ProfilePage() {
  const mark = useMark();
  const { t, label, formatDate, formatNumber } = useI18n();
  const { data, loading, error } = useQuery(MY_PROFILE, { fetchPolicy: 'cache-and-network' });
  const counties = useCountyOptions();
  if (loading && !data) return <Loading />;
  const p = data?.myProfile;
  if (error && !data) return <Page title={t('profile.title')} documentTitle={titleOf(t('error.loadFailed'), t('profile.title'))}><Notice tone="error">{t('error.loadFailed')}</Notice></Page>;
  if (!p) {
    return (
      <Page title={t('profile.title')}>
        <p>{t('profile.none')}</p>
        <p><ButtonLink to="/profile/edit">{t('profile.create')}</ButtonLink></p>
      </Page>
    );
  }
  const none = t('common.none');
  const join = (xs: readonly string[]) => (xs.length ? xs.join(t('common.listSeparator')) : none);
  return mark(
    <Page title={t('profile.title')}>
      <p>{t('profile.updatedAt', { date: formatDate(p.updatedAt) })}</p>
      <p><ButtonLink to="/profile/edit">{t('profile.edit')}</ButtonLink></p>
      <p><Link to="/profile/resume">{t('resume.link')}</Link></p>

      <h2>{t('wizard.about')}</h2>
      <dl className="summary-list">
        <dt>{t('profile.name')}</dt><dd>{p.name}</dd>
        <dt>{t('profile.gender')}</dt><dd>{label('Gender', p.gender)}</dd>
        <dt>{t('profile.birthDate')}</dt><dd>{t('profile.birthWithAge', { date: formatDate(p.birthDate), age: p.age })}</dd>
        <dt>{t('profile.county')}</dt><dd>{counties.nameOf(p.countyCode)}</dd>
        <dt>{t('profile.residence')}</dt><dd>{label('Residence', p.residence)}</dd>
        <dt>{t('profile.phoneShort')}</dt><dd>{p.phone || none}</dd>
      </dl>

      <h2>{t('wizard.disability')}</h2>
      {p.category ? (
        <dl className="summary-list">
          <dt>{t('profile.certificateShort')}</dt><dd>{p.certificateNumber ?? none}</dd>
          <dt>{t('profile.category')}</dt><dd>{label('DisabilityCategory', p.category)}</dd>
          <dt>{t('profile.level')}</dt><dd>{p.level ? label('DisabilityLevel', String(p.level) as '1') : none}</dd>
          <dt>{t('needs.cannotDoShort')}</dt><dd>{join((p.cannotDo ?? []).map((d) => label('JobDemand', d)))}</dd>
          <dt>{t('needs.mustShort')}</dt><dd>{join((p.supportsMust ?? []).map((s) => label('WorkplaceSupport', s)))}</dd>
          <dt>{t('needs.niceShort')}</dt><dd>{join((p.supportsNice ?? []).map((s) => label('WorkplaceSupport', s)))}</dd>
        </dl>
      ) : <p>{t('review.noDisabilityData')}</p>}

      <h2>{t('wizard.skills')}</h2>
      <dl className="summary-list">
        <dt>{t('profile.skills')}</dt><dd>{join(p.skills)}</dd>
        <dt>{t('profile.education')}</dt><dd>{label('Education', p.education)}</dd>
        <dt>{t('profile.schoolShort')}</dt><dd>{p.graduateSchool || none}</dd>
        <dt>{t('profile.gradYearShort')}</dt><dd>{p.graduateYear ?? none}</dd>
        <dt>{t('profile.employmentStatus')}</dt><dd>{label('EmploymentStatus', p.employmentStatus)}</dd>
      </dl>

      <h2>{t('wizard.preferences')}</h2>
      <dl className="summary-list">
        <dt>{t('profile.preferredForms')}</dt><dd>{join(p.preferredForms.map((f) => label('EmploymentForm', f)))}</dd>
        <dt>{t('profile.preferredCounties')}</dt><dd>{join(p.preferredCounties.map((c) => counties.nameOf(c)))}</dd>
        <dt>{t('profile.payMinShort')}</dt><dd>{p.payMin != null ? t('posting.payFixed', { amount: formatNumber(p.payMin) }) : none}</dd>
      </dl>

      <h2>{t('wizard.consent')}</h2>
      <ul>{(p.consents ?? []).length ? p.consents!.map((c) => <li key={c}>{t(CONSENT[c])}</li>) : <li>{t('review.noConsent')}</li>}</ul>
      <p className="hint">{t('profile.consentChange')}</p>

      <h2>{t('access.title')}</h2>
      <p>{t('access.linkHint')}</p>
      <p><Link to="/profile/access-log">{t('access.link')}</Link></p>
      <ActsOnMyBehalf />
    </Page>
  );
}
