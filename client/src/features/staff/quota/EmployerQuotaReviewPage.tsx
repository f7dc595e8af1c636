// The employer's quota-review pack for a year (/employer/quota-review?year=): status and staff's reason when
// returned, the insurance months per placement, download and print, submit; then the arithmetic and the people.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page, titleOf } from '../../../components/Page';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useMark } from '../../../components/Lang';
import { EMPLOYER_QUOTA_ORG } from './EmployerQuotaPage';
import { parseInsuranceMonths } from './insurance-months';
import { PackLines, PackPeople, PackStatus, PackVersions, packExcelHref, type Pack } from './QuotaReviewView';
import { YearChooser } from './YearChooser';
import { yearFromParam } from './year-figures';

export const EMPLOYER_QUOTA_REVIEW = graphql(`
  query EmployerQuotaReviewPack($organizationId: ID!, $year: Int!) {
    quotaReviewPack(organizationId: $organizationId, year: $year) { ...QuotaReviewPackFields }
  }
`);

export const SET_INSURANCE_MONTHS = graphql(`
  mutation SetInsuranceMonths($placementId: ID!, $year: Int!, $months: Int!) {
    setInsuranceMonths(placementId: $placementId, year: $year, months: $months) { placementId year insuranceMonths }
  }
`);

export const SUBMIT_QUOTA_REVIEW = graphql(`
  mutation SubmitQuotaReviewPack($organizationId: ID!, $year: Int!) {
    submitQuotaReviewPack(organizationId: $organizationId, year: $year) { id version status }
  }
`);

const editable = (p: Pack) => p.status === 'DRAFT' || p.status === 'RETURNED';

export function EmployerQuotaReviewPage() {
  const mark = useMark();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const year = yearFromParam(params.get('year'));
  const org = useQuery(EMPLOYER_QUOTA_ORG, { fetchPolicy: 'network-only' });
  const organization = org.data?.myOrganization ?? null;
  const pack = useQuery(EMPLOYER_QUOTA_REVIEW, {
    variables: { organizationId: organization?.id ?? '', year }, skip: !organization, fetchPolicy: 'network-only',
  });
  const [hasErrors, setHasErrors] = useState(false);

  if (org.loading && !org.data) return <Loading />;
  if (org.error || !organization) {
    return (
      <Page title={t('qr.title')} documentTitle={titleOf(t('error.loadFailed'), t('qr.title'))}>
        {org.error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice> : <p>{t('quota.employerQuota.noOrganization')}</p>}
        <p><Link to="/employer/organization">{t('quota.employerQuota.registerLink')}</Link></p>
      </Page>
    );
  }
  const p = pack.data?.quotaReviewPack;
  const refetch = async () => { await pack.refetch(); };
  return mark(
    <Page title={t('qr.title')} hasErrors={hasErrors}>
      <p>{t('qr.employer.intro')}</p>
      <p><Link to={`/employer/quota?year=${year}`}>{t('quota.employerQuota.title')}</Link></p>
      <YearChooser id="qr-year" year={year} onChoose={(y) => setParams({ year: String(y) })} />
      {pack.loading && !pack.data ? <Loading /> : pack.error || !p ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice> : (
        <>
          {p.provisional && <Notice><p>{t('qr.provisional', { year })}</p></Notice>}
          <PackStatus pack={p} />
          {editable(p) ? <InsuranceForm key={`${p.organizationId}-${year}`} pack={p} onErrors={setHasErrors} refetch={refetch} />
            : <p>{t('qr.insurance.locked')}</p>}
          <PackActions pack={p} onErrors={setHasErrors} refetch={refetch} />
          <PackLines pack={p} />
          <PackPeople pack={p} />
          <PackVersions pack={p} hrefFor={(id) => `/employer/quota-review/print?id=${id}`} />
        </>
      )}
    </Page>
  );
}

type Row = { id: string; placementId: string; name: string; start: string; employed: number; saved: number | null };

