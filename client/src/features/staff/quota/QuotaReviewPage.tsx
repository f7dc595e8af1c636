// Staff: one submitted quota-review pack as it was submitted (/staff/quota-review/:id), with its Excel and printable
// page, and the review: confirm, or return to the employer with a reason (the employer is told either way).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DecisionFields } from '../../../components/DecisionFields';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page, titleOf } from '../../../components/Page';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useMark } from '../../../components/Lang';
import { PackLines, PackPeople, PackStatus, PackVersions, packExcelHref, type Pack } from './QuotaReviewView';

export const QUOTA_REVIEW_SUBMISSION = graphql(`
  query QuotaReviewSubmission($id: ID!) { quotaReviewSubmission(id: $id) { ...QuotaReviewPackFields } }
`);

export const CONFIRM_QUOTA_REVIEW = graphql(`
  mutation ConfirmQuotaReviewPack($id: ID!) { confirmQuotaReviewPack(id: $id) { id status reviewedAt reviewedByName } }
`);

export const RETURN_QUOTA_REVIEW = graphql(`
  mutation ReturnQuotaReviewPack($id: ID!, $reason: String!) { returnQuotaReviewPack(id: $id, reason: $reason) { id status returnReason } }
`);

export function QuotaReviewPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(QUOTA_REVIEW_SUBMISSION, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  if (!data) {
    const notFound = describeError(error).code === 'NOT_FOUND';
    return (
      <Page title={t('qr.queue.title')} documentTitle={titleOf(notFound ? t('notFound.title') : t('error.loadFailed'), t('qr.queue.title'))}>
        <Notice tone="error"><p>{notFound ? t('notFound.body') : t('error.loadFailed')}</p></Notice>
        <p><ButtonLink to="/staff/quota-review" variant="secondary">{t('qr.review.back')}</ButtonLink></p>
      </Page>
    );
  }
  return <Review pack={data.quotaReviewSubmission} refetch={async () => { await refetch(); }} />;
}

function Review({ pack, refetch }: { pack: Pack; refetch: () => Promise<void> }) {
  const mark = useMark();
  const { t } = useI18n();
  const { nameOf } = useCountyOptions();
  const [hasErrors, setHasErrors] = useState(false);
  return mark(
    <Page title={t('qr.review.title', { name: pack.organizationName })} hasErrors={hasErrors}>
      <p>{t('qr.review.intro', { name: pack.organizationName, county: nameOf(pack.countyCode), year: pack.year, version: pack.version ?? '' })}</p>
      <PackStatus pack={pack} />
      <p className="button-row">
        <a className="button secondary" href={packExcelHref(pack)} download>{t('qr.actions.excel')}</a>
        <ButtonLink variant="secondary" to={`/staff/quota-review/${pack.id}/print`}>{t('qr.actions.print')}</ButtonLink>
      </p>
      {pack.status === 'SUBMITTED' ? <ReviewForm pack={pack} onErrors={setHasErrors} refetch={refetch} /> : <p>{t('qr.review.done')}</p>}
      <PackLines pack={pack} />
      <PackPeople pack={pack} />
      <PackVersions pack={pack} hrefFor={(id) => `/staff/quota-review/${id}`} />
      <p><ButtonLink to="/staff/quota-review" variant="secondary">{t('qr.review.back')}</ButtonLink></p>
    </Page>
  );
}

type Decision = 'CONFIRM' | 'RETURN';
const FIELDS = [['decision', 'qr-decision-0'], ['reason', 'qr-reason']] as const;
type Field = (typeof FIELDS)[number][0];

function ReviewForm({ pack, onErrors, refetch }: { pack: Pack; onErrors: (v: boolean) => void; refetch: () => Promise<void> }) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const errors = useFormErrors<Field>(FIELDS);
  const [decision, setDecision] = useState<Decision | ''>('');
  const [reason, setReason] = useState('');
  const [confirm, confirming] = useMutation(CONFIRM_QUOTA_REVIEW);
  const [sendBack, returning] = useMutation(RETURN_QUOTA_REVIEW);
  const busy = confirming.loading || returning.loading;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!decision || (decision === 'RETURN' && !reason.trim())) {
      onErrors(true);
      return errors.fail(decision ? { reason: t('qr.review.reasonMissing') } : { decision: t('qr.review.decisionMissing') });
    }
    try {
      if (decision === 'CONFIRM') await confirm({ variables: { id: pack.id! } });
      else await sendBack({ variables: { id: pack.id!, reason: reason.trim() } });
      errors.clear();
      onErrors(false);
      announce(t(decision === 'CONFIRM' ? 'qr.review.confirmed' : 'qr.review.returned', { name: pack.organizationName }));
      await refetch();
    } catch (err) {
      onErrors(true);
      errors.failFromServer(err, t('error.generic'));
    }
  };
  return mark(
    <section aria-labelledby="qr-review-heading">
      <h2 id="qr-review-heading">{t('qr.review.heading')}</h2>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <DecisionFields<Decision>
          decisionId="qr-decision"
          legend={t('qr.review.decision')}
          choices={(['CONFIRM', 'RETURN'] as const).map((c) => ({ value: c, label: t(`qr.review.${c}`) }))}
          decision={decision}
          onDecision={(v) => { setDecision(v); errors.clearField('decision'); }}
          decisionError={errors.fields.decision}
          noteId="qr-reason"
          noteLabel={t('qr.review.reason')}
          noteHint={t('qr.review.reasonHint')}
          noteError={errors.fields.reason}
          note={reason}
          onNote={setReason}
          noteMaxLength={1000}
        />
        <ButtonRow><Button type="submit" aria-disabled={busy || undefined}>{t('qr.review.submit')}</Button></ButtonRow>
      </form>
    </section>
  );
}
