// The employer's organization: register it once (staff of the federation then verify it), change it later.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonLink, ButtonRow } from '../../components/Button';
import { useCountyOptions } from '../../components/counties';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, SelectField, TextArea, TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page, titleOf } from '../../components/Page';
import { useFormErrors } from '../../components/useFormErrors';
import { VerificationHistory } from '../../components/VerificationHistory';
import { graphql } from '../../gql';
import type { MyOrganizationQuery, OrganizationInput, OrganizationType } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { ORGANIZATION_TYPES } from '../../lib/enums';
import { describeError } from '../../lib/graphql-errors';
import { checkCreditCode } from '../../lib/identity-numbers';
import { LicenceSection } from './LicenceSection';
import { useMark } from '../../components/Lang';

export const MY_ORGANIZATION = graphql(`
  query MyOrganization {
    myOrganization {
      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt
      privateDetails { contactName contactPhone staffCount establishedPosts }
      licence { fileName uploadedAt url }
      verificationHistory { id decision fromStatus toStatus note closedPostings createdAt deciderOffice deciderName }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateOrganization($input: OrganizationInput!) {
    createOrganization(input: $input) { id name verificationStatus }
  }
`);

export const RESUBMIT = graphql(`
  mutation ResubmitOrganization($id: ID!) {
    resubmitOrganization(id: $id) { id verificationStatus verificationNote submittedAt }
  }
`);

const UPDATE = graphql(`
  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt
      privateDetails { contactName contactPhone staffCount establishedPosts }
    }
  }
`);

type Org = NonNullable<MyOrganizationQuery['myOrganization']>;
type Field = 'name' | 'creditCode' | 'type' | 'countyCode' | 'address' | 'staffCount' | 'establishedPosts' | 'description' | 'contactName' | 'contactPhone';
const ORDER = [
  ['name', 'org-name'], ['creditCode', 'org-credit'], ['type', 'org-type'], ['countyCode', 'org-county'], ['address', 'org-address'],
  ['staffCount', 'org-staff'], ['establishedPosts', 'org-posts'], ['description', 'org-description'], ['contactName', 'org-contact'],
  ['contactPhone', 'org-contact-phone'],
] as const;

const CREDIT_MESSAGES: Record<string, MessageKey> = {
  EMPTY: 'org.creditRequired', LENGTH: 'org.creditLength', CHARACTERS: 'org.creditCharacters', CHECK: 'org.creditCheck',
};

const VERIFICATION_NOTICE: Record<Org['verificationStatus'], { tone: 'warning' | 'success' | 'error'; text: MessageKey }> = {
  PENDING: { tone: 'warning', text: 'org.pending' },
  VERIFIED: { tone: 'success', text: 'org.verified' },
  REJECTED: { tone: 'error', text: 'org.rejected' },
  INFO_REQUESTED: { tone: 'warning', text: 'org.infoRequested' },
  SUSPENDED: { tone: 'error', text: 'org.suspended' },
};

/** An organization asked for more, or rejected, may be sent back to staff once corrected. */
export function canResubmit(status: Org['verificationStatus']): boolean {
  return status === 'INFO_REQUESTED' || status === 'REJECTED';
}

export function OrganizationPage() {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(MY_ORGANIZATION);
  if (loading && !data) return <Loading />;
  if (error && !data) return <Page title={t('org.title')} documentTitle={titleOf(t('error.loadFailed'), t('org.title'))}><Notice tone="error">{t('error.loadFailed')}</Notice></Page>;
  return <OrganizationForm key={data?.myOrganization?.id ?? 'new'} org={data?.myOrganization ?? null} />;
}