function InsuranceForm({ pack, onErrors, refetch }: { pack: Pack; onErrors: (v: boolean) => void; refetch: () => Promise<void> }) {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const announce = useAnnounce();
  const rows: Row[] = pack.people.flatMap((person) => person.placements.map((c) => ({
    id: `qr-ins-${c.placementId}`, placementId: c.placementId, name: person.name, start: formatDate(c.startDate),
    employed: c.monthsEmployed, saved: c.insuranceMonths ?? null,
  })));
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(rows.map((r) => [r.placementId, r.saved == null ? '' : String(r.saved)])));
  const [done, setDone] = useState(false);
  const errors = useFormErrors<string>(rows.map((r) => [r.placementId, r.id] as const));
  const [save, { loading }] = useMutation(SET_INSURANCE_MONTHS);
  if (!rows.length) return null;

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    setDone(false);
    const problems: Record<string, string> = {};
    const changed: Array<[Row, number]> = [];
    for (const r of rows) {
      const typed = draft[r.placementId] ?? '';
      if (typed.trim() === '' && r.saved == null) continue;
      const n = parseInsuranceMonths(typed, r.employed);
      if (n === null) problems[r.placementId] = t('qr.insurance.invalid', { employed: r.employed });
      else if (n !== r.saved) changed.push([r, n]);
    }
    if (Object.keys(problems).length) {
      errors.fail(problems);
      onErrors(true);
      return;
    }
    for (const [r, months] of changed) {
      try {
        await save({ variables: { placementId: r.placementId, year: pack.year, months } });
      } catch (err) {
        const report = describeError(err);
        errors.fail({ [r.placementId]: report.fields.months ?? report.message ?? t('error.generic') });
        onErrors(true);
        await refetch();
        return;
      }
    }
    errors.clear();
    onErrors(false);
    await refetch();
    setDone(true);
    announce(t('qr.insurance.saved'));
  };

  return mark(
    <section aria-labelledby="qr-ins-heading">
      <h2 id="qr-ins-heading">{t('qr.insurance.heading')}</h2>
      <p>{t('qr.insurance.intro')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      {done && <Notice tone="success"><p>{t('qr.insurance.saved')}</p></Notice>}
      <form onSubmit={submit} noValidate>
        {rows.map((r) => (
          <TextField key={r.placementId} id={r.id} label={t('qr.insurance.field', { name: r.name, start: r.start })}
            hint={t('qr.insurance.hint', { employed: r.employed })} error={errors.fields[r.placementId]} className="short"
            inputMode="numeric" autoComplete="off" value={draft[r.placementId] ?? ''}
            onChange={(x) => { const v = x.currentTarget.value; setDraft((d) => ({ ...d, [r.placementId]: v })); setDone(false); }} />
        ))}
        <ButtonRow><Button type="submit" aria-disabled={loading || undefined}>{t('qr.insurance.save')}</Button></ButtonRow>
      </form>
    </section>
  );
}

function PackActions({ pack, onErrors, refetch }: { pack: Pack; onErrors: (v: boolean) => void; refetch: () => Promise<void> }) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const errors = useFormErrors<'submit'>([['submit', 'qr-submit']], { insuranceMonths: 'submit', year: 'submit' });
  const [done, setDone] = useState<string | null>(null);
  const [submitPack, { loading }] = useMutation(SUBMIT_QUOTA_REVIEW);
  const submit = async () => {
    if (loading) return;
    try {
      const r = await submitPack({ variables: { organizationId: pack.organizationId, year: pack.year } });
      const message = t('qr.actions.submitted', { version: r.data?.submitQuotaReviewPack.version ?? '' });
      errors.clear();
      onErrors(false);
      setDone(message);
      // the pack's status is shown again before the message is spoken: whoever hears "submitted" finds it so
      await refetch().catch(() => undefined);
      announce(message);
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
      onErrors(true);
    }
  };
  return mark(
    <section aria-labelledby="qr-actions-heading">
      <h2 id="qr-actions-heading">{t('qr.actions.heading')}</h2>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      {done && <Notice tone="success"><p>{done}</p></Notice>}
      <p className="button-row">
        <a className="button secondary" href={packExcelHref(pack)} download>{t('qr.actions.excel')}</a>
        <ButtonLink variant="secondary" to={`/employer/quota-review/print?year=${pack.year}`}>{t('qr.actions.print')}</ButtonLink>
      </p>
      {editable(pack) && !pack.provisional && (
        <>
          <p id="qr-submit-hint">{t('qr.actions.submitHint')}</p>
          <ButtonRow>
            <Button id="qr-submit" aria-describedby="qr-submit-hint" aria-disabled={loading || undefined} onClick={submit}>{t('qr.actions.submit')}</Button>
          </ButtonRow>
        </>
      )}
    </section>
  );
}
