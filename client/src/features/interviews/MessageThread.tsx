// The text thread of an application, for deaf seekers first: messages are plain text (React writes them as text,
// never HTML), new ones from the other side are announced politely, reading the thread marks it read, and focus
// stays in the message box after sending. The seeker can invite staff of their county; either side can report a
// message; staff in scope can close the thread.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonRow } from '../../components/Button';
import { TextDialog } from '../../components/TextDialog';
import { SelectField, TextArea } from '../../components/fields';
import { useMark } from '../../components/Lang';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { graphql } from '../../gql';
import type { ApplicationMessagesQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/graphql-errors';
import { senderKey } from './interview-labels';


/** Everything the thread shows: the query and sending a message answer with the same fields. */
graphql(`
  fragment ThreadFields on MessageThreadModel {
    applicationId unread closedAt closeReason canWrite canClose canInviteStaff maxLength
    invitedStaff { userId displayName }
    messages { id body senderRole senderName mine reportedByMe createdAt }
  }
`);

export const APPLICATION_MESSAGES = graphql(`
  query ApplicationMessages($applicationId: ID!) {
    applicationMessages(applicationId: $applicationId) { ...ThreadFields }
  }
`);

const SEND = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) { ...ThreadFields }
  }
`);

const MARK_READ = graphql(`
  mutation MarkMessagesRead($applicationId: ID!) {
    markMessagesRead(applicationId: $applicationId) { applicationId unread }
  }
`);

const STAFF_CANDIDATES = graphql(`
  query ThreadStaffCandidates($applicationId: ID!) {
    threadStaffCandidates(applicationId: $applicationId) { userId displayName }
  }
`);

const INVITE = graphql(`
  mutation InviteStaffToThread($input: InviteStaffToThreadInput!) {
    inviteStaffToThread(input: $input) { applicationId canInviteStaff invitedStaff { userId displayName } }
  }
`);

const REPORT = graphql(`
  mutation ReportMessage($input: ReportMessageInput!) { reportMessage(input: $input) }
`);

const CLOSE = graphql(`
  mutation CloseThread($input: CloseThreadInput!) {
    closeThread(input: $input) { applicationId closedAt closeReason canWrite canClose canInviteStaff }
  }
