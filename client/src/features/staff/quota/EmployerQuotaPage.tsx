// An employer's own quota position for a chosen year, explained step by step, and the form for the year's
// staff count and average wage (saving works the figures out again at once).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page, titleOf } from '../../../components/Page';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { OrganizationType } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { ContractForm } from './ContractForm';
import { QuotaExplanation, QuotaSummary } from './QuotaPositionView';
import { levyText, quotaFormat } from './quota-text';
import { YearChooser } from './YearChooser';
import { checkYearFigures, yearFromParam, type YearDraft, type YearField } from './year-figures';
import { useMark } from '../../../components/Lang';

export const EMPLOYER_QUOTA_ORG = graphql(`
  query EmployerQuotaOrganization { myOrganization { id name type } }
`);

export const EMPLOYER_QUOTA_POSITION = graphql(`
  query EmployerQuotaPosition($organizationId: ID!, $year: Int!) {
    quotaPosition(organizationId: $organizationId, year: $year) { ...QuotaPositionFields }
    organizationYears(organizationId: $organizationId) { year staffCount averageWage establishedPosts }
  }
`);

export const SAVE_ORGANIZATION_YEAR = graphql(`
  mutation SaveOrganizationYear($input: OrganizationYearInput!) {
    saveOrganizationYear(input: $input) { organizationId year staffCount averageWage establishedPosts }
  }
`);

const PUBLIC_SECTOR: readonly OrganizationType[] = ['GOVERNMENT_AGENCY', 'PUBLIC_INSTITUTION'];

export function EmployerQuotaPage() {
  const mark = useMark();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const year = yearFromParam(params.get('year'));
  const org = useQuery(EMPLOYER_QUOTA_ORG, { fetchPolicy: 'network-only' });
  const organization = org.data?.myOrganization ?? null;
  const position = useQuery(EMPLOYER_QUOTA_POSITION, {
    variables: { organizationId: organization?.id ?? '', year }, skip: !organization, fetchPolicy: 'network-only',
  });
  const [yearErrors, setYearErrors] = useState(false);
  const [contractErrors, setContractErrors] = useState(false);

  if (org.loading && !org.data) return <Loading />;
  if (org.error) return <Page title={t('quota.employerQuota.title')} documentTitle={titleOf(t('error.loadFailed'), t('quota.employerQuota.title'))}><Notice tone="error">{t('error.loadFailed')}</Notice></Page>;
  if (!organization) {
    return (
      <Page title={t('quota.employerQuota.title')}>
        <p>{t('quota.employerQuota.noOrganization')}</p>
        <p><Link to="/employer/organization">{t('quota.employerQuota.registerLink')}</Link></p>
      </Page>
    );
  }
  const p = position.data?.quotaPosition;
  const saved = position.data?.organizationYears.find((y) => y.year === year);
  return mark(
    <Page title={t('quota.employerQuota.title')} hasErrors={yearErrors || contractErrors}>
      <p>{t('quota.employerQuota.intro')}</p>
      <p>{t('qr.employer.fromQuotaHint')} <Link to={`/employer/quota-review?year=${year}`}>{t('qr.employer.fromQuota')}</Link></p>
      <p>{t('compliance.mine.fromQuotaHint')} <Link to={`/employer/genuineness?period=${year}`}>{t('compliance.mine.nav')}</Link></p>
      <YearChooser id="eq-year" year={year} onChoose={(y) => setParams({ year: String(y) })} />
      {position.loading && !position.data ? <Loading /> : position.error || !p ? <Notice tone="error">{t('error.loadFailed')}</Notice> : (
        <>
          <h2>{t('quota.position.heading', { year })}</h2>
          {p.provisional && <p>{t('quota.position.provisional', { year })}</p>}
          <QuotaSummary position={p} />
          <YearFiguresForm
            key={`${organization.id}-${year}`}
            organizationId={organization.id}
            year={year}
            publicSector={PUBLIC_SECTOR.includes(organization.type)}
            initial={{
              staffCount: String(saved?.staffCount ?? p.staffCount),
              averageWage: saved?.averageWage == null ? '' : String(saved.averageWage),
              establishedPosts: saved?.establishedPosts == null ? '' : String(saved.establishedPosts),
            }}
            onErrors={setYearErrors}
            refetch={async () => (await position.refetch()).data?.quotaPosition ?? null}
          />
          <QuotaExplanation position={p} />
          <ContractForm key={`contract-${organization.id}-${year}`} people={p.people} onErrors={setContractErrors}
            refetch={async () => (await position.refetch()).data?.quotaPosition ?? null} />
        </>
      )}
    </Page>
  );
}

const ORDER: ReadonlyArray<readonly [YearField, string]> = [
  ['staffCount', 'eq-staff'], ['averageWage', 'eq-wage'], ['establishedPosts', 'eq-posts'],
];

type Refetched = { required: number; levyPayable?: number | null; smallEnterpriseExempt: boolean; ratioMet: boolean } | null;

function YearFiguresForm({ organizationId, year, publicSector, initial, onErrors, refetch }: {
  organizationId: string;
  year: number;
  publicSector: boolean;
  initial: YearDraft;
  onErrors: (has: boolean) => void;
  refetch: () => Promise<Refetched>;
}) {
  const mark = useMark();
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const [d, setD] = useState<YearDraft>(initial);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors<YearField>(ORDER);
  const [save, { loading }] = useMutation(SAVE_ORGANIZATION_YEAR);
  const e = errors.fields;
  const set = (k: YearField, v: string) => {
    setD((x) => ({ ...x, [k]: v }));
    setDone(null);
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    const { problems, figures } = checkYearFigures(d);
    if (!figures) {
      errors.fail(Object.fromEntries(Object.entries(problems).map(([f, k]) => [f, t(k!)])));
      onErrors(true);
      return;
    }
    try {
      await save({ variables: { input: { organizationId, year, ...figures } } });
      errors.clear();
      onErrors(false);
      const p = await refetch();
      const f = quotaFormat(locale);
      const message = p
        ? t('quota.form.saved', { required: f.persons(p.required), levy: p.ratioMet ? t('quota.yuan', { amount: f.money(0) }) : levyText(p, t, f) })
        : t('quota.form.saved', { required: '', levy: '' });
      setDone(message);
      announce(message);
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
      onErrors(true);
    }
  };

  return mark(
    <section aria-labelledby="eq-form-heading">
      <h2 id="eq-form-heading">{t('quota.form.heading', { year })}</h2>
      <p>{t('quota.form.intro')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      {done && <Notice tone="success"><p>{done}</p></Notice>}
      <form onSubmit={submit} noValidate>
        <TextField id="eq-staff" label={t('quota.form.staffCount')} hint={t('quota.form.staffCountHint')} required error={e.staffCount}
          className="short" inputMode="numeric" autoComplete="off" value={d.staffCount}
          onChange={(x) => set('staffCount', x.currentTarget.value)} />
        <TextField id="eq-wage" label={t('quota.form.averageWage')} hint={t('quota.form.averageWageHint')} error={e.averageWage}
          className="medium" inputMode="decimal" autoComplete="off" value={d.averageWage}
          onChange={(x) => set('averageWage', x.currentTarget.value)} />
        {publicSector && (
          <TextField id="eq-posts" label={t('quota.form.establishedPosts')} hint={t('quota.form.establishedPostsHint')} error={e.establishedPosts}
            className="short" inputMode="numeric" autoComplete="off" value={d.establishedPosts}
            onChange={(x) => set('establishedPosts', x.currentTarget.value)} />
        )}
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('quota.form.save')}</Button>
        </ButtonRow>
      </form>
    </section>
  );
}
