// The interview of an application as each side sees it: when, where (with its access) or the link, the contact,
// each accommodation with the employer's answer, and what the reader may do next (the seeker accepts, asks for
// another time or cancels; the employer answers accommodations, asks the federation for an interpreter,
// moves, cancels or records the outcome).
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonLink, ButtonRow } from '../../components/Button';
import { TextDialog } from '../../components/TextDialog';
import { ChoiceGroup, TextArea } from '../../components/fields';
import { useMark } from '../../components/Lang';
import { Notice } from '../../components/Notice';
import { graphql } from '../../gql';
import type { AccommodationStatus, ApplicationConversationQuery, InterviewAccommodation, InterviewOutcome, InterviewResponse } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/graphql-errors';
import { accessKey, accStatusKey, modeKey, OUTCOMES, outcomeKey, requestStatusKey, statusKey } from './interview-labels';
import { InterviewForm } from './InterviewForm';

type Interview = NonNullable<ApplicationConversationQuery['application']>['interviews'][number];


const RESPOND = graphql(`
  mutation RespondToInterview($input: RespondToInterviewInput!) {
    respondToInterview(input: $input) { id status seekerNote }
  }
`);
const CONFIRM = graphql(`
  mutation ConfirmAccommodation($input: ConfirmAccommodationInput!) {
    confirmAccommodation(input: $input) { accommodation status arrangement updatedAt }
  }
`);
const CANCEL = graphql(`
  mutation CancelInterview($input: CancelInterviewInput!) {
    cancelInterview(input: $input) { id status cancelReason }
  }
`);
const OUTCOME = graphql(`
  mutation RecordInterviewOutcome($input: RecordInterviewOutcomeInput!) {
    recordInterviewOutcome(input: $input) { id status outcome outcomeNote }
  }
`);
const INTERPRETER = graphql(`
  mutation RequestInterpreter($input: RequestInterpreterInput!) {
    requestInterpreter(input: $input) { id status handledNote }
  }
`);

const OPEN = ['PROPOSED', 'ACCEPTED', 'NEW_TIME_ASKED'];

