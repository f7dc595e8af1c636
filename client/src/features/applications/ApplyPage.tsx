// Apply to a position: an optional note, and what the person needs at the interview.
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonLink, ButtonRow } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFormDraft } from '../../components/form-draft';
import { ChoiceGroup, TextArea } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import type { InterviewAccommodation } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { INTERVIEW_ACCOMMODATIONS } from '../../lib/enums';
import { describeError } from '../../lib/graphql-errors';
import { useMark } from '../../components/Lang';

const APPLY_CONTEXT = graphql(`
  query ApplyContext($id: ID!) {
    posting(id: $id) { id title status openingsLeft organization { id name } myApplication { id status } }
    myProfile { id name }
  }
`);

const APPLY = graphql(`
  mutation ApplyToPosting($input: ApplyInput!) {
    applyToPosting(input: $input) { id status posting { id myApplication { id status } } }
  }
`);

type Field = 'note' | 'accommodations' | 'accommodationNote';
const ORDER = [['note', 'apply-note'], ['accommodations', 'apply-accommodations-0'], ['accommodationNote', 'apply-acc-note']] as const;

export function ApplyPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(APPLY_CONTEXT, { variables: { id } });
  // what was typed before a lapsed sign-in comes back after signing in again
  const draft = useFormDraft<{ note: string; accommodations: InterviewAccommodation[]; accommodationNote: string }>();
  const [note, setNote] = useState(draft.initial?.note ?? '');
  const [accommodations, setAccommodations] = useState<InterviewAccommodation[]>(draft.initial?.accommodations ?? []);
  const [accommodationNote, setAccommodationNote] = useState(draft.initial?.accommodationNote ?? '');
  draft.track({ note, accommodations, accommodationNote });
  const errors = useFormErrors<Field>(ORDER);
  // one key per visit to this form: a retried submit (slow network) does not apply twice
  const idempotencyKey = useRef(typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);
  const [apply, { loading: sending }] = useMutation(APPLY);
  // applied meanwhile in another tab: the server refuses a second application; the page then shows the first
  const [appliedElsewhere, setAppliedElsewhere] = useState(false);

  if (loading && !data) return <Loading />;
  if (error || !data) {
    return (
      <Page title={t('job.notFoundTitle')}>
        <p>{describeError(error).code === 'NOT_FOUND' ? t('job.notFoundBody') : t('error.tryAgainLater')}</p>
        <p><Link to="/jobs">{t('job.backToJobs')}</Link></p>
      </Page>
    );
  }
  const p = data.posting;
  const title = t('apply.title', { title: p.title });

  if (!data.myProfile) {
    return (
      <Page title={title}>
        <Notice tone="warning" title={t('apply.profileFirstTitle')}><p>{t('apply.profileFirst')}</p></Notice>
        <p><ButtonLink to="/profile/edit">{t('profile.create')}</ButtonLink></p>
      </Page>
    );
  }
  if (p.myApplication) {
    // no form: the status in words, and where to follow it
    return mark(
      <Page title={title}>
        {appliedElsewhere && <Notice tone="warning"><p>{t('apply.appliedInOtherTab')}</p></Notice>}
        <p>{t('job.appliedStatus', { status: label('ApplicationStatus', p.myApplication.status) })}</p>
        <p><Link to="/applications">{t('job.seeApplications')}</Link></p>
      </Page>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const problems: Partial<Record<Field, string>> = {};
    if (note.length > 2000) problems.note = t('form.tooLong', { max: 2000 });
    if (accommodationNote.length > 1000) problems.accommodationNote = t('form.tooLong', { max: 1000 });
    if (Object.keys(problems).length) return errors.fail(problems);
    try {
      await apply({ variables: { input: { postingId: p.id, note: note.trim(), accommodations, accommodationNote: accommodationNote.trim(), idempotencyKey: idempotencyKey.current } } });
      draft.clear();
      navigate('/applications', { state: { flash: t('apply.sent', { title: p.title }) } });
    } catch (err) {
      if (draft.lapsedSignIn(err)) errors.fail({}, t('session.lapsedOnSubmit'));
      else if (describeError(err).code === 'CONFLICT' && (await refetch()).data?.posting.myApplication) {
        draft.clear();
        setAppliedElsewhere(true);
      } else errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Page title={title} hasErrors={errors.hasErrors}>
      <p>{t('apply.intro', { employer: p.organization.name })}</p>
      {draft.restoredNotice && <Notice tone="success"><p>{draft.restoredNotice}</p></Notice>}
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} action={draft.signInAgain} />
      <form onSubmit={submit} noValidate>
        <TextArea id="apply-note" label={t('apply.note')} hint={t('apply.noteHint')} error={errors.fields.note}
          value={note} onChange={(e) => setNote(e.currentTarget.value)} rows={5} />
        <ChoiceGroup id="apply-accommodations" name="accommodations" type="checkbox" legend={t('apply.accommodations')}
          hint={t('apply.accommodationsHint')} error={errors.fields.accommodations} value={accommodations} columns
          onChange={(v) => setAccommodations(v as InterviewAccommodation[])}
          choices={INTERVIEW_ACCOMMODATIONS.map((a) => ({ value: a, label: label('InterviewAccommodation', a) }))} />
        <TextArea id="apply-acc-note" label={t('apply.accommodationNote')} hint={t('apply.accommodationNoteHint')}
          error={errors.fields.accommodationNote} value={accommodationNote} onChange={(e) => setAccommodationNote(e.currentTarget.value)} rows={3} />
        <p>{t('apply.sharing')}</p>
        <ButtonRow>
          <Button type="submit" aria-disabled={sending || undefined}>{t('apply.submit')}</Button>
          <Link to={`/jobs/${p.id}`}>{t('common.cancel')}</Link>
        </ButtonRow>
      </form>
    </Page>
  );
}
