// One of the employer's booths: its status (and the reason when declined), the positions it shows (changed
// here; an invitation is accepted here with them), the people who applied at the event, and withdrawing.
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { DataTable } from '../../../components/DataTable';
import { Dialog } from '../../../components/Dialog';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { BoothStatusBadge } from '../BoothStatusBadge';
import { useEventTime, usePlace } from '../EventParts';
import { BOOTH_POSTING_OPTIONS, BoothPostingsPicker } from './BoothPostingsPicker';
import { useMark } from '../../../components/Lang';

const MY_BOOTH = graphql(`
  query MyBoothDetail {
    myBooths {
      id status note declineReason createdAt decidedAt postingIds
      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }
      postings { id title reserved }
      applicants {
        id status createdAt
        seeker { id name }
        posting { id title }
      }
    }
  }
`);

const ACCEPT_INVITATION = graphql(`
  mutation AcceptBoothInvitation($boothId: ID!, $postingIds: [ID!]!) {
    acceptBoothInvitation(boothId: $boothId, postingIds: $postingIds) { id status postingIds postings { id title reserved } }
  }
`);

const SET_POSTINGS = graphql(`
  mutation SetBoothPostings($boothId: ID!, $postingIds: [ID!]!) {
    setBoothPostings(boothId: $boothId, postingIds: $postingIds) { id postingIds postings { id title reserved } }
  }
`);

const WITHDRAW_BOOTH = graphql(`
  mutation WithdrawBooth($boothId: ID!) { withdrawBooth(boothId: $boothId) { id status } }
`);

type Field = 'postingIds';
const ORDER = [['postingIds', 'booth-edit-postings-0']] as const;