function OrganizationForm({ org }: { org: Org | null }) {
  const mark = useMark();
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const counties = useCountyOptions();
  const [f, setF] = useState({
    name: org?.name ?? '', creditCode: org?.creditCode ?? '', type: org?.type ?? '', countyCode: org?.countyCode ?? '',
    address: org?.address ?? '', staffCount: org?.privateDetails ? String(org.privateDetails.staffCount) : '',
    establishedPosts: org?.privateDetails?.establishedPosts != null ? String(org.privateDetails.establishedPosts) : '',
    isSchool: org?.isSchool ?? false, description: org?.description ?? '', contactName: org?.privateDetails?.contactName ?? '',
    contactPhone: org?.privateDetails?.contactPhone ?? '',
  });
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((old) => ({ ...old, [k]: v }));
  const errors = useFormErrors<Field>(ORDER);
  const [create, { loading: creating }] = useMutation(CREATE);
  const [update, { loading: updating }] = useMutation(UPDATE);
  const [resubmit, { loading: resubmitting }] = useMutation(RESUBMIT);
  const [resubmitProblem, setResubmitProblem] = useState<string | null>(null);
  const [licenceErrors, setLicenceErrors] = useState(false);

  const doResubmit = async () => {
    if (!org || resubmitting) return;
    setResubmitProblem(null);
    try {
      await resubmit({ variables: { id: org.id } });
      announce(t('org.resubmitted'));
    } catch (err) {
      const text = describeError(err).message ?? t('error.generic');
      setResubmitProblem(text);
      announce(text);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (creating || updating) return;
    const p: Partial<Record<Field, string>> = {};
    if (f.name.trim().length < 2) p.name = t('org.nameRequired');
    const credit = checkCreditCode(f.creditCode);
    if (!credit.ok) p.creditCode = t(CREDIT_MESSAGES[credit.problem]);
    if (!f.type) p.type = t('org.typeRequired');
    if (!f.countyCode) p.countyCode = t('org.countyRequired');
    if (!/^\d+$/.test(f.staffCount.trim())) p.staffCount = t('org.staffInvalid');
    if (f.establishedPosts.trim() && !/^\d+$/.test(f.establishedPosts.trim())) p.establishedPosts = t('org.postsInvalid');
    if (Object.keys(p).length) return errors.fail(p);
    const input: OrganizationInput = {
      name: f.name.trim(), creditCode: credit.ok ? credit.value : f.creditCode, type: f.type as OrganizationType,
      countyCode: f.countyCode, address: f.address.trim(), staffCount: Number(f.staffCount.trim()),
      establishedPosts: f.establishedPosts.trim() ? Number(f.establishedPosts.trim()) : null, isSchool: f.isSchool,
      description: f.description.trim(), contactName: f.contactName.trim(), contactPhone: f.contactPhone.trim(),
    };
    try {
      if (org) {
        await update({ variables: { id: org.id, input } });
        errors.clear();
        announce(t('org.saved'));
      } else {
        await create({ variables: { input }, refetchQueries: ['MyOrganization'], awaitRefetchQueries: true });
        navigate('/employer/postings', { state: { flash: t('org.registered') } });
      }
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  const notice = org ? VERIFICATION_NOTICE[org.verificationStatus] : null;
  return mark(
    <Page title={org ? t('org.title') : t('org.registerTitle')} hasErrors={errors.hasErrors || licenceErrors}>
      {!org && <p>{t('org.intro')}</p>}
      {org && notice && (
        <Notice tone={notice.tone} title={label('VerificationStatus', org.verificationStatus)}>
          <p>{t(notice.text)}</p>
          {org.verificationNote && <p>{t('org.note', { note: org.verificationNote })}</p>}
          {canResubmit(org.verificationStatus) && (
            <>
              <p>{t('org.resubmitHint')}</p>
              <p>{t('org.licence.resubmitHint')}</p>
              <p><Button variant="secondary" onClick={() => void doResubmit()} aria-disabled={resubmitting || undefined}>{t('org.resubmit')}</Button></p>
            </>
          )}
        </Notice>
      )}
      {resubmitProblem && <Notice tone="error"><p>{resubmitProblem}</p></Notice>}
      {org && <p><ButtonLink to="/employer/postings" variant="secondary">{t('nav.postings')}</ButtonLink></p>}
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <TextField id="org-name" label={t('org.name')} hint={t('org.nameHint')} required error={errors.fields.name}
          value={f.name} onChange={(e) => set('name', e.currentTarget.value)} autoComplete="organization" maxLength={100} />
        <TextField id="org-credit" label={t('org.creditCode')} hint={t('org.creditHint')} required error={errors.fields.creditCode}
          value={f.creditCode} onChange={(e) => set('creditCode', e.currentTarget.value)} autoCapitalize="characters"
          spellCheck={false} maxLength={20} />
        <SelectField id="org-type" label={t('org.type')} required error={errors.fields.type} value={f.type}
          placeholder={t('form.choose')} onChange={(e) => set('type', e.currentTarget.value)}
          options={ORGANIZATION_TYPES.map((x) => ({ value: x, label: label('OrganizationType', x) }))} />
        <SelectField id="org-county" label={t('org.county')} required error={errors.fields.countyCode} value={f.countyCode}
          placeholder={t('form.choose')} options={counties.options} onChange={(e) => set('countyCode', e.currentTarget.value)} />
        <TextField id="org-address" label={t('org.address')} error={errors.fields.address} value={f.address}
          onChange={(e) => set('address', e.currentTarget.value)} autoComplete="street-address" maxLength={200} />
        <TextField id="org-staff" label={t('org.staffCount')} hint={t('org.staffHint')} required className="short" inputMode="numeric"
          error={errors.fields.staffCount} value={f.staffCount} onChange={(e) => set('staffCount', e.currentTarget.value)} />
        <TextField id="org-posts" label={t('org.establishedPosts')} hint={t('org.postsHint')} className="short" inputMode="numeric"
          error={errors.fields.establishedPosts} value={f.establishedPosts} onChange={(e) => set('establishedPosts', e.currentTarget.value)} />
        <CheckboxField id="org-school" label={t('org.isSchool')} hint={t('org.isSchoolHint')} checked={f.isSchool}
          onChange={(v) => set('isSchool', v)} />
        <TextArea id="org-description" label={t('org.description')} hint={t('org.descriptionHint')} error={errors.fields.description}
          value={f.description} rows={4} onChange={(e) => set('description', e.currentTarget.value)} maxLength={2000} />
        <TextField id="org-contact" label={t('org.contactName')} hint={t('org.privateHint')} error={errors.fields.contactName}
          value={f.contactName} onChange={(e) => set('contactName', e.currentTarget.value)} maxLength={50} />
        <TextField id="org-contact-phone" label={t('org.contactPhone')} hint={t('org.privateHint')} error={errors.fields.contactPhone}
          className="short" type="tel" value={f.contactPhone} onChange={(e) => set('contactPhone', e.currentTarget.value)} maxLength={30} />
        <ButtonRow>
          <Button type="submit" aria-disabled={creating || updating || undefined}>{org ? t('org.save') : t('org.register')}</Button>
        </ButtonRow>
      </form>
      {org && (
        <LicenceSection organizationId={org.id} licence={org.licence} resubmitting={canResubmit(org.verificationStatus)} onErrorsChange={setLicenceErrors} />
      )}
      {org && (
        <section aria-labelledby="org-history-heading">
          <h2 id="org-history-heading">{t('org.history.heading')}</h2>
          <VerificationHistory items={org.verificationHistory ?? []} />
        </section>
      )}
    </Page>
  );
}
