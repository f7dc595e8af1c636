// Staff run one event from here: its status and the next step (publish, cancel with a reason, finish), a live
// overview (registrations, waiting list, check-ins, service requests against what is on offer, booths),
// booth decisions, invitations, and the way to the registrations, check-in and outcomes.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { DataTable } from '../../../components/DataTable';
import { Dialog } from '../../../components/Dialog';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextArea } from '../../../components/fields';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { ReservedBadge } from '../../../components/posting';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { StaffEventQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { BoothStatusBadge } from '../BoothStatusBadge';
import { EVENT_SERVICES, SERVICE_ICON } from '../event-enums';
import { EventStatusBadge, useEventTime, usePlace } from '../EventParts';
import { useEventText } from '../event-text';
import { useFocusLater } from '../useFocusLater';
import { ReadOnlyNotice, useLoadProblem } from './EventAccess';
import { useMark } from '../../../components/Lang';
import { DeliveryReport } from '../../../components/DeliveryReport';

const STAFF_EVENT = graphql(`
  query StaffEvent($id: ID!) {
    event(id: $id) {
      id title kind mode status startsAt endsAt venueName address cancelReason seekerCapacity boothLimit openToBoothApplications canManage
      county { code nameZh nameEn }
      overview {
        registered waitlisted checkedIn cancelled
        services { service requested offered shortage }
        booths { invited applied approved declined withdrawn limit }
      }
      booths {
        id status note declineReason createdAt
        organization { id name type }
        postings { id title reserved }
      }
    }
  }
`);

const PUBLISH_EVENT = graphql(`
  mutation PublishEvent($id: ID!) { publishEvent(id: $id) { id status } }
`);
const CANCEL_EVENT = graphql(`
  mutation CancelEvent($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { id status cancelReason } }
`);
const FINISH_EVENT = graphql(`
  mutation FinishEvent($id: ID!) { finishEvent(id: $id) { id status } }
`);
const DECIDE_BOOTH = graphql(`
  mutation DecideBooth($boothId: ID!, $approve: Boolean!, $reason: String) {
    decideBooth(boothId: $boothId, approve: $approve, reason: $reason) { id status declineReason decidedAt }
  }
`);
const INVITE_ORGANIZATIONS = graphql(`
  query InviteOrganizations {
    organizations(filter: { verificationStatus: VERIFIED }, page: { page: 1, pageSize: 100 }) { items { id name } }
  }
`);
const INVITE = graphql(`
  mutation InviteToEvent($eventId: ID!, $organizationId: ID!) { inviteToEvent(eventId: $eventId, organizationId: $organizationId) { id status } }
`);

type EventData = StaffEventQuery['event'];
type Booth = EventData['booths'][number];
// "live": the numbers refresh while the page is open (e.g. on the day, as people check in)
const POLL_MS = 30_000;

export function StaffEventPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t, formatDateTime } = useI18n();
  const text = useEventText();
  const when = useEventTime();
  const place = usePlace();
  const announce = useAnnounce();
  const { data, loading, error, refetch } = useQuery(STAFF_EVENT, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [updatedAt, setUpdatedAt] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => {
      refetch().then(() => setUpdatedAt(new Date().toISOString())).catch(() => { /* the next round tries again */ });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [refetch]);
  const [problem, setProblem] = useState<string | null>(null);
  const [publish, { loading: publishing }] = useMutation(PUBLISH_EVENT, { refetchQueries: ['StaffEvent'] });
  const [dialog, setDialog] = useState<null | 'cancel' | 'finish'>(null);
  const [declining, setDeclining] = useState<Booth | null>(null);
  const [decide] = useMutation(DECIDE_BOOTH, { refetchQueries: ['StaffEvent'], awaitRefetchQueries: true });
  const focusLater = useFocusLater();
  const loadProblem = useLoadProblem();

  if (loading && !data) return <Loading />;
  if (error && !data) {
    return (
      <Page title={t('events.notFoundTitle')}>
        <p>{loadProblem(error)}</p>
        <p><Link to="/staff/events">{t('events.staff.title')}</Link></p>
      </Page>
    );
  }
  const e = data!.event;
  const o = e.overview;
  // staff of another county: the event is shown, its controls are not (the server would refuse them)
  const manage = e.canManage;
  const live = manage && (e.status === 'DRAFT' || e.status === 'PUBLISHED');
  // finishing counts the outcomes: the server refuses it before the start, so the button waits too
  const started = new Date(e.startsAt).getTime() <= Date.now();

  const doPublish = async () => {
    setProblem(null);
    try {
      await publish({ variables: { id: e.id } });
      announce(t('events.staff.published', { title: e.title }));
      setTimeout(() => document.getElementById('event-status-title')?.focus(), 0);
    } catch (err) {
      setProblem(describeError(err).message ?? t('error.generic'));
    }
  };
  const approve = async (b: Booth) => {
    setProblem(null);
    try {
      await decide({ variables: { boothId: b.id, approve: true } });
      announce(t('events.staff.boothApproved', { name: b.organization.name }));
      // the row's buttons go away once decided: focus continues from the organization's name
      focusLater(`booth-row-${b.id}`, () => !document.getElementById(`approve-${b.id}`));
    } catch (err) {
      setProblem(describeError(err).message ?? t('error.generic'));
    }
  };
  const refresh = async () => {
    await refetch();
    setUpdatedAt(new Date().toISOString());
    announce(t('events.staff.refreshed'));
  };

  return mark(
    <Page title={e.title}>
      <section aria-labelledby="event-status-title">
        <h2 id="event-status-title" tabIndex={-1}>{t('events.staff.statusTitle')}</h2>
        <dl className="facts">
          <dt>{t('events.staff.status')}</dt><dd><EventStatusBadge status={e.status} /></dd>
          <dt>{t('events.when')}</dt><dd>{when(e)}</dd>
          <dt>{t('events.where')}</dt><dd>{place(e)}</dd>
          <dt>{t('events.staff.colKind')}</dt><dd>{`${text.kind(e.kind)}${t('common.listSeparator')}${text.mode(e.mode)}`}</dd>
          {e.cancelReason && (<><dt>{t('events.staff.cancelReason')}</dt><dd>{e.cancelReason}</dd></>)}
        </dl>
        {!manage && <ReadOnlyNotice event={e} />}
        {manage && e.status === 'DRAFT' && <Notice><p>{t('events.staff.draftHelp')}</p></Notice>}
        {manage && e.status === 'PUBLISHED' && !started && <p className="hint">{t('events.staff.finishAfterStart')}</p>}
        {problem && <Notice tone="error" role="alert">{problem}</Notice>}
        {live && <ButtonRow>
          {(e.status === 'DRAFT' || e.status === 'PUBLISHED') && <ButtonLink to={`/staff/events/${e.id}/edit`} variant="secondary">{t('events.staff.edit')}</ButtonLink>}
          {e.status === 'DRAFT' && <Button onClick={() => void doPublish()} aria-disabled={publishing || undefined}>{t('events.staff.publish')}</Button>}
          {e.status === 'PUBLISHED' && started && <Button variant="secondary" id="event-finish" onClick={() => setDialog('finish')}>{t('events.staff.finish')}</Button>}
          {(e.status === 'DRAFT' || e.status === 'PUBLISHED') && <Button variant="danger" id="event-cancel" onClick={() => setDialog('cancel')}>{t('events.staff.cancel')}</Button>}
        </ButtonRow>}
        <nav aria-label={t('events.staff.toolsLabel')}>
          <ul className="tool-links">
            {manage && <li><Link to={`/staff/events/${e.id}/registrations`}>{t('events.staff.registrationsLink')}</Link></li>}
            {manage && e.status === 'PUBLISHED' && <li><Link to={`/staff/events/${e.id}/check-in`}>{t('events.staff.checkInLink')}</Link></li>}
            {manage && <li><Link to={`/staff/events/${e.id}/outcomes`}>{t('events.staff.outcomesLink')}</Link></li>}
            {e.status !== 'DRAFT' && <li><Link to={`/events/${e.id}`}>{t('events.staff.publicPage')}</Link></li>}
          </ul>
        </nav>
      </section>

      {o && (
        <section aria-labelledby="overview-title">
          <h2 id="overview-title">{t('events.staff.overviewTitle')}</h2>
          <p className="muted">{t('events.staff.updatedAt', { time: formatDateTime(updatedAt) })} <Button variant="quiet" onClick={() => void refresh()}>{t('events.staff.refresh')}</Button></p>
          <dl className="stat-grid">
            <div><dt>{t('events.staff.registered')}</dt><dd>{t('events.staff.ofCapacity', { count: o.registered, capacity: e.seekerCapacity })}</dd></div>
            <div><dt>{t('events.staff.waitlisted')}</dt><dd>{o.waitlisted}</dd></div>
            <div><dt>{t('events.staff.checkedIn')}</dt><dd>{o.checkedIn}</dd></div>
            <div><dt>{t('events.staff.cancelledCount')}</dt><dd>{o.cancelled}</dd></div>
          </dl>
          <DataTable
            caption={t('events.staff.servicesCaption')}
            rows={[...o.services].sort((a, b) => EVENT_SERVICES.indexOf(a.service) - EVENT_SERVICES.indexOf(b.service))}
            rowKey={(s) => s.service}
            columns={[
              { key: 'service', header: t('events.staff.colService'), rowHeader: true, cell: (s) => <><Icon name={SERVICE_ICON[s.service]} small /> {text.service(s.service)}</> },
              { key: 'requested', header: t('events.staff.colRequested'), cell: (s) => s.requested },
              { key: 'offered', header: t('events.staff.colOffered'), cell: (s) => s.offered },
              { key: 'balance', header: t('events.staff.colBalance'), cell: (s) => (s.shortage > 0
                ? <strong className="shortage"><Icon name="info" small /> {t('events.staff.shortage', { count: s.shortage })}</strong>
                : <span><Icon name="check" small /> {t('events.staff.enough')}</span>) },
            ]}
          />
          {o.services.some((s) => s.shortage > 0) && <Notice tone="warning"><p>{t('events.staff.shortageHelp')}</p></Notice>}
        </section>
      )}

      <section aria-labelledby="booths-title">
        <h2 id="booths-title">{t('events.staff.boothsTitle')}</h2>
        {o && (
          <p>{t('events.staff.boothCounts', { approved: o.booths.approved, limit: o.booths.limit, applied: o.booths.applied, invited: o.booths.invited })}</p>
        )}
        {e.booths.length === 0 ? <p>{t('events.staff.noBooths')}</p> : (
          <DataTable
            caption={t('events.staff.boothsCaption', { count: e.booths.length })}
            rows={e.booths}
            rowKey={(b) => b.id}
            columns={[
              { key: 'org', header: t('events.staff.colOrganization'), rowHeader: true, cell: (b) => <span id={`booth-row-${b.id}`} tabIndex={-1}>{b.organization.name}</span> },
              { key: 'status', header: t('events.booth.status'), cell: (b) => (
                <>
                  <BoothStatusBadge status={b.status} />
                  {b.declineReason && <p>{t('events.staff.declinedBecause', { reason: b.declineReason })}</p>}
                </>
              ) },
              { key: 'postings', header: t('events.booth.postings'), cell: (b) => (b.postings.length === 0 ? t('events.booth.noPostings') : (
                <ul className="plain-list">{b.postings.map((p) => <li key={p.id}>{p.title}{p.reserved && <> <ReservedBadge /></>}</li>)}</ul>
              )) },
              { key: 'note', header: t('events.staff.colNote'), cell: (b) => b.note || t('common.none') },
              ...(!manage ? [] : [{ key: 'actions', header: t('events.staff.colActions'), cell: (b: Booth) => (b.status === 'APPLIED' ? (
                <ul className="meta">
                  <li><Button variant="secondary" id={`approve-${b.id}`} onClick={() => void approve(b)}>{t('events.staff.approve')}<span className="visually-hidden">{t('common.colon')}{b.organization.name}</span></Button></li>
                  <li><Button variant="secondary" id={`decline-${b.id}`} onClick={() => setDeclining(b)}>{t('events.staff.decline')}<span className="visually-hidden">{t('common.colon')}{b.organization.name}</span></Button></li>
                </ul>
              ) : t('common.none')) }]),
            ]}
          />
        )}
        {live && <InviteForm eventId={e.id} invited={new Set(e.booths.map((b) => b.organization.id))} />}
      </section>

      {manage && e.status === 'CANCELLED' && <DeliveryReport eventId={e.id} />}
      <CancelEventDialog open={dialog === 'cancel'} eventId={e.id} title={e.title} onClose={() => setDialog(null)}
        onDone={() => focusLater('event-status-title', () => !document.getElementById('event-cancel'))} />
      <FinishEventDialog open={dialog === 'finish'} eventId={e.id} title={e.title} onClose={() => setDialog(null)}
        onDone={() => focusLater('event-status-title', () => !document.getElementById('event-finish'))} />
      <DeclineBoothDialog booth={declining} onClose={() => setDeclining(null)}
        onDecline={async (b, reason) => {
          await decide({ variables: { boothId: b.id, approve: false, reason } });
          announce(t('events.staff.boothDeclined', { name: b.organization.name }));
          focusLater(`booth-row-${b.id}`, () => !document.getElementById(`decline-${b.id}`));
        }} />
    </Page>
  );
}

