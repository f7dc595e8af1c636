// The employer's interview proposal (or a new time for one): the date and time in China time, in person with the
// place and its access or online with a link, the length, a contact by text and a message. Used to schedule and
// to reschedule (then a reason is asked for).
import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Button, ButtonRow } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ChoiceGroup, TextArea, TextField } from '../../components/fields';
import { useMark } from '../../components/Lang';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import type { InterviewMode, VenueAccess } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { accessKey, chinaParts, INTERVIEW_MODES, modeKey, VENUE_ACCESS } from './interview-labels';

const SCHEDULE = graphql(`
  mutation ScheduleInterview($input: ScheduleInterviewInput!) {
    scheduleInterview(input: $input) { id status startsAt }
  }
`);

const RESCHEDULE = graphql(`
  mutation RescheduleInterview($input: RescheduleInterviewInput!) {
    rescheduleInterview(input: $input) { id status startsAt durationMinutes mode place accessFeatures accessNote onlineUrl contact message seekerNote }
  }
`);

type Field = 'date' | 'time' | 'durationMinutes' | 'mode' | 'place' | 'accessFeatures' | 'accessNote' | 'onlineUrl' | 'contact' | 'message' | 'reason';
const ORDER = [
  ['date', 'iv-date'], ['time', 'iv-time'], ['durationMinutes', 'iv-duration'], ['mode', 'iv-mode-0'], ['place', 'iv-place'],
  ['accessFeatures', 'iv-access-0'], ['accessNote', 'iv-access-note'], ['onlineUrl', 'iv-url'], ['contact', 'iv-contact'],
  ['message', 'iv-message'], ['reason', 'iv-reason'],
] as const;
// the server names the instant; the form asks for it as a date and a time
const ALIASES: Record<string, Field> = { startsAt: 'date' };

export interface InterviewDraft {
  startsAt: string; durationMinutes: number; mode: InterviewMode; place: string; accessFeatures: VenueAccess[];
  accessNote: string; onlineUrl?: string | null; contact: string; message: string;
}