export function BoothPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const when = useEventTime();
  const place = usePlace();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(MY_BOOTH, { fetchPolicy: 'network-only' });
  const options = useQuery(BOOTH_POSTING_OPTIONS, { fetchPolicy: 'network-only' });
  const [chosen, setChosen] = useState<string[] | null>(null);
  const errors = useFormErrors<Field>(ORDER);
  const [accept, { loading: accepting }] = useMutation(ACCEPT_INVITATION, { refetchQueries: ['MyBoothDetail'] });
  const [save, { loading: saving }] = useMutation(SET_POSTINGS, { refetchQueries: ['MyBoothDetail'] });
  const [withdrawOpen, setWithdrawOpen] = useState(false);

  if ((loading && !data) || (options.loading && !options.data)) return <Loading />;
  const booth = data?.myBooths.find((b) => b.id === id);
  if (error || !booth) {
    return (
      <Page title={t('events.booth.notFound')}>
        <p>{error ? t('error.tryAgainLater') : t('events.booth.notFoundBody')}</p>
        <p><Link to="/employer/events">{t('events.employer.title')}</Link></p>
      </Page>
    );
  }
  const e = booth.event;
  const value = chosen ?? booth.postingIds;
  const invited = booth.status === 'INVITED';
  const editable = ['INVITED', 'APPLIED', 'APPROVED'].includes(booth.status) && ['DRAFT', 'PUBLISHED'].includes(e.status);
  const applicants = booth.applicants ?? [];

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (accepting || saving) return;
    try {
      if (invited) {
        await accept({ variables: { boothId: booth.id, postingIds: value } });
        errors.clear();
        announce(t('events.booth.accepted', { title: e.title }));
      } else {
        await save({ variables: { boothId: booth.id, postingIds: value } });
        errors.clear();
        announce(t('events.booth.postingsSaved'));
      }
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Page title={t('events.booth.pageTitle', { title: e.title })} hasErrors={errors.hasErrors}>
      <dl className="facts">
        <dt>{t('events.when')}</dt><dd>{when(e)}</dd>
        <dt>{t('events.where')}</dt><dd>{place(e)}</dd>
        <dt>{t('events.booth.status')}</dt><dd><BoothStatusBadge status={booth.status} /></dd>
        {booth.declineReason && (<><dt>{t('events.booth.declineReason')}</dt><dd>{booth.declineReason}</dd></>)}
      </dl>
      <p><Link to={`/events/${e.id}`}>{t('events.booth.seeEvent')}</Link></p>
      {invited && <Notice><p>{t('events.booth.invitedHelp')}</p></Notice>}

      <section aria-labelledby="booth-postings-title">
        <h2 id="booth-postings-title">{t('events.booth.postings')}</h2>
        <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
        {editable ? (
          <form onSubmit={submit} noValidate>
            <BoothPostingsPicker id="booth-edit-postings" postings={options.data?.myPostings.items ?? []} value={value}
              onChange={setChosen} error={errors.fields.postingIds} />
            <ButtonRow>
              <Button type="submit" aria-disabled={accepting || saving || undefined}>
                {invited ? t('events.booth.acceptSubmit') : t('events.booth.saveSubmit')}
              </Button>
              <Button variant="secondary" onClick={() => setWithdrawOpen(true)}>
                {invited ? t('events.booth.decline') : t('events.booth.withdraw')}
              </Button>
            </ButtonRow>
          </form>
        ) : (
          booth.postings.length === 0 ? <p>{t('events.booth.noPostings')}</p> : (
            <ul>{booth.postings.map((p) => <li key={p.id}><Link to={`/jobs/${p.id}`}>{p.title}</Link></li>)}</ul>
          )
        )}
      </section>

      <section aria-labelledby="booth-applicants-title">
        <h2 id="booth-applicants-title">{t('events.booth.applicants')}</h2>
        {applicants.length === 0 ? <p>{t('events.booth.noApplicants')}</p> : (
          <DataTable
            caption={t('events.booth.applicantsCaption', { count: applicants.length })}
            rows={applicants}
            rowKey={(a) => a.id}
            columns={[
              { key: 'name', header: t('events.booth.colName'), rowHeader: true, cell: (a) => a.seeker.name },
              { key: 'posting', header: t('events.booth.colPosting'), cell: (a) => (
                <Link to={`/employer/postings/${a.posting.id}/applicants`}>{a.posting.title}</Link>
              ) },
              { key: 'date', header: t('events.booth.colDate'), cell: (a) => formatDate(a.createdAt) },
              { key: 'status', header: t('events.booth.colStatus'), cell: (a) => <StatusBadge status={a.status} /> },
            ]}
          />
        )}
      </section>
      <WithdrawDialog open={withdrawOpen} boothId={booth.id} invited={invited} title={e.title}
        onClose={() => setWithdrawOpen(false)}
        onDone={(flash) => navigate('/employer/events', { state: { flash } })} />
    </Page>
  );
}

function WithdrawDialog({ open, boothId, invited, title, onClose, onDone }: {
  open: boolean; boothId: string; invited: boolean; title: string; onClose: () => void; onDone: (flash: string) => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const [withdraw, { loading }] = useMutation(WITHDRAW_BOOTH, { refetchQueries: ['EmployerEvents'] });
  const [problem, setProblem] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const confirm = async () => {
    if (loading) return;
    try {
      await withdraw({ variables: { boothId } });
      onClose();
      onDone(t(invited ? 'events.booth.declinedDone' : 'events.booth.withdrawn', { title }));
    } catch (err) {
      setProblem(describeError(err).message ?? t('error.generic'));
    }
  };
  return mark(
    <Dialog open={open} title={invited ? t('events.booth.declineTitle') : t('events.booth.withdrawTitle')} onClose={() => { setProblem(null); onClose(); }} initialFocus={keep}>
      <p>{t(invited ? 'events.booth.declineBody' : 'events.booth.withdrawBody', { title })}</p>
      {problem && <Notice tone="error" role="alert">{problem}</Notice>}
      <ButtonRow>
        <Button variant="danger" onClick={confirm} aria-disabled={loading || undefined}>{invited ? t('events.booth.declineConfirm') : t('events.booth.withdrawConfirm')}</Button>
        <Button variant="secondary" ref={keep} onClick={() => { setProblem(null); onClose(); }}>{t('events.booth.keep')}</Button>
      </ButtonRow>
    </Dialog>
  );
}
