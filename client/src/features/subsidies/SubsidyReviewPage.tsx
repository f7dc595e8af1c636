// 补贴审核 (staff of a county): the applications of their county, those waiting first, each with who applied, why the
// rules found them eligible and the facts used; staff approve, or reject with a reason, and the applicant is told.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonRow } from '../../components/Button';
import { DecisionFields } from '../../components/DecisionFields';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/fields';
import { useMark } from '../../components/Lang';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import type { SubsidyApplicationStatus, SubsidyApplicationsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { ApplicationStatusBadge, NOTE_MAX } from './parts';
import './subsidies.css';

const QUEUE = graphql(`
  query SubsidyApplications($filter: SubsidyApplicationFilter) {
    subsidyApplications(filter: $filter, page: { page: 1, pageSize: 50 }) {
      total
      items {
        subsidyName applicantName personName subjectName why facts { label value }
        application { id status subsidyCode countyCode note submittedAt decisionReason withdrawnAt }
      }
    }
  }
`);

const DECIDE = graphql(`
  mutation DecideSubsidyApplication($input: DecideSubsidyInput!) { decideSubsidyApplication(input: $input) { id status decisionReason } }
`);

const STATUSES: SubsidyApplicationStatus[] = ['SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'];
type Row = SubsidyApplicationsQuery['subsidyApplications']['items'][number];

export function SubsidyReviewPage() {
  const mark = useMark();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? null;
  const [choice, setChoice] = useState<string>(status ?? '');
  const { data, loading, error } = useQuery(QUEUE, { variables: { filter: { status } }, fetchPolicy: 'cache-and-network' });
  const [hasErrors, setHasErrors] = useState(false);
  const filter = (ev: FormEvent) => {
    ev.preventDefault();
    setParams(choice ? { status: choice } : {});
  };
  const q = data?.subsidyApplications;
  return mark(
    <Page title={t('sub.staff.title')} hasErrors={hasErrors}>
      <p>{t('sub.staff.intro')}</p>
      <form onSubmit={filter} className="filters" noValidate>
        <SelectField id="sub-status" label={t('sub.staff.status')} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}
          options={[{ value: '', label: t('sub.staff.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`sub.status.${s}`) }))]} />
        <ButtonRow><Button type="submit" variant="secondary">{t('sub.staff.filter')}</Button></ButtonRow>
      </form>
      {loading && !q ? <Loading /> : error || !q ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice> : (
        <>
          <p role="status">{t('sub.staff.count', { total: q.total })}</p>
          {q.items.length === 0 ? <p>{t('sub.staff.none')}</p> : (
            <ul className="card-list">
              {q.items.map((r) => <li key={r.application.id}><ReviewCard r={r} onErrors={setHasErrors} /></li>)}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}

function ReviewCard({ r, onErrors }: { r: Row; onErrors: (b: boolean) => void }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const id = `rev-${r.application.id}`;
  const [decision, setDecision] = useState<'APPROVE' | 'REJECT' | ''>('');
  const [reason, setReason] = useState('');
  const errors = useFormErrors<'decision' | 'reason'>([['decision', `${id}-d-0`], ['reason', `${id}-reason`]], { 'input.reason': 'reason' });
  const [decide, { loading }] = useMutation(DECIDE, { refetchQueries: ['SubsidyApplications'], awaitRefetchQueries: true });
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    const why = reason.trim();
    const problems: { decision?: string; reason?: string } = {};
    if (!decision) problems.decision = t('sub.staff.decisionRequired');
    if (decision === 'REJECT' && !why) problems.reason = t('sub.staff.reasonRequired');
    if (why.length > NOTE_MAX) problems.reason = t('sub.apply.noteTooLong');
    if (problems.decision || problems.reason) {
      errors.fail(problems);
      onErrors(true);
      return;
    }
    try {
      await decide({ variables: { input: { applicationId: r.application.id, approve: decision === 'APPROVE', reason: why || null } } });
      errors.clear();
      onErrors(false);
      announce(t('sub.staff.saved'));
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
      onErrors(true);
    }
  };
  return mark(
    <article className="card subsidy-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{r.subsidyName}</h2>
      <p><ApplicationStatusBadge status={r.application.status} /></p>
      <p>{t('sub.staff.applicant', { name: r.applicantName })}</p>
      {r.personName && <p>{t('sub.staff.person', { name: r.personName })}</p>}
      {r.subjectName && <p>{t('sub.staff.subject', { name: r.subjectName })}</p>}
      <p>{t('sub.staff.submittedAt', { at: formatDateTime(r.application.submittedAt) })}</p>
      <p>{t('sub.why', { why: r.why })}</p>
      {r.facts.length > 0 && (
        <>
          <p className="field-label">{t('sub.facts')}</p>
          <dl className="subsidy-facts">{r.facts.map((f) => <div key={f.label}><dt>{f.label}</dt><dd>{f.value}</dd></div>)}</dl>
        </>
      )}
      {r.application.note && <p>{t('sub.staff.note', { note: r.application.note })}</p>}
      {r.application.decisionReason && <p>{t('sub.status.reason', { reason: r.application.decisionReason })}</p>}
      {r.application.withdrawnAt && <p>{t('sub.status.withdrawnAt', { at: formatDateTime(r.application.withdrawnAt) })}</p>}
      {r.application.status === 'SUBMITTED' && (
        <form onSubmit={submit} noValidate>
          <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
          <DecisionFields decisionId={`${id}-d`} legend={t('sub.staff.decision')} decision={decision}
            onDecision={(d) => { setDecision(d); errors.clearField('decision'); }} decisionError={errors.fields.decision}
            choices={[{ value: 'APPROVE', label: t('sub.staff.approve') }, { value: 'REJECT', label: t('sub.staff.reject') }]}
            noteId={`${id}-reason`} noteLabel={t('sub.staff.reason')} noteHint={t('sub.staff.reasonHint')} noteError={errors.fields.reason}
            note={reason} onNote={(v) => { setReason(v); errors.clearField('reason'); }} noteMaxLength={NOTE_MAX} />
          <ButtonRow><Button type="submit" aria-disabled={loading || undefined}>{t('sub.staff.save')}</Button></ButtonRow>
        </form>
      )}
    </article>
  );
}
