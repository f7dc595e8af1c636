// Staff: upcoming interviews of seekers in their county whose accommodations are not all arranged yet, and the
// queue of interpreter requests from employers, each handled with a note.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonRow } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ChoiceGroup, TextArea } from '../../components/fields';
import { useMark } from '../../components/Lang';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { CountyInterviewsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/graphql-errors';

const COUNTY_INTERVIEWS = graphql(`
  query CountyInterviews {
    countyInterviews { interview { id applicationId startsAt } seekerName countyCode postingTitle organizationName openAccommodations }
    serviceRequests { request { id kind status note createdAt } seekerName postingTitle organizationName startsAt }
  }
`);

const HANDLE = graphql(`
  mutation HandleServiceRequest($input: HandleServiceRequestInput!) {
    handleServiceRequest(input: $input) { id status handledNote }
  }
`);

type Request = CountyInterviewsQuery['serviceRequests'][number];

export function CountyInterviewsPage() {
  const mark = useMark();
  const { t, label, formatDateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(COUNTY_INTERVIEWS, { fetchPolicy: 'cache-and-network' });
  const [handling, setHandling] = useState<Request | null>(null);
  const announce = useAnnounce();
  return mark(
    <Page title={t('staffIv.title')}>
      <p>{t('staffIv.hint')}</p>
      {loading && !data && <Loading />}
      {error && <Notice tone="error">{t('error.loadFailed')}</Notice>}
      {data && (
        <>
          <section aria-labelledby="staff-iv-queue">
            <h2 id="staff-iv-queue">{t('staffIv.queue')}</h2>
            {data.serviceRequests.length === 0 ? <p>{t('staffIv.noneQueue')}</p> : (
              <ul className="card-list">
                {data.serviceRequests.map((r) => (
                  <li key={r.request.id} className="card">
                    <h3 id={`req-${r.request.id}`}>{r.seekerName}</h3>
                    <dl className="facts">
                      <dt>{t('staffIv.when')}</dt><dd>{r.startsAt ? formatDateTime(r.startsAt) : t('common.none')}</dd>
                      <dt>{t('staffIv.job')}</dt><dd>{r.postingTitle}{t('common.colon')}{r.organizationName}</dd>
                      {r.request.note && (<><dt>{t('staffIv.handledNote')}</dt><dd>{r.request.note}</dd></>)}
                    </dl>
                    <Button variant="secondary" onClick={() => setHandling(r)}>
                      {t('staffIv.handle')}<span className="visually-hidden">{t('common.colon')}{r.seekerName}</span>
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="staff-iv-upcoming">
            <h2 id="staff-iv-upcoming">{t('staffIv.upcoming')}</h2>
            {data.countyInterviews.length === 0 ? <p>{t('staffIv.noneUpcoming')}</p> : (
              <ul className="card-list">
                {data.countyInterviews.map((r) => (
                  <li key={r.interview.id} className="card">
                    <h3>{r.seekerName}</h3>
                    <dl className="facts">
                      <dt>{t('staffIv.when')}</dt><dd>{formatDateTime(r.interview.startsAt)}</dd>
                      <dt>{t('staffIv.job')}</dt><dd>{r.postingTitle}{t('common.colon')}{r.organizationName}</dd>
                      <dt>{t('staffIv.open')}</dt><dd>{r.openAccommodations.map((a) => label('InterviewAccommodation', a)).join(t('common.listSeparator'))}</dd>
                    </dl>
                    <p><Link to={`/applications/${r.interview.applicationId}`}>
                      {t('staffIv.conversation')}<span className="visually-hidden">{t('common.colon')}{r.seekerName}</span>
                    </Link></p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <HandleDialog request={handling} onDone={(done) => { setHandling(null); if (done) { announce(t('staffIv.saved')); void refetch(); } }} />
    </Page>
  );
}

function HandleDialog({ request, onDone }: { request: Request | null; onDone: (done: boolean) => void }) {
  const mark = useMark();
  const { t } = useI18n();
  const [handle, { loading }] = useMutation(HANDLE);
  const [status, setStatus] = useState<'ARRANGED' | 'DECLINED'>('ARRANGED');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const close = (done: boolean) => {
    setNote('');
    setProblem(null);
    onDone(done);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading || !request) return;
    if (!note.trim()) {
      setProblem(t('iv.required', { field: t('staffIv.handledNote') }));
      document.getElementById('handle-note')?.focus();
      return;
    }
    try {
      await handle({ variables: { input: { requestId: request.request.id, status, handledNote: note.trim() } } });
      close(true);
    } catch (err) {
      const d = describeError(err);
      setProblem(d.fields['handledNote'] ?? d.message ?? t('error.generic'));
    }
  };
  return mark(
    <Dialog open={!!request} title={t('staffIv.handleTitle', { name: request?.seekerName ?? '' })} onClose={() => close(false)}>
      <form onSubmit={submit} noValidate>
        <ChoiceGroup id="handle-status" name="status" type="radio" legend={t('staffIv.result')} value={status}
          onChange={(v) => setStatus(v as 'ARRANGED' | 'DECLINED')}
          choices={[{ value: 'ARRANGED', label: t('staffIv.arranged') }, { value: 'DECLINED', label: t('staffIv.declined') }]} />
        <TextArea id="handle-note" label={t('staffIv.handledNote')} hint={t('staffIv.handledNoteHint')} required error={problem ?? undefined}
          value={note} onChange={(e) => setNote(e.currentTarget.value)} rows={3} />
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('staffIv.save')}</Button>
          <Button variant="secondary" onClick={() => close(false)}>{t('common.cancel')}</Button>
        </ButtonRow>
      </form>
    </Dialog>
  );
}
