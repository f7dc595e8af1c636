// Staff at the counter apply for a person who consented ("残联工作人员可以代我办理"): find a job by its title,
// choose it, add a note and the interview needs, and send; the person is told who applied for them.
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonRow } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ChoiceGroup, TextArea, TextField } from '../../components/fields';
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

const ON_BEHALF_SEEKER = graphql(`
  query OnBehalfApplySeeker($id: ID!) { seeker(id: $id) { id name consents } }
`);

const FIND_JOBS = graphql(`
  query OnBehalfFindJobs($query: String!) {
    searchPostings(query: $query, page: { pageSize: 10 }) {
      total items { posting { id title organization { id name } county { code nameZh nameEn } } }
    }
  }
`);

const APPLY_ON_BEHALF = graphql(`
  mutation ApplyOnBehalf($seekerId: ID!, $input: ApplyInput!) {
    applyOnBehalf(seekerId: $seekerId, input: $input) { id status posting { id title } onBehalf { staffName office } }
  }
`);

type Field = 'query' | 'postingId' | 'note';
const ORDER = [['query', 'ob-query'], ['postingId', 'ob-posting-0'], ['note', 'ob-note']] as const;

export function ApplyOnBehalfPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const announce = useAnnounce();
  const { data, loading, error } = useQuery(ON_BEHALF_SEEKER, { variables: { id } });
  const [find, found] = useLazyQuery(FIND_JOBS, { fetchPolicy: 'network-only' });
  const [apply, { loading: sending }] = useMutation(APPLY_ON_BEHALF);
  const [query, setQuery] = useState('');
  const [postingId, setPostingId] = useState('');
  const [note, setNote] = useState('');
  const [accommodations, setAccommodations] = useState<InterviewAccommodation[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors<Field>(ORDER);
  const idempotencyKey = useRef(typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

  if (loading && !data) return <Loading />;
  if (error || !data) {
    return (
      <Page title={t('onBehalf.apply.title')}>
        <Notice tone="error"><p>{describeError(error).message ?? t('error.loadFailed')}</p></Notice>
        <p><Link to={`/staff/seekers/${id}`}>{t('onBehalf.back')}</Link></p>
      </Page>
    );
  }
  const s = data.seeker;
  const title = t('onBehalf.apply.pageTitle', { name: s.name });
  const back = <p><Link to={`/staff/seekers/${s.id}`}>{t('onBehalf.backTo', { name: s.name })}</Link></p>;
  if (!(s.consents ?? []).includes('ACT_ON_BEHALF')) {
    return <Page title={title}>{back}<Notice tone="warning"><p>{t('onBehalf.noConsent', { name: s.name })}</p></Notice></Page>;
  }
  const hits = found.data?.searchPostings.items ?? [];

  const search = async (e: FormEvent) => {
    e.preventDefault();
    const q = query.trim();
    if (!q) return errors.fail({ query: t('onBehalf.apply.queryRequired') });
    if (q.length > 50) return errors.fail({ query: t('form.tooLong', { max: 50 }) });
    errors.clear();
    setPostingId('');
    const r = await find({ variables: { query: q } });
    announce(t('onBehalf.apply.found', { count: r.data?.searchPostings.total ?? 0 }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const problems: Partial<Record<Field, string>> = {};
    if (!postingId) problems.postingId = t('onBehalf.apply.chooseJob');
    if (note.length > 2000) problems.note = t('form.tooLong', { max: 2000 });
    if (Object.keys(problems).length) return errors.fail(problems);
    try {
      const r = await apply({ variables: { seekerId: s.id, input: { postingId, note: note.trim(), accommodations, idempotencyKey: idempotencyKey.current } } });
      const msg = t('onBehalf.apply.done', { name: s.name, title: r.data?.applyOnBehalf.posting.title ?? '' });
      errors.clear();
      setDone(msg);
      announce(msg);
      idempotencyKey.current = `${Date.now()}-${Math.random()}`;
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Page title={title} hasErrors={errors.hasErrors}>
      {back}
      <p>{t('onBehalf.apply.intro', { name: s.name })}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      {done && <Notice tone="success"><p>{done}</p></Notice>}
      <form onSubmit={search} noValidate role="search" aria-labelledby="ob-find-title">
        <h2 id="ob-find-title">{t('onBehalf.apply.findTitle')}</h2>
        <TextField id="ob-query" label={t('onBehalf.apply.query')} hint={t('onBehalf.apply.queryHint')} error={errors.fields.query}
          value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
        <Button type="submit" variant="secondary">{t('onBehalf.apply.search')}</Button>
      </form>
      {found.data && hits.length === 0 && <p>{t('onBehalf.apply.noJobs')}</p>}
      {hits.length > 0 && (
        <form onSubmit={submit} noValidate aria-labelledby="ob-apply-title">
          <h2 id="ob-apply-title">{t('onBehalf.apply.formTitle')}</h2>
          <ChoiceGroup id="ob-posting" name="postingId" type="radio" legend={t('onBehalf.apply.job')} error={errors.fields.postingId}
            value={postingId || null} onChange={(v) => setPostingId(String(v))}
            choices={hits.map((h) => ({ value: h.posting.id, label: h.posting.title, hint: h.posting.organization.name }))} />
          <TextArea id="ob-note" label={t('apply.note')} hint={t('onBehalf.apply.noteHint')} error={errors.fields.note}
            value={note} onChange={(e) => setNote(e.currentTarget.value)} rows={4} />
          <ChoiceGroup id="ob-acc" name="accommodations" type="checkbox" legend={t('apply.accommodations')}
            value={accommodations} columns onChange={(v) => setAccommodations(v as InterviewAccommodation[])}
            choices={INTERVIEW_ACCOMMODATIONS.map((a) => ({ value: a, label: label('InterviewAccommodation', a) }))} />
          <ButtonRow>
            <Button type="submit" aria-disabled={sending || undefined}>{t('onBehalf.apply.submit', { name: s.name })}</Button>
          </ButtonRow>
        </form>
      )}
    </Page>
  );
}
