// The applicants of one position: who they are (what they agreed to share), what they asked for at the
// interview, and moving each application to its next stage. Rejecting asks for a reason.
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonRow } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextArea } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import type { ApplicationStatus, PostingApplicantsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { APPLICATION_STATUSES } from '../../lib/enums';
import { describeError } from '../../lib/graphql-errors';
import { ApplicantCard } from './ApplicantCard';
import { useMark } from '../../components/Lang';

const APPLICANTS = graphql(`
  query PostingApplicants($postingId: ID!, $status: ApplicationStatus, $page: PageInput) {
    posting(id: $postingId) { id title status openings openingsLeft }
    applicationsForPosting(postingId: $postingId, status: $status, page: $page) {
      total page pageSize
      items {
        id status moves createdAt note accommodations accommodationNote rejectionReason unreadMessages
        seeker {
          id name age gender phone skills category level cannotDo supportsMust supportsNice education experience
          county { code nameZh nameEn }
          resume { ...ResumeFields }
        }
        history { id fromStatus toStatus reason createdAt }
      }
    }
  }
`);

export const MOVE = graphql(`
  mutation MoveApplication($input: MoveApplicationInput!) {
    moveApplication(input: $input) {
      id status moves rejectionReason
      history { id fromStatus toStatus reason createdAt }
    }
  }
`);

export type Applicant = PostingApplicantsQuery['applicationsForPosting']['items'][number];
const PAGE_SIZE = 10;


export function ApplicantsPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = (APPLICATION_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? params.get('status') as ApplicationStatus : null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [filter, setFilter] = useState<string>(status ?? '');
  const { data, loading, error } = useQuery(APPLICANTS, {
    variables: { postingId: id, status, page: { page, pageSize: PAGE_SIZE } }, fetchPolicy: 'network-only',
  });
  const announce = useAnnounce();
  const [move] = useMutation(MOVE);
  const [rejecting, setRejecting] = useState<Applicant | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (loading && !data) return <Loading />;
  if (error && !data) {
    return (
      <Page title={t('applicants.title')}>
        <Notice tone="error"><p>{describeError(error).code === 'NOT_FOUND' ? t('job.notFoundBody') : t('error.loadFailed')}</p></Notice>
        <p><Link to="/employer/postings">{t('nav.postings')}</Link></p>
      </Page>
    );
  }
  const posting = data!.posting;
  const list = data!.applicationsForPosting;

  const doMove = async (a: Applicant, to: ApplicationStatus) => {
    setProblem(null);
    try {
      await move({ variables: { input: { applicationId: a.id, to } } });
      announce(t('applicants.moved', { name: a.seeker.name, status: label('ApplicationStatus', to) }));
      setTimeout(() => document.getElementById(`applicant-${a.id}`)?.focus(), 0);
    } catch (err) {
      setProblem(describeError(err).message ?? t('error.generic'));
    }
  };

  const applyFilter = (e: FormEvent) => {
    e.preventDefault();
    setParams(filter ? { status: filter } : {});
  };

  return mark(
    <Page title={t('applicants.title')} heading={t('applicants.heading', { title: posting.title })}
      documentTitle={t('applicants.heading', { title: posting.title })}>
      <p>{t('applicants.summary', { count: list.total, left: posting.openingsLeft, openings: posting.openings })}</p>
      <ul className="meta">
        <li><Link to={`/jobs/${posting.id}`}>{t('applicants.viewPosting')}</Link></li>
        {posting.status !== 'CLOSED' && <li><Link to={`/employer/postings/${posting.id}/candidates`}>{t('candidates.link')}</Link></li>}
      </ul>
      <form onSubmit={applyFilter} className="input-with-button" aria-label={t('applicants.filterLabel')}>
        <SelectField id="applicants-status" label={t('applicants.filter')} value={filter} placeholder={t('applicants.allStatuses')}
          onChange={(e) => setFilter(e.currentTarget.value)}
          options={APPLICATION_STATUSES.map((s) => ({ value: s, label: label('ApplicationStatus', s) }))} />
        <div><Button type="submit" variant="secondary">{t('applicants.filterButton')}</Button></div>
      </form>
      {problem && <Notice tone="error" role="alert">{problem}</Notice>}
      <p role="status">{t('applicants.count', { count: list.total })}</p>
      {list.items.length === 0 ? <p>{t('applicants.none')}</p> : (
        <ul className="card-list">
          {list.items.map((a) => (
            <li key={a.id}>
              <ApplicantCard
                applicant={a}
                moves={a.moves.filter((s) => s !== 'REJECTED')}
                canReject={a.moves.includes('REJECTED')}
                onMove={(to) => void doMove(a, to)}
                onReject={() => setRejecting(a)}
              />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} total={list.total}
        hrefFor={(p) => `?${new URLSearchParams({ ...(status ? { status } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`} />
      <RejectDialog applicant={rejecting} onDone={() => setRejecting(null)} />
    </Page>
  );
}

function RejectDialog({ applicant, onDone }: { applicant: Applicant | null; onDone: () => void }) {
  const mark = useMark();
  const { t, label } = useI18n();
  const announce = useAnnounce();
  const [reason, setReason] = useState('');
  const errors = useFormErrors<'reason'>([['reason', 'reject-reason']]);
  const [move, { loading }] = useMutation(MOVE);
  const returnTo = useRef<HTMLElement | null>(null);

  const close = () => {
    setReason('');
    errors.clear();
    onDone();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!applicant || loading) return;
    if (!reason.trim()) return errors.fail({ reason: t('applicants.reasonRequired') });
    returnTo.current = document.getElementById(`applicant-${applicant.id}`);
    try {
      await move({ variables: { input: { applicationId: applicant.id, to: 'REJECTED', reason: reason.trim() } } });
      announce(t('applicants.moved', { name: applicant.seeker.name, status: label('ApplicationStatus', 'REJECTED') }));
      close();
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Dialog open={!!applicant} title={t('applicants.rejectTitle', { name: applicant?.seeker.name ?? '' })} onClose={close} returnFocus={returnTo}>
      <form onSubmit={submit} noValidate>
        <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
        <TextArea id="reject-reason" label={t('applicants.reason')} hint={t('applicants.reasonHint')} required error={errors.fields.reason}
          value={reason} rows={4} maxLength={1000} onChange={(e) => setReason(e.currentTarget.value)} />
        <ButtonRow>
          <Button type="submit" variant="danger" aria-disabled={loading || undefined}>{t('applicants.rejectConfirm')}</Button>
          <Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>
        </ButtonRow>
      </form>
    </Dialog>
  );
}