function InviteForm({ eventId, invited }: { eventId: string; invited: Set<string> }) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const { data } = useQuery(INVITE_ORGANIZATIONS, { fetchPolicy: 'cache-first' });
  const [organizationId, setOrganizationId] = useState('');
  const errors = useFormErrors<'organizationId'>([['organizationId', 'invite-org']]);
  const [invite, { loading }] = useMutation(INVITE, { refetchQueries: ['StaffEvent'] });
  const options = (data?.organizations.items ?? []).filter((o) => !invited.has(o.id)).map((o) => ({ value: o.id, label: o.name }));
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    if (!organizationId) return errors.fail({ organizationId: t('events.staff.inviteChoose') });
    try {
      await invite({ variables: { eventId, organizationId } });
      const name = options.find((o) => o.value === organizationId)?.label ?? '';
      errors.clear();
      setOrganizationId('');
      announce(t('events.staff.invited', { name }));
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };
  return mark(
    <form onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h3 id="invite-title">{t('events.staff.inviteTitle')}</h3>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <SelectField id="invite-org" label={t('events.staff.inviteOrganization')} hint={t('events.staff.inviteHint')} error={errors.fields.organizationId}
        value={organizationId} placeholder={t('form.choose')} options={options} onChange={(x) => setOrganizationId(x.currentTarget.value)} />
      <Button type="submit" variant="secondary" aria-disabled={loading || undefined}>{t('events.staff.inviteSubmit')}</Button>
    </form>
  );
}