export function InterviewForm({ applicationId, existing, interviewId, onDone, onCancel, onHasErrors }: {
  applicationId: string;
  /** Rescheduling: the interview as it is now */
  existing?: InterviewDraft;
  interviewId?: string;
  onDone: (interviewId: string) => void;
  onCancel?: () => void;
  /** Told when the form shows errors or stops showing them (the page's title says so) */
  onHasErrors?: (has: boolean) => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const start = existing ? chinaParts(existing.startsAt) : { date: '', time: '' };
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [duration, setDuration] = useState(String(existing?.durationMinutes ?? 30));
  const [mode, setMode] = useState<InterviewMode>(existing?.mode ?? ('IN_PERSON' as InterviewMode));
  const [place, setPlace] = useState(existing?.place ?? '');
  const [access, setAccess] = useState<VenueAccess[]>(existing?.accessFeatures ?? []);
  const [accessNote, setAccessNote] = useState(existing?.accessNote ?? '');
  const [onlineUrl, setOnlineUrl] = useState(existing?.onlineUrl ?? '');
  const [contact, setContact] = useState(existing?.contact ?? '');
  const [message, setMessage] = useState(existing?.message ?? '');
  const [reason, setReason] = useState('');
  const errors = useFormErrors<Field>(ORDER, ALIASES);
  const [schedule, { loading: scheduling }] = useMutation(SCHEDULE);
  const [reschedule, { loading: rescheduling }] = useMutation(RESCHEDULE);
  const busy = scheduling || rescheduling;
  const online = mode === 'ONLINE';
  useEffect(() => onHasErrors?.(errors.hasErrors), [errors.hasErrors, onHasErrors]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const problems: Partial<Record<Field, string>> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.date = t('iv.required', { field: t('iv.date') });
    if (!/^\d{2}:\d{2}$/.test(time)) problems.time = t('iv.required', { field: t('iv.time') });
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 10 || minutes > 480) problems.durationMinutes = t('iv.between', { min: 10, max: 480 });
    if (!online && !place.trim()) problems.place = t('iv.required', { field: t('iv.place') });
    if (online && !onlineUrl.trim()) problems.onlineUrl = t('iv.required', { field: t('iv.onlineUrl') });
    if (!contact.trim()) problems.contact = t('iv.required', { field: t('iv.contact') });
    if (interviewId && !reason.trim()) problems.reason = t('iv.required', { field: t('iv.reason') });
    if (Object.keys(problems).length) return errors.fail(problems);
    const plan = {
      startsAt: `${date}T${time}:00+08:00`, durationMinutes: minutes, mode, place: online ? '' : place.trim(), accessFeatures: online ? [] : access,
      accessNote: online ? '' : accessNote.trim(), onlineUrl: online ? onlineUrl.trim() : null, contact: contact.trim(), message: message.trim(),
    };
    try {
      if (interviewId) {
        await reschedule({ variables: { input: { interviewId, reason: reason.trim(), ...plan } } });
        onDone(interviewId);
      } else {
        const r = await schedule({ variables: { input: { applicationId, ...plan } } });
        onDone(r.data!.scheduleInterview.id);
      }
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate aria-label={t(interviewId ? 'iv.reschedule' : 'iv.schedule')}>
        <p>{t('iv.intro')}</p>
        <TextField id="iv-date" label={t('iv.date')} hint={t('iv.dateHint')} required error={errors.fields.date}
          value={date} onChange={(e) => setDate(e.currentTarget.value)} />
        <TextField id="iv-time" label={t('iv.time')} hint={t('iv.timeHint')} required error={errors.fields.time}
          value={time} onChange={(e) => setTime(e.currentTarget.value)} />
        <TextField id="iv-duration" type="number" inputMode="numeric" min={10} max={480} step={5} label={t('iv.duration')}
          error={errors.fields.durationMinutes} value={duration} onChange={(e) => setDuration(e.currentTarget.value)} />
        <ChoiceGroup id="iv-mode" name="mode" type="radio" legend={t('iv.mode')} error={errors.fields.mode} value={mode}
          onChange={(v) => setMode(v as InterviewMode)} choices={INTERVIEW_MODES.map((m) => ({ value: m, label: t(modeKey(m)) }))} />
        {online ? (
          <TextField id="iv-url" type="url" label={t('iv.onlineUrl')} hint={t('iv.onlineUrlHint')} required error={errors.fields.onlineUrl}
            value={onlineUrl} onChange={(e) => setOnlineUrl(e.currentTarget.value)} autoComplete="url" />
        ) : (
          <>
            <TextField id="iv-place" label={t('iv.place')} hint={t('iv.placeHint')} required error={errors.fields.place}
              value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
            <ChoiceGroup id="iv-access" name="access" type="checkbox" legend={t('iv.access')} error={errors.fields.accessFeatures} value={access} columns
              onChange={(v) => setAccess(v as VenueAccess[])} choices={VENUE_ACCESS.map((a) => ({ value: a, label: t(accessKey(a)) }))} />
            <TextArea id="iv-access-note" label={t('iv.accessNote')} hint={t('iv.accessNoteHint')} error={errors.fields.accessNote}
              value={accessNote} onChange={(e) => setAccessNote(e.currentTarget.value)} rows={2} />
          </>
        )}
        <TextField id="iv-contact" label={t('iv.contact')} hint={t('iv.contactHint')} required error={errors.fields.contact}
          value={contact} onChange={(e) => setContact(e.currentTarget.value)} />
        <TextArea id="iv-message" label={t('iv.message')} error={errors.fields.message} value={message}
          onChange={(e) => setMessage(e.currentTarget.value)} rows={3} />
        {interviewId && (
          <TextArea id="iv-reason" label={t('iv.reason')} required error={errors.fields.reason} value={reason}
            onChange={(e) => setReason(e.currentTarget.value)} rows={2} />
        )}
        <ButtonRow>
          <Button type="submit" aria-disabled={busy || undefined}>{t(interviewId ? 'iv.submitReschedule' : 'iv.submit')}</Button>
          {onCancel && <Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}
        </ButtonRow>
      </form>
    </>
  );
}
