// An employer applies for a booth at an event, choosing which published positions to show there.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextArea } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useEventTime, usePlace } from '../EventParts';
import { BOOTH_POSTING_OPTIONS, BoothPostingsPicker } from './BoothPostingsPicker';
import { useMark } from '../../../components/Lang';

const BOOTH_APPLY_CONTEXT = graphql(`
  query BoothApplyContext($id: ID!) {
    myOrganization { id name verificationStatus }
    event(id: $id) {
      id title status mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount
      county { code nameZh nameEn }
    }
  }
`);

const APPLY_FOR_BOOTH = graphql(`
  mutation ApplyForBooth($input: BoothInput!) {
    applyForBooth(input: $input) { id status postingIds note event { id } }
  }
`);

type Field = 'postingIds' | 'note';
const ORDER = [['postingIds', 'booth-postings-0'], ['note', 'booth-note']] as const;

export function BoothApplyPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t } = useI18n();
  const when = useEventTime();
  const place = usePlace();
  const navigate = useNavigate();
  const context = useQuery(BOOTH_APPLY_CONTEXT, { variables: { id }, fetchPolicy: 'network-only' });
  const options = useQuery(BOOTH_POSTING_OPTIONS, { fetchPolicy: 'network-only' });
  const [postingIds, setPostingIds] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const errors = useFormErrors<Field>(ORDER);
  const [apply, { loading: sending }] = useMutation(APPLY_FOR_BOOTH, { refetchQueries: ['EmployerEvents'] });

  if ((context.loading && !context.data) || (options.loading && !options.data)) return <Loading />;
  if (context.error || !context.data) {
    return (
      <Page title={t('events.notFoundTitle')}>
        <p>{describeError(context.error).code === 'NOT_FOUND' ? t('events.notFoundBody') : t('error.tryAgainLater')}</p>
        <p><Link to="/employer/events">{t('events.employer.title')}</Link></p>
      </Page>
    );
  }
  const e = context.data.event;
  const title = t('events.booth.applyTitle', { title: e.title });
  if (!context.data.myOrganization) {
    return (
      <Page title={title}>
        <Notice tone="warning"><p>{t('postings.noOrganization')}</p></Notice>
        <p><ButtonLink to="/employer/organization">{t('org.registerTitle')}</ButtonLink></p>
      </Page>
    );
  }
  const postings = options.data?.myPostings.items ?? [];

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (sending) return;
    if (note.length > 1000) return errors.fail({ note: t('form.tooLong', { max: 1000 }) });
    try {
      await apply({ variables: { input: { eventId: e.id, postingIds, note: note.trim() } } });
      navigate('/employer/events', { state: { flash: t('events.booth.applied', { title: e.title }) } });
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Page title={title} hasErrors={errors.hasErrors}>
      <dl className="facts">
        <dt>{t('events.when')}</dt><dd>{when(e)}</dd>
        <dt>{t('events.where')}</dt><dd>{place(e)}</dd>
        <dt>{t('events.employer.boothsLeft')}</dt>
        <dd>{t('events.employer.boothsLeftValue', { left: Math.max(0, e.boothLimit - e.boothCount), limit: e.boothLimit })}</dd>
      </dl>
      <p>{t('events.booth.applyIntro')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <BoothPostingsPicker id="booth-postings" postings={postings} value={postingIds} onChange={setPostingIds} error={errors.fields.postingIds} />
        <TextArea id="booth-note" label={t('events.booth.note')} hint={t('events.booth.noteHint')} error={errors.fields.note}
          value={note} onChange={(ev) => setNote(ev.currentTarget.value)} rows={4} />
        <ButtonRow>
          <Button type="submit" aria-disabled={sending || undefined}>{t('events.booth.applySubmit')}</Button>
          <Link to="/employer/events">{t('common.cancel')}</Link>
        </ButtonRow>
      </form>
    </Page>
  );
}