export function InterviewPanel({ applicationId, interview: i, side, canSchedule, onChanged }: {
  applicationId: string;
  interview: Interview | null;
  side: 'SEEKER' | 'EMPLOYER' | 'STAFF';
  canSchedule: boolean;
  onChanged: () => void;
}) {
  const mark = useMark();
  const { t, label, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const [respond, { loading: responding }] = useMutation(RESPOND);
  const [requestInterpreter, { loading: requesting }] = useMutation(INTERPRETER);
  const [asking, setAsking] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [answering, setAnswering] = useState<InterviewAccommodation | null>(null);
  const [moving, setMoving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (!i) {
    return mark(
      <section aria-labelledby="iv-heading">
        <h2 id="iv-heading">{t('iv.section')}</h2>
        <p>{t('iv.none')}</p>
        {side === 'EMPLOYER' && canSchedule && <p><ButtonLink to={`/employer/applications/${applicationId}/interview`}>{t('iv.schedule')}</ButtonLink></p>}
      </section>
    );
  }
  const open = OPEN.includes(i.status);
  const employer = side === 'EMPLOYER';
  const wantsInterpreter = i.accommodations.some((a) => a.accommodation === 'SIGN_LANGUAGE_INTERPRETER');
  const pendingRequest = i.serviceRequests.find((r) => r.status === 'OPEN');
  /** Throws the server's refusal (the dialog shows it at its field; Accept shows it above the buttons). */
  const answer = async (response: InterviewResponse, seekerNote = '') => {
    await respond({ variables: { input: { interviewId: i.id, response, seekerNote } } });
    announce(t(response === 'ACCEPT' ? 'iv.accepted' : 'iv.askedNewTime'));
    setProblem(null);
    onChanged();
    // the button pressed is gone now: focus goes to the section it changed
    setTimeout(() => document.getElementById('iv-heading')?.focus(), 0);
  };
  const accept = () => answer('ACCEPT' as InterviewResponse).catch((err) => {
    const d = describeError(err);
    setProblem(d.message ?? t('error.generic'));
  });

  if (moving) {
    return mark(
      <section aria-labelledby="iv-heading">
        <h2 id="iv-heading" tabIndex={-1}>{t('iv.reschedule')}</h2>
        <InterviewForm applicationId={applicationId} interviewId={i.id} existing={{ ...i, onlineUrl: i.onlineUrl ?? null }}
          onDone={() => { setMoving(false); announce(t('iv.sent')); onChanged(); document.getElementById('iv-heading')?.focus(); }}
          onCancel={() => { setMoving(false); setTimeout(() => document.getElementById('iv-heading')?.focus(), 0); }} />
      </section>
    );
  }

  return mark(
    <section aria-labelledby="iv-heading">
      <h2 id="iv-heading" tabIndex={-1}>{t('iv.section')}</h2>
      {problem && <Notice tone="error" role="alert">{problem}</Notice>}
      <dl className="facts">
        <dt>{t('iv.status')}</dt><dd>{t(statusKey(i.status))}</dd>
        <dt>{t('iv.when')}</dt><dd><time dateTime={i.startsAt}>{t('iv.whenValue', { when: formatDateTime(i.startsAt), minutes: i.durationMinutes })}</time></dd>
        <dt>{t('iv.mode')}</dt><dd>{t(modeKey(i.mode))}</dd>
        {i.mode === 'ONLINE'
          ? (<><dt>{t('iv.link')}</dt><dd>{i.onlineUrl && <a href={i.onlineUrl} rel="noopener noreferrer" target="_blank">{i.onlineUrl}</a>}</dd></>)
          : (<>
            <dt>{t('iv.where')}</dt><dd>{i.place}</dd>
            <dt>{t('iv.access')}</dt><dd>{i.accessFeatures.length ? i.accessFeatures.map((a) => t(accessKey(a))).join(t('common.listSeparator')) : t('common.none')}</dd>
            {i.accessNote && (<><dt>{t('iv.accessNote')}</dt><dd>{i.accessNote}</dd></>)}
          </>)}
        <dt>{t('iv.contactLabel')}</dt><dd>{i.contact}</dd>
        {i.message && (<><dt>{t('iv.messageLabel')}</dt><dd>{i.message}</dd></>)}
        {i.seekerNote && (<><dt>{t('iv.seekerNote')}</dt><dd>{i.seekerNote}</dd></>)}
        {i.cancelReason && (<><dt>{t('iv.cancelReason')}</dt><dd>{i.cancelReason}</dd></>)}
        {i.outcome && (<><dt>{t('iv.outcome')}</dt><dd>{t(outcomeKey(i.outcome))}{i.outcomeNote ? `${t('common.colon')}${i.outcomeNote}` : ''}</dd></>)}
      </dl>
      <p><a href={i.calendarUrl} download>{t('iv.calendar')}</a></p>

      <h3>{t('iv.accommodations')}</h3>
      {i.accommodations.length === 0 ? <p>{t('iv.noAccommodations')}</p> : (
        <ul className="accommodation-list">
          {i.accommodations.map((a) => (
            <li key={a.accommodation}>
              <strong>{label('InterviewAccommodation', a.accommodation)}</strong>{t('common.colon')}{t(accStatusKey(a.status))}
              {a.arrangement && <>{t('common.colon')}{a.arrangement}</>}
              {employer && open && (
                <> <Button variant="secondary" onClick={() => setAnswering(a.accommodation)}>
                  {t('iv.answer')}<span className="visually-hidden">{t('common.colon')}{label('InterviewAccommodation', a.accommodation)}</span>
                </Button></>
              )}
            </li>
          ))}
        </ul>
      )}
      {i.serviceRequests.map((r) => (
        <p key={r.id}>{r.status === 'OPEN' ? t('iv.interpreterRequested') : t('iv.interpreterHandled', { status: t(requestStatusKey(r.status)), note: r.handledNote ?? '' })}</p>
      ))}
      {employer && open && wantsInterpreter && !pendingRequest && (
        <ButtonRow>
          <Button variant="secondary" aria-disabled={requesting || undefined} onClick={async () => {
            try {
              await requestInterpreter({ variables: { input: { interviewId: i.id, note: '' } } });
              announce(t('iv.interpreterRequested'));
              onChanged();
            } catch (err) {
              setProblem(describeError(err).message ?? t('error.generic'));
            }
          }}>{t('iv.requestInterpreter')}</Button>
        </ButtonRow>
      )}

      {side === 'SEEKER' && open && (
        <ButtonRow>
          {i.status === 'PROPOSED' && <Button aria-disabled={responding || undefined} onClick={() => void accept()}>{t('iv.accept')}</Button>}
          {i.status !== 'NEW_TIME_ASKED' && <Button variant="secondary" onClick={() => setAsking(true)}>{t('iv.askNewTime')}</Button>}
          <Button variant="secondary" onClick={() => setCancelling(true)}>{t('iv.cancel')}</Button>
        </ButtonRow>
      )}
      {employer && open && (
        <ButtonRow>
          <Button variant="secondary" onClick={() => setMoving(true)}>{t('iv.reschedule')}</Button>
          <Button variant="secondary" onClick={() => setCancelling(true)}>{t('iv.cancel')}</Button>
        </ButtonRow>
      )}
      {employer && open && <OutcomeForm interviewId={i.id} onSaved={onChanged} />}
      {employer && !open && canSchedule && <p><ButtonLink to={`/employer/applications/${applicationId}/interview`}>{t('iv.schedule')}</ButtonLink></p>}

      <TextDialog open={asking} title={t('iv.askNewTimeTitle')} label={t('iv.newTimeNote')} hint={t('iv.newTimeNoteHint')} submitLabel={t('iv.send')}
        field="seekerNote" onClose={() => setAsking(false)} onSubmit={async (note) => {
          await answer('ASK_NEW_TIME' as InterviewResponse, note);
          setAsking(false);
        }} />
      <CancelDialog interviewId={i.id} open={cancelling} onDone={(done) => { setCancelling(false); if (done) { announce(t('iv.cancelled')); onChanged(); } }} />
      <AnswerDialog interviewId={i.id} accommodation={answering} onDone={(done) => {
        const a = answering;
        setAnswering(null);
        if (done && a) { announce(t('iv.answerSaved', { accommodation: label('InterviewAccommodation', a) })); onChanged(); }
      }} />
    </section>
  );
}

function CancelDialog({ interviewId, open, onDone }: { interviewId: string; open: boolean; onDone: (done: boolean) => void }) {
  const { t } = useI18n();
  const [cancel] = useMutation(CANCEL);
  return (
    <TextDialog open={open} title={t('iv.cancelTitle')} label={t('iv.cancelReason')} submitLabel={t('iv.cancelConfirm')} onClose={() => onDone(false)}
      field="reason" onSubmit={async (reason) => {
        await cancel({ variables: { input: { interviewId, reason } } });
        onDone(true);
      }} />
  );
}

function AnswerDialog({ interviewId, accommodation, onDone }: { interviewId: string; accommodation: InterviewAccommodation | null; onDone: (done: boolean) => void }) {
  const { t, label } = useI18n();
  const [confirm] = useMutation(CONFIRM);
  const [status, setStatus] = useState<AccommodationStatus>('CONFIRMED' as AccommodationStatus);
  return (
    <TextDialog open={!!accommodation} title={t('iv.answerTitle', { accommodation: accommodation ? label('InterviewAccommodation', accommodation) : '' })}
      label={t('iv.arrangement')} hint={t('iv.arrangementHint')} submitLabel={t('iv.send')} onClose={() => onDone(false)}
      field="arrangement" onSubmit={async (arrangement) => {
        await confirm({ variables: { input: { interviewId, accommodation: accommodation!, status, arrangement } } });
        onDone(true);
      }}>
      <ChoiceGroup id="iv-answer" name="answer" type="radio" legend={t('iv.answer')} value={status} onChange={(v) => setStatus(v as AccommodationStatus)}
        choices={[{ value: 'CONFIRMED', label: t('iv.confirm') }, { value: 'DECLINED', label: t('iv.decline') }]} />
    </TextDialog>
  );
}

function OutcomeForm({ interviewId, onSaved }: { interviewId: string; onSaved: () => void }) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [record, { loading }] = useMutation(OUTCOME);
  const [outcome, setOutcome] = useState<InterviewOutcome | ''>('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    if (!outcome) {
      setProblem(t('iv.required', { field: t('iv.outcome') }));
      document.getElementById('iv-outcome-0')?.focus();
      return;
    }
    try {
      await record({ variables: { input: { interviewId, outcome, outcomeNote: note.trim() } } });
      setProblem(null);
      announce(t('iv.outcomeSaved'));
      onSaved();
    } catch (err) {
      const d = describeError(err);
      setProblem(d.fields['outcome'] ?? d.message ?? t('error.generic'));
      document.getElementById('iv-outcome-0')?.focus();
    }
  };
  return mark(
    <form onSubmit={submit} noValidate aria-labelledby="iv-outcome-heading">
      <h3 id="iv-outcome-heading">{t('iv.recordOutcome')}</h3>
      <ChoiceGroup id="iv-outcome" name="outcome" type="radio" legend={t('iv.outcome')} error={problem ?? undefined} value={outcome}
        onChange={(v) => setOutcome(v as InterviewOutcome)} choices={OUTCOMES.map((o) => ({ value: o, label: t(outcomeKey(o)) }))} />
      <TextArea id="iv-outcome-note" label={t('iv.outcomeNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} rows={2} />
      <ButtonRow><Button type="submit" variant="secondary" aria-disabled={loading || undefined}>{t('iv.recordOutcome')}</Button></ButtonRow>
    </form>
  );
}