/** The buttons for a live event go away with it: onDone lets the page move focus to the status heading. */
function CancelEventDialog({ open, eventId, title, onClose, onDone }: {
  open: boolean; eventId: string; title: string; onClose: () => void; onDone: () => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [reason, setReason] = useState('');
  const errors = useFormErrors<'reason'>([['reason', 'cancel-reason']]);
  const [cancel, { loading }] = useMutation(CANCEL_EVENT, { refetchQueries: ['StaffEvent'], awaitRefetchQueries: true });
  const close = () => {
    setReason('');
    errors.clear();
    onClose();
  };
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    if (!reason.trim()) return errors.fail({ reason: t('events.staff.cancelReasonRequired') });
    if (reason.length > 1000) return errors.fail({ reason: t('form.tooLong', { max: 1000 }) });
    try {
      await cancel({ variables: { id: eventId, reason: reason.trim() } });
      announce(t('events.staff.cancelled', { title }));
      close();
      onDone();
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };
  return mark(
    <Dialog open={open} title={t('events.staff.cancelTitle', { title })} onClose={close}>
      <form onSubmit={submit} noValidate>
        <p>{t('events.staff.cancelBody')}</p>
        <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
        <TextArea id="cancel-reason" label={t('events.staff.cancelReason')} hint={t('events.staff.cancelReasonHint')} required rows={3}
          error={errors.fields.reason} value={reason} onChange={(x) => setReason(x.currentTarget.value)} />
        <ButtonRow>
          <Button type="submit" variant="danger" aria-disabled={loading || undefined}>{t('events.staff.cancelConfirm')}</Button>
          <Button variant="secondary" onClick={close}>{t('events.staff.keepEvent')}</Button>
        </ButtonRow>
      </form>
    </Dialog>
  );
}

function FinishEventDialog({ open, eventId, title, onClose, onDone }: {
  open: boolean; eventId: string; title: string; onClose: () => void; onDone: () => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [finish, { loading }] = useMutation(FINISH_EVENT, { refetchQueries: ['StaffEvent'], awaitRefetchQueries: true });
  const [problem, setProblem] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const close = () => {
    setProblem(null);
    onClose();
  };
  const confirm = async () => {
    if (loading) return;
    try {
      await finish({ variables: { id: eventId } });
      announce(t('events.staff.finished', { title }));
      close();
      onDone();
    } catch (err) {
      setProblem(describeError(err).message ?? t('error.generic'));
    }
  };
  return mark(
    <Dialog open={open} title={t('events.staff.finishTitle', { title })} onClose={close} initialFocus={keep}>
      <p>{t('events.staff.finishBody')}</p>
      {problem && <Notice tone="error" role="alert">{problem}</Notice>}
      <ButtonRow>
        <Button onClick={() => void confirm()} aria-disabled={loading || undefined}>{t('events.staff.finishConfirm')}</Button>
        <Button variant="secondary" ref={keep} onClick={close}>{t('events.staff.notYet')}</Button>
      </ButtonRow>
    </Dialog>
  );
}

function DeclineBoothDialog({ booth, onClose, onDecline }: {
  booth: Booth | null; onClose: () => void; onDecline: (b: Booth, reason: string) => Promise<void>;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors<'reason'>([['reason', 'decline-reason']]);
  const close = () => {
    setReason('');
    errors.clear();
    onClose();
  };
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!booth || busy) return;
    if (!reason.trim()) return errors.fail({ reason: t('events.staff.declineReasonRequired') });
    setBusy(true);
    try {
      await onDecline(booth, reason.trim());
      close();
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    } finally {
      setBusy(false);
    }
  };
  return mark(
    <Dialog open={!!booth} title={t('events.staff.declineTitle', { name: booth?.organization.name ?? '' })} onClose={close}>
      <form onSubmit={submit} noValidate>
        <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
        <TextArea id="decline-reason" label={t('events.staff.declineReason')} hint={t('events.staff.declineReasonHint')} required rows={3}
          error={errors.fields.reason} value={reason} onChange={(x) => setReason(x.currentTarget.value)} />
        <ButtonRow>
          <Button type="submit" variant="danger" aria-disabled={busy || undefined}>{t('events.staff.declineConfirm')}</Button>
          <Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>
        </ButtonRow>
      </form>
    </Dialog>
  );
}
