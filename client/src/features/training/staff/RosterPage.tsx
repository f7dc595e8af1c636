// A course's roster for the staff who manage it: each person's attendance and, once, their completion (passed or
// not, with the certificate number). A completion is told to the person and its skills join their profile.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { ChoiceGroup, TextField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useCountyOptions } from '../../../components/counties';
import { graphql } from '../../../gql';
import type { CourseRosterQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useTrainingText } from '../training-text';
import '../training.css';

const ROSTER = graphql(`
  query CourseRoster($id: ID!) {
    course(id: $id) { id title sessions certificateKind certificateLevel canManage }
    courseEnrolments(courseId: $id) {
      id status sessionsAttended certificateNumber
      seeker { id name countyCode }
    }
  }
`);
const ATTEND = graphql(`
  mutation RecordAttendance($id: ID!, $n: Int!) { recordAttendance(enrolmentId: $id, sessionsAttended: $n) { id sessionsAttended } }
`);
const COMPLETE = graphql(`
  mutation RecordCompletion($id: ID!, $input: CompletionInput!) {
    recordCompletion(enrolmentId: $id, input: $input) { id status certificateNumber certificateKind certificateLevel }
  }
`);

type Row = CourseRosterQuery['courseEnrolments'][number];

export function RosterPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data, loading, error } = useQuery(ROSTER, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  if (error || !data) {
    const code = describeError(error).code;
    return (
      <Page title={code === 'FORBIDDEN' ? t('gate.wrongRoleTitle') : t('training.detail.notFound')}>
        <p>{describeError(error).message ?? t('error.tryAgainLater')}</p>
        <p><Link to="/staff/training">{t('training.roster.back')}</Link></p>
      </Page>
    );
  }
  const c = data.course;
  const rows = data.courseEnrolments.filter((r) => r.status !== 'WITHDRAWN');
  return mark(
    <Page title={t('training.roster.title', { title: c.title })}>
      <p>{t('training.roster.intro')}</p>
      {rows.length === 0 ? <p>{t('training.roster.none')}</p> : (
        <ul className="card-list">{rows.map((r) => <li key={r.id}><RosterCard row={r} sessions={c.sessions} /></li>)}</ul>
      )}
      <p><Link to="/staff/training">{t('training.roster.back')}</Link></p>
    </Page>
  );
}

function RosterCard({ row: r, sessions }: { row: Row; sessions: number }) {
  const mark = useMark();
  const { t } = useI18n();
  const text = useTrainingText();
  const counties = useCountyOptions();
  const announce = useAnnounce();
  const name = r.seeker.name;
  const [attended, setAttended] = useState(String(r.sessionsAttended));
  const [attendError, setAttendError] = useState<string | undefined>();
  const [passed, setPassed] = useState<string>('');
  const [code, setCode] = useState('');
  const [completeError, setCompleteError] = useState<string | undefined>();
  const [attend, { loading: saving }] = useMutation(ATTEND);
  const [complete, { loading: recording }] = useMutation(COMPLETE);
  const base = `roster-${r.id}`;

  const saveAttendance = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(attended.trim());
    if (!attended.trim() || !Number.isInteger(n) || n < 0 || n > sessions) {
      setAttendError(t('training.editor.badNumber', { field: t('training.roster.attendance', { sessions }) }));
      return;
    }
    try {
      await attend({ variables: { id: r.id, n } });
      setAttendError(undefined);
      announce(t('training.roster.attendanceSaved', { name, count: n }));
    } catch (err) {
      setAttendError(describeError(err).fields.sessionsAttended ?? describeError(err).message ?? t('error.generic'));
    }
  };
  const record = async (e: FormEvent) => {
    e.preventDefault();
    if (!passed) {
      setCompleteError(t('training.editor.required', { field: t('training.roster.completion') }));
      document.getElementById(`${base}-passed-0`)?.focus();
      return;
    }
    try {
      await complete({ variables: { id: r.id, input: { passed: passed === 'yes', certificateCode: code.trim() || null } } });
      setCompleteError(undefined);
      announce(t('training.roster.recorded', { name }));
      // the form is gone with the enrolment's new status: focus stays on this person
      setTimeout(() => document.getElementById(`${base}-name`)?.focus(), 0);
    } catch (err) {
      const report = describeError(err);
      setCompleteError(Object.values(report.fields)[0] ?? report.message ?? t('error.generic'));
    }
  };
  return mark(
    <article className="card roster-actions" aria-labelledby={`${base}-name`}>
      <h2 id={`${base}-name`} tabIndex={-1}>{name}</h2>
      <p className="muted">{counties.nameOf(r.seeker.countyCode)}{t('common.listSeparator')}{text.status(r.status)}</p>
      <form onSubmit={saveAttendance} noValidate>
        <TextField id={`${base}-attended`} label={t('training.roster.attendance', { sessions })} inputMode="numeric" error={attendError}
          value={attended} onChange={(e) => setAttended(e.currentTarget.value)} />
        <Button type="submit" variant="secondary" aria-disabled={saving || undefined}>
          {t('training.roster.saveAttendance')}<span className="visually-hidden">{t('common.colon')}{name}</span>
        </Button>
      </form>
      {r.status === 'ENROLLED' ? (
        <form onSubmit={record} noValidate>
          <ChoiceGroup id={`${base}-passed`} name={`${base}-passed`} type="radio" legend={t('training.roster.completion')} value={passed} required error={completeError}
            choices={[{ value: 'yes', label: t('training.roster.passed') }, { value: 'no', label: t('training.roster.notPassed') }]}
            onChange={(v) => setPassed(String(v))} />
          <TextField id={`${base}-code`} label={t('training.roster.certificateCode')} maxLength={50} value={code} onChange={(e) => setCode(e.currentTarget.value)} />
          <ButtonRow>
            <Button type="submit" aria-disabled={recording || undefined}>
              {t('training.roster.record')}<span className="visually-hidden">{t('common.colon')}{name}</span>
            </Button>
          </ButtonRow>
        </form>
      ) : <Notice tone="success"><p>{t('training.roster.done')}{r.certificateNumber && <>{t('common.listSeparator')}{r.certificateNumber}</>}</p></Notice>}
    </article>
  );
}