`);

type Thread = ApplicationMessagesQuery['applicationMessages'];
type Message = Thread['messages'][number];

/** How often the thread looks for new messages while it is open. */
const POLL_MS = 15_000;

export function MessageThread({ applicationId, headingLevel = 2 }: { applicationId: string; headingLevel?: 2 | 3 }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const [polling, setPolling] = useState(true);
  // readers who only read (staff in scope, each read logged) do not poll; the two sides and invited staff do
  const { data, loading, error, refetch } = useQuery(APPLICATION_MESSAGES, {
    variables: { applicationId }, pollInterval: polling ? POLL_MS : 0, fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MARK_READ);
  const [send, { loading: sending }] = useMutation(SEND);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reporting, setReporting] = useState<Message | null>(null);
  const [closing, setClosing] = useState(false);
  const boxId = `msg-body-${applicationId}`;
  const focusBox = () => document.getElementById(boxId)?.focus();
  const seen = useRef<number | null>(null);
  const thread = data?.applicationMessages;

  // new messages from others, after the first load: announced once, politely; then marked read
  useEffect(() => {
    if (!thread) return;
    setPolling(thread.canWrite);
    const fromOthers = thread.messages.filter((m) => !m.mine).length;
    if (seen.current !== null && fromOthers > seen.current) announce(t('msg.newArrived', { count: fromOthers - seen.current }));
    seen.current = fromOthers;
    if (thread.unread > 0) void markRead({ variables: { applicationId } }).catch(() => undefined);
  }, [thread, announce, t, markRead, applicationId]);

  if (loading && !thread) return <Loading />;
  if (error || !thread) return mark(<Notice tone="error">{t('error.loadFailed')}</Notice>);

  const H = `h${headingLevel}` as 'h2' | 'h3';
  const max = thread.maxLength;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const text = body.trim();
    if (!text) {
      setProblem(t('msg.empty'));
      focusBox();
      return;
    }
    if (text.length > max) {
      setProblem(t('form.tooLong', { max }));
      focusBox();
      return;
    }
    try {
      // the thread has no id of its own: the answer replaces the query's copy
      await send({
        variables: { input: { applicationId, body: text } },
        update: (cache, r) => {
          if (r.data) cache.writeQuery({ query: APPLICATION_MESSAGES, variables: { applicationId }, data: { applicationMessages: r.data.sendMessage } });
        },
      });
      setBody('');
      setProblem(null);
      announce(t('msg.sent'));
    } catch (err) {
      const d = describeError(err);
      setProblem(d.fields['body'] ?? d.message ?? t('error.generic'));
    }
    focusBox();
  };

  return mark(
    <section aria-labelledby={`thread-${applicationId}`} className="message-thread">
      <H id={`thread-${applicationId}`}>{t('msg.section')}</H>
      <p>{t('msg.intro', { max })}</p>
      {thread.invitedStaff.length > 0 && (
        <p>{t('msg.invitedStaff', { names: thread.invitedStaff.map((s) => s.displayName).join(t('common.listSeparator')) })}</p>
      )}
      {thread.closedAt && <Notice tone="warning"><p>{t('msg.closed', { reason: thread.closeReason ?? '' })}</p></Notice>}
      {notice && <Notice tone="success"><p>{notice}</p></Notice>}
      {thread.messages.length === 0 ? <p>{t('msg.none')}</p> : (
        <ol className="message-list" aria-label={t('msg.section')}>
          {thread.messages.map((m) => (
            <li key={m.id} className={m.mine ? 'message mine' : 'message'}>
              <p className="message-meta">
                <strong>{m.mine ? t('msg.me') : t('msg.sender', { who: t(senderKey(m.senderRole)), name: m.senderName })}</strong>
                {t('common.colon')}<time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
              </p>
              <p className="message-body">{m.body}</p>
              {!m.mine && (m.reportedByMe
                ? <p className="hint">{t('msg.reported')}</p>
                : thread.canWrite && (
                  <Button variant="secondary" onClick={() => setReporting(m)}>
                    {t('msg.report')}<span className="visually-hidden">{t('common.colon')}{m.body.slice(0, 30)}</span>
                  </Button>
                ))}
            </li>
          ))}
        </ol>
      )}
      {thread.canWrite ? (
        <form onSubmit={submit} noValidate aria-label={t('msg.send')}>
          <TextArea id={boxId} label={t('msg.body')} hint={t('msg.bodyHint', { max, count: body.length })}
            error={problem ?? undefined} value={body} onChange={(e) => setBody(e.currentTarget.value)} rows={3} maxLength={max} />
          <ButtonRow>
            <Button type="submit" aria-disabled={sending || undefined}>{t('msg.send')}</Button>
          </ButtonRow>
        </form>
      ) : !thread.closedAt && <p>{t('msg.readOnly')}</p>}
      {thread.canInviteStaff && <InviteStaff applicationId={applicationId} onInvited={(name) => { setNotice(t('msg.invited', { name })); announce(t('msg.invited', { name })); }} />}
      {thread.canClose && (
        <ButtonRow><Button variant="danger" onClick={() => setClosing(true)}>{t('msg.closeThread')}</Button></ButtonRow>
      )}
      <ReportDialog message={reporting} onDone={(done) => { setReporting(null); if (done) { announce(t('msg.reportDone')); void refetch(); } }} />
      <CloseDialog applicationId={applicationId} open={closing} onDone={(done) => { setClosing(false); if (done) announce(t('msg.closeDone')); }} />
    </section>
  );
}

function InviteStaff({ applicationId, onInvited }: { applicationId: string; onInvited: (name: string) => void }) {
  const mark = useMark();
  const { t } = useI18n();
  const { data } = useQuery(STAFF_CANDIDATES, { variables: { applicationId } });
  const [invite, { loading }] = useMutation(INVITE);
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const staff = data?.threadStaffCandidates ?? [];
  const id = `invite-${applicationId}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    if (!chosen) {
      setProblem(t('iv.required', { field: t('msg.staffMember') }));
      document.getElementById(id)?.focus();
      return;
    }
    try {
      await invite({ variables: { input: { applicationId, staffUserId: chosen } } });
      setProblem(null);
      onInvited(staff.find((s) => s.userId === chosen)?.displayName ?? '');
    } catch (err) {
      const d = describeError(err);
      setProblem(d.fields['staffUserId'] ?? d.message ?? t('error.generic'));
    }
  };
  if (!data) return null;
  return mark(
    <form onSubmit={submit} noValidate aria-label={t('msg.inviteStaff')} className="invite-staff">
      <h3>{t('msg.inviteStaff')}</h3>
      {staff.length === 0 ? <p>{t('msg.noStaff')}</p> : (
        <>
          <SelectField id={id} label={t('msg.staffMember')} hint={t('msg.inviteStaffHint')} error={problem ?? undefined} value={chosen}
            placeholder={t('form.choose')} options={staff.map((s) => ({ value: s.userId, label: s.displayName }))}
            onChange={(e) => setChosen(e.currentTarget.value)} />
          <ButtonRow><Button type="submit" variant="secondary" aria-disabled={loading || undefined}>{t('msg.invite')}</Button></ButtonRow>
        </>
      )}
    </form>
  );
}

function ReportDialog({ message, onDone }: { message: Message | null; onDone: (done: boolean) => void }) {
  const { t } = useI18n();
  const [report] = useMutation(REPORT);
  return (
    <TextDialog open={!!message} title={t('msg.reportTitle')} label={t('msg.reportReason')} submitLabel={t('msg.reportSubmit')} required
      field="reason" onClose={() => onDone(false)} onSubmit={async (reason) => {
        await report({ variables: { input: { messageId: message!.id, reason } } });
        onDone(true);
      }} />
  );
}

function CloseDialog({ applicationId, open, onDone }: { applicationId: string; open: boolean; onDone: (done: boolean) => void }) {
  const { t } = useI18n();
  const [close] = useMutation(CLOSE);
  return (
    <TextDialog open={open} title={t('msg.closeThread')} label={t('msg.closeReason')} submitLabel={t('msg.closeThread')} required
      field="reason" onClose={() => onDone(false)} onSubmit={async (reason) => {
        await close({ variables: { input: { applicationId, reason } } });
        onDone(true);
      }} />
  );
}
