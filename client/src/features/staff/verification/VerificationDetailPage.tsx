// Staff: one organization's evidence, its verification history and the decision form (approve, reject with a
// reason, ask for more with a note, suspend a verified one). A failed submit moves focus to the error summary;
// a saved decision goes back to the queue, which announces it.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { DecisionFields } from '../../../components/DecisionFields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page, titleOf } from '../../../components/Page';
import { useFormErrors } from '../../../components/useFormErrors';
import { VerificationHistory } from '../../../components/VerificationHistory';
import { graphql } from '../../../gql';
import type { OrganizationToVerifyQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { CreditCodeFact, LicenceFact, StatusBadge } from './VerificationParts';
import { closesPostings, decisionProblems, decisionsFor, type StaffDecision } from './verification-rules';
import './verification.css';
import { useMark } from '../../../components/Lang';

export const ORGANIZATION_TO_VERIFY = graphql(`
  query OrganizationToVerify($id: ID!) {
    organization(id: $id) {
      id name creditCode creditCodeValid type countyCode address description submittedAt verificationStatus verificationNote
      privateDetails { contactName contactPhone staffCount }
      licence { mimeType byteSize fileName uploadedAt url }
      verificationHistory { id decision fromStatus toStatus note closedPostings createdAt deciderOffice deciderName }
    }
  }
`);

export const DECIDE_ORGANIZATION = graphql(`
  mutation DecideOrganization($input: OrganizationDecisionInput!) {
    decideOrganization(input: $input) { id verificationStatus verificationNote verifiedAt }
  }
`);

type Org = OrganizationToVerifyQuery['organization'];

export function VerificationDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ORGANIZATION_TO_VERIFY, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  if (!data) {
    const notFound = describeError(error).code === 'NOT_FOUND';
    return (
      <Page title={t('verify.title')} documentTitle={titleOf(notFound ? t('notFound.title') : t('error.loadFailed'), t('verify.title'))}>
        <Notice tone="error"><p>{notFound ? t('notFound.body') : t('error.loadFailed')}</p></Notice>
        <p><ButtonLink to="/staff/verification" variant="secondary">{t('verify.back')}</ButtonLink></p>
      </Page>
    );
  }
  return <Detail key={data.organization.id} org={data.organization} />;
}

function Detail({ org }: { org: Org }) {
  const mark = useMark();
  const { t, label, formatDateTime } = useI18n();
  const { nameOf } = useCountyOptions();
  const [hasErrors, setHasErrors] = useState(false);
  const contact = org.privateDetails;
  const history = org.verificationHistory ?? [];
  return mark(
    <Page title={t('verify.detail.title', { name: org.name })} hasErrors={hasErrors}>
      <p><StatusBadge status={org.verificationStatus} /></p>
      <section aria-labelledby="verify-evidence">
        <h2 id="verify-evidence">{t('verify.detail.evidence')}</h2>
        <dl className="facts">
          <dt>{t('verify.fact.creditCode')}</dt>
          <dd><CreditCodeFact code={org.creditCode} valid={org.creditCodeValid} /></dd>
          <dt>{t('verify.fact.licence')}</dt><dd><LicenceFact licence={org.licence} organizationName={org.name} /></dd>
          <dt>{t('verify.fact.type')}</dt><dd>{label('OrganizationType', org.type)}</dd>
          <dt>{t('verify.fact.county')}</dt><dd>{nameOf(org.countyCode)}</dd>
          <dt>{t('verify.fact.address')}</dt><dd>{org.address || t('verify.fact.none')}</dd>
          <dt>{t('verify.fact.contact')}</dt>
          <dd>{contact && (contact.contactName || contact.contactPhone)
            ? t('verify.fact.contactValue', { name: contact.contactName || t('verify.fact.none'), phone: contact.contactPhone || t('verify.fact.none') })
            : t('verify.fact.none')}</dd>
          {contact && (<><dt>{t('verify.fact.staffCount')}</dt><dd>{contact.staffCount}</dd></>)}
          {org.submittedAt && (<><dt>{t('verify.fact.submitted')}</dt><dd>{formatDateTime(org.submittedAt)}</dd></>)}
          <dt>{t('verify.fact.description')}</dt><dd>{org.description || t('verify.fact.none')}</dd>
        </dl>
      </section>
      <section aria-labelledby="verify-history">
        <h2 id="verify-history">{t('verify.history.heading')}</h2>
        <VerificationHistory items={history} />
      </section>
      <DecisionForm org={org} onErrorsChange={setHasErrors} />
      <p><ButtonLink to="/staff/verification" variant="secondary">{t('verify.back')}</ButtonLink></p>
    </Page>
  );
}

const FIELDS = [['decision', 'verify-decision-0'], ['note', 'verify-note']] as const;
type Field = (typeof FIELDS)[number][0];

function DecisionForm({ org, onErrorsChange }: { org: Org; onErrorsChange: (v: boolean) => void }) {
  const mark = useMark();
  const { t } = useI18n();
  const navigate = useNavigate();
  const errors = useFormErrors<Field>(FIELDS);
  const choices = decisionsFor(org.verificationStatus);
  const [decision, setDecision] = useState<StaffDecision | ''>('');
  const [note, setNote] = useState('');
  const [decide, { loading }] = useMutation(DECIDE_ORGANIZATION);

  if (!choices.length) return <p>{t('verify.form.nothing')}</p>;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems = decisionProblems(decision, note);
    if (problems.decision || problems.note) {
      onErrorsChange(true);
      return errors.fail({
        ...(problems.decision ? { decision: t('verify.form.decisionMissing') } : {}),
        ...(problems.note ? { note: t(`verify.form.noteMissing.${problems.note}`) } : {}),
      });
    }
    try {
      await decide({ variables: { input: { organizationId: org.id, decision: decision as StaffDecision, note: note.trim() } } });
      navigate('/staff/verification', { state: { flash: t(`verify.saved.${decision as StaffDecision}`, { name: org.name }) } });
    } catch (err) {
      onErrorsChange(true);
      errors.failFromServer(err, t('verify.form.failed'));
    }
  };

  return mark(
    <section aria-labelledby="verify-form">
      <h2 id="verify-form">{t('verify.form.heading')}</h2>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <DecisionFields<StaffDecision>
          decisionId="verify-decision"
          legend={t('verify.form.decision')}
          choices={choices.map((c) => ({ value: c, label: t(`verify.decision.${c}`) }))}
          decision={decision}
          onDecision={(v) => {
            setDecision(v);
            errors.clearField('decision');
          }}
          decisionError={errors.fields.decision}
          noteId="verify-note"
          noteLabel={t('verify.form.note')}
          noteHint={t('verify.form.noteHint')}
          noteError={errors.fields.note}
          note={note}
          onNote={setNote}
          noteMaxLength={500}
        >
          {closesPostings(decision) && <Notice tone="warning"><p>{t('verify.form.closes')}</p></Notice>}
        </DecisionFields>
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('verify.form.submit')}</Button>
        </ButtonRow>
      </form>
    </section>
  );
}
