// Staff: one job seeker's "four ones" for a year (?year=): who the person is (masked as the server gives it),
// which services are done or missing, the records, a form to record a service, and the job coach.
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { SelectField } from '../../../components/fields';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { isServiceKind, recentYears, SERVICE_KINDS } from './casework-rules';
import { useCaseworkText } from './casework-text';
import { OnBehalfSection } from './OnBehalfSection';
import { ServiceRecordForm } from './ServiceRecordForm';
import { useMark } from '../../../components/Lang';
import { NotificationChoices } from '../../../components/NotificationChoices';

export const SEEKER_SERVICES = graphql(`
  query SeekerServices($id: ID!, $year: Int!) {
    seeker(id: $id) { id name age countyCode category level certificateNumber employmentStatus graduateYear consents }
    serviceRecords(seekerId: $id, year: $year) { id kind serviceDate intention outcome notes staffName }
    jobCoach(seekerId: $id) { coachUserId coachName assignedAt }
    coachCandidates(seekerId: $id) { userId name countyCode }
  }
`);

export const ASSIGN_JOB_COACH = graphql(`
  mutation AssignJobCoach($seekerId: ID!, $coachUserId: ID!) { assignJobCoach(seekerId: $seekerId, coachUserId: $coachUserId) }
`);

interface RecordRow { kind: string; serviceDate: string; intention?: string | null }

/** Per service: the date it was last done this year, "not due" (the person does not want work) or missing. */
export function serviceStates(records: readonly RecordRow[]): Array<{ kind: string; state: 'done' | 'notDue' | 'missing'; date?: string }> {
  // records come newest first: the first of a kind is the latest
  const latest = (k: string) => records.find((r) => r.kind === k);
  const check = latest('INFORMATION_CHECK');
  return SERVICE_KINDS.map((kind) => {
    const r = latest(kind);
    if (r) return { kind, state: 'done' as const, date: r.serviceDate };
    if (kind !== 'INFORMATION_CHECK' && check && check.intention !== 'WANTS_WORK') return { kind, state: 'notDue' as const };
    return { kind, state: 'missing' as const };
  });
}

