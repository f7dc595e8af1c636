// Apply to a position at an event's booth: the application is tagged with the event, so the employer sees
// it among the booth's applicants and the event's outcomes count it.
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonRow } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup, TextArea } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { ReservedBadge } from '../../../components/posting';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { InterviewAccommodation } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { INTERVIEW_ACCOMMODATIONS } from '../../../lib/enums';
import { describeError } from '../../../lib/graphql-errors';
import { useMark } from '../../../components/Lang';

const EVENT_APPLY_CONTEXT = graphql(`
  query EventApplyContext($eventId: ID!, $postingId: ID!) {
    event(id: $eventId) { id title status myRegistration { id status } }
    posting(id: $postingId) { id title reserved status organization { id name } myApplication { id status } }
  }
`);

const APPLY_AT_EVENT = graphql(`
  mutation ApplyAtEvent($input: ApplyInput!) {
    applyToPosting(input: $input) { id status eventId posting { id myApplication { id status } } }
  }
`);

type Field = 'note' | 'accommodations' | 'accommodationNote' | 'eventId';
const ORDER = [['note', 'event-apply-note'], ['accommodations', 'event-apply-acc-0'], ['accommodationNote', 'event-apply-acc-note'], ['eventId', 'event-apply-note']] as const;

export function EventApplyPage() {
  const mark = useMark();
  const { id = '', postingId = '' } = useParams();
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(EVENT_APPLY_CONTEXT, { variables: { eventId: id, postingId }, fetchPolicy: 'network-only' });
  const [note, setNote] = useState('');
  const [accommodations, setAccommodations] = useState<InterviewAccommodation[]>([]);
  const [accommodationNote, setAccommodationNote] = useState('');
  const errors = useFormErrors<Field>(ORDER);
  const idempotencyKey = useRef(typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);
  const [apply, { loading: sending }] = useMutation(APPLY_AT_EVENT);

  if (loading && !data) return <Loading />;
  if (error || !data) {
    return (
      <Page title={t('events.notFoundTitle')}>
        <p>{describeError(error).code === 'NOT_FOUND' ? t('events.notFoundBody') : t('error.tryAgainLater')}</p>
        <p><Link to="/events">{t('events.backToList')}</Link></p>
      </Page>
    );
  }
  const { event: e, posting: p } = data;
  const title = t('events.apply.title', { title: p.title });

  if (p.myApplication) {
    return (
      <Page title={title}>
        <p>{t('job.alreadyApplied')}</p>
        <p><Link to="/applications">{t('job.seeApplications')}</Link></p>
      </Page>
    );
  }
  if (e.myRegistration?.status !== 'REGISTERED') {
    return (
      <Page title={title}>
        <Notice tone="warning"><p>{t('events.apply.registerFirst')}</p></Notice>
        <p><Link to={`/events/${e.id}`}>{t('events.backToEvent')}</Link></p>
      </Page>
    );
  }

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (sending) return;
    const problems: Partial<Record<Field, string>> = {};
    if (note.length > 2000) problems.note = t('form.tooLong', { max: 2000 });
    if (accommodationNote.length > 1000) problems.accommodationNote = t('form.tooLong', { max: 1000 });
    if (Object.keys(problems).length) return errors.fail(problems);
    try {
      await apply({ variables: { input: {
        postingId: p.id, eventId: e.id, note: note.trim(), accommodations, accommodationNote: accommodationNote.trim(), idempotencyKey: idempotencyKey.current,
      } } });
      navigate('/applications', { state: { flash: t('events.apply.sent', { title: p.title, event: e.title }) } });
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Page title={title} hasErrors={errors.hasErrors}>
      {p.reserved && <p className="badges"><ReservedBadge /></p>}
      <p>{t('events.apply.intro', { employer: p.organization.name, event: e.title })}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <TextArea id="event-apply-note" label={t('apply.note')} hint={t('apply.noteHint')} error={errors.fields.note ?? errors.fields.eventId}
          value={note} onChange={(ev) => setNote(ev.currentTarget.value)} rows={5} />
        <ChoiceGroup id="event-apply-acc" name="accommodations" type="checkbox" legend={t('apply.accommodations')}
          hint={t('apply.accommodationsHint')} error={errors.fields.accommodations} value={accommodations} columns
          onChange={(v) => setAccommodations(v as InterviewAccommodation[])}
          choices={INTERVIEW_ACCOMMODATIONS.map((a) => ({ value: a, label: label('InterviewAccommodation', a) }))} />
        <TextArea id="event-apply-acc-note" label={t('apply.accommodationNote')} hint={t('apply.accommodationNoteHint')}
          error={errors.fields.accommodationNote} value={accommodationNote} onChange={(ev) => setAccommodationNote(ev.currentTarget.value)} rows={3} />
        <p>{t('apply.sharing')}</p>
        <ButtonRow>
          <Button type="submit" aria-disabled={sending || undefined}>{t('apply.submit')}</Button>
          <Link to={`/events/${e.id}`}>{t('common.cancel')}</Link>
        </ButtonRow>
      </form>
    </Page>
  );
}