export function SeekerServicesPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t, label, formatDate } = useI18n();
  const text = useCaseworkText();
  const counties = useCountyOptions();
  const years = recentYears();
  const year = years.includes(Number(params.get('year'))) ? Number(params.get('year')) : years[0];
  const kindParam = params.get('kind');
  // back to the list the person came from: same year, service and county
  const backQuery = new URLSearchParams({
    year: String(year), ...(isServiceKind(kindParam) ? { kind: kindParam } : {}), ...(params.get('county') ? { county: params.get('county')! } : {}),
  }).toString();
  const query = useQuery(SEEKER_SERVICES, { variables: { id, year }, fetchPolicy: 'network-only' });
  const { loading, error, refetch } = query;
  // while another year loads, the page keeps showing the last one (focus stays on the year link)
  const data = query.data ?? (query.previousData?.seeker.id === id ? query.previousData : undefined);
  const [hasErrors, setHasErrors] = useState(false);
  const onSaved = useCallback(() => { void refetch(); }, [refetch]);

  if (loading && !data) return <Loading />;
  if (error && !data) {
    const code = describeError(error).code;
    return (
      <Page title={t('casework.seeker.title')}>
        <Notice tone="error"><p>{code === 'INTERNAL_SERVER_ERROR' || code === 'NETWORK' ? t('error.loadFailed') : t('casework.seeker.notFound')}</p></Notice>
        <p><Link to="/staff/four-ones">{t('casework.back.fourOnes')}</Link></p>
      </Page>
    );
  }
  const s = data!.seeker;
  const records = data!.serviceRecords;
  const states = serviceStates(records);

  return mark(
    <Page title={t('casework.seeker.pageTitle', { name: s.name })} hasErrors={hasErrors}>
      <p><Link to={`/staff/four-ones?${backQuery}`}>{t('casework.back.fourOnes')}</Link></p>

      <section aria-labelledby="who-title">
        <h2 id="who-title">{t('casework.seeker.who')}</h2>
        <dl className="facts">
          <dt>{t('casework.col.county')}</dt><dd>{counties.nameOf(s.countyCode)}</dd>
          <dt>{t('casework.col.age')}</dt><dd>{t('casework.ageYears', { age: s.age })}</dd>
          <dt>{t('casework.col.disability')}</dt>
          <dd>{s.category && s.level ? t('casework.categoryLevel', { category: label('DisabilityCategory', s.category), level: s.level }) : t('casework.unknown')}</dd>
          <dt>{t('casework.seeker.certificate')}</dt><dd>{s.certificateNumber ?? t('casework.unknown')}</dd>
          <dt>{t('casework.seeker.status')}</dt><dd>{label('EmploymentStatus', s.employmentStatus)}</dd>
        </dl>
        {s.graduateYear != null && <p><Link to={`/staff/graduates/${s.id}`}>{t('casework.graduate.pageTitle', { name: s.name })}</Link></p>}
      </section>

      <section aria-labelledby="placements-title">
        <h2 id="placements-title">{t('placements.seeker.title')}</h2>
        <ul>
          <li><Link to={`/staff/placements?seeker=${encodeURIComponent(s.id)}`}>{t('placements.seeker.list')}</Link></li>
          <li><Link to={`/staff/placements/new?seeker=${encodeURIComponent(s.id)}`}>{t('placements.seeker.record')}</Link></li>
        </ul>
      </section>
      <OnBehalfSection seekerId={s.id} name={s.name} consented={(s.consents ?? []).includes('ACT_ON_BEHALF')} onChanged={onSaved} />

      <section aria-labelledby="year-title">
        <h2 id="year-title">{t('casework.seeker.yearTitle', { year })}</h2>
        <ul className="service-states">
          {states.map((x) => (
            <li key={x.kind}>
              {x.state === 'done' && <><Icon name="check" small /> {t('casework.seeker.kindDone', { kind: text.kind(x.kind), date: formatDate(x.date!) })}</>}
              {x.state === 'missing' && <strong>{t('casework.seeker.kindMissing', { kind: text.kind(x.kind) })}</strong>}
              {x.state === 'notDue' && t('casework.seeker.kindNotDue', { kind: text.kind(x.kind) })}
            </li>
          ))}
        </ul>
        <nav aria-label={t('casework.seeker.otherYears')} className="pagination">
          <ul>
            {years.map((y) => (
              <li key={y}>
                <Link to={`?${new URLSearchParams({ ...Object.fromEntries(params), year: String(y) })}`} aria-current={y === year ? 'page' : undefined}>
                  {t('casework.seeker.yearLink', { year: y })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </section>

      <section aria-labelledby="records-title">
        <h2 id="records-title">{t('casework.seeker.recordsTitle')}</h2>
        {records.length === 0 ? <p>{t('casework.seeker.noRecords', { year })}</p> : (
          <DataTable
            caption={t('casework.seeker.recordsCaption', { year, count: records.length })}
            rows={records}
            rowKey={(r) => r.id}
            columns={[
              { key: 'date', header: t('casework.col.date'), rowHeader: true, cell: (r) => formatDate(r.serviceDate) },
              { key: 'kind', header: t('casework.col.kind'), cell: (r) => (r.intention ? `${text.kind(r.kind)}${t('common.colon')}${text.intention(r.intention)}` : text.kind(r.kind)) },
              { key: 'outcome', header: t('casework.col.outcome'), cell: (r) => r.outcome || t('common.none') },
              { key: 'notes', header: t('casework.col.notes'), cell: (r) => r.notes || t('common.none') },
              { key: 'staff', header: t('casework.col.staff'), cell: (r) => r.staffName },
            ]}
          />
        )}
      </section>

      <ServiceRecordForm seekerId={s.id} seekerName={s.name} initialKind={isServiceKind(kindParam) ? kindParam : undefined}
        onSaved={onSaved} onErrors={setHasErrors} />

      <NotificationChoices seekerId={s.id} />
      <CoachSection seekerId={s.id} seekerName={s.name} coach={data!.jobCoach ?? null} candidates={data!.coachCandidates} onAssigned={onSaved} />
    </Page>
  );
}

interface CoachCandidate { userId: string; name: string; countyCode?: string | null }

function CoachSection({ seekerId, seekerName, coach, candidates, onAssigned }: {
  seekerId: string; seekerName: string; coach: { coachUserId: string; coachName: string; assignedAt: unknown } | null;
  /** Staff of the city or of the person's county: whom the server accepts. */
  candidates: readonly CoachCandidate[];
  onAssigned: () => void;
}) {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const { me } = useSession();
  const { nameOf } = useCountyOptions();
  const announce = useAnnounce();
  const [assign, { loading }] = useMutation(ASSIGN_JOB_COACH);
  const [problem, setProblem] = useState<string | null>(null);
  const isMe = !!me && coach?.coachUserId === me.id;
  const others = candidates.filter((c) => c.userId !== coach?.coachUserId);
  const [choice, setChoice] = useState('');
  const chosen = others.find((c) => c.userId === choice) ?? others[0];

  const assignTo = async (coachUserId: string, name: string) => {
    if (loading) return;
    setProblem(null);
    try {
      await assign({ variables: { seekerId, coachUserId } });
      announce(me?.id === coachUserId ? t('casework.coach.assigned', { name: seekerName }) : t('casework.coach.assignedOther', { coach: name, name: seekerName }));
      onAssigned();
    } catch (err) {
      const r = describeError(err);
      setProblem(Object.values(r.fields)[0] ?? r.message ?? t('error.generic'));
    }
  };

  return mark(
    <section aria-labelledby="coach-title">
      <h2 id="coach-title">{t('casework.coach.title')}</h2>
      <p className="hint">{t('casework.coach.hint')}</p>
      <p>{coach ? t('casework.coach.current', { name: coach.coachName, date: formatDate(String(coach.assignedAt)) }) : t('casework.coach.none')}</p>
      {problem && <Notice tone="error" role="alert"><p>{problem}</p></Notice>}
      {isMe ? <p>{t('casework.coach.isYou')}</p>
        : me && <Button variant="secondary" onClick={() => void assignTo(me.id, me.displayName)} aria-disabled={loading || undefined}>{t('casework.coach.assignMe')}</Button>}
      {others.length > 0 && chosen && (
        <form aria-labelledby="coach-choose-title" onSubmit={(e) => { e.preventDefault(); void assignTo(chosen.userId, chosen.name); }}>
          <h3 id="coach-choose-title">{t('casework.coach.chooseTitle')}</h3>
          <SelectField id="coach-choice" label={t('casework.coach.choose')} hint={t('casework.coach.chooseHint')} value={chosen.userId}
            options={others.map((c) => ({ value: c.userId, label: t('casework.coach.option', { name: c.name, area: c.countyCode ? nameOf(c.countyCode) : t('plan.wholeCity') }) }))}
            onChange={(e) => setChoice(e.currentTarget.value)} />
          <Button type="submit" variant="secondary" aria-disabled={loading || undefined}>{t('casework.coach.assignChosen')}</Button>
        </form>
      )}
    </section>
  );
}
