// A course's roster for the staff who manage it: the register by date (AttendanceRegister), each person's attendance
// figure derived from it and, once, their completion (passed or not, with the certificate number); a person may be
// withdrawn with a reason. A completion or a withdrawal is told to the person; a completion's skills join their profile.
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { ChoiceGroup, TextField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { TextDialog } from '../../../components/TextDialog';
import { useCountyOptions } from '../../../components/counties';
import { graphql } from '../../../gql';
import type { CourseRosterQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useTrainingText } from '../training-text';
import { AttendanceRegister } from './AttendanceRegister';
import '../training.css';

export const ROSTER = graphql(`
  query CourseRoster($id: ID!) {
    course(id: $id) { id title startsOn endsOn sessions certificateKind certificateLevel canManage cancelledAt cancelReason }
    courseEnrolments(courseId: $id) {
      id status certificateNumber withdrawReason
      withdrawnBy { staffName office }
      attendance { attended held percent absentOn }
      seeker { id name countyCode }
    }
    courseRegister(courseId: $id) { sessionDate present absent marks { enrolmentId present } }
  }
`);
const COMPLETE = graphql(`
  mutation RecordCompletion($id: ID!, $input: CompletionInput!) {
    recordCompletion(enrolmentId: $id, input: $input) { id status certificateNumber certificateKind certificateLevel }
  }
`);
const WITHDRAW_PERSON = graphql(`
  mutation WithdrawFromCourse($id: ID!, $reason: String!) {
    withdrawFromCourse(enrolmentId: $id, reason: $reason) { id status withdrawReason withdrawnBy { staffName office } }
  }
`);

type Row = CourseRosterQuery['courseEnrolments'][number];

export function RosterPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const [registerErrors, setRegisterErrors] = useState(false);
  const withdrawnHeading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, refetch } = useQuery(ROSTER, { variables: { id }, fetchPolicy: 'network-only' });
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
  const live = !c.cancelledAt;
  const rows = data.courseEnrolments.filter((r) => r.status !== 'WITHDRAWN');
  const withdrawn = data.courseEnrolments.filter((r) => r.status === 'WITHDRAWN');
  const enrolled = rows.filter((r) => r.status === 'ENROLLED').map((r) => ({ id: r.id, name: r.seeker.name }));
  return mark(
    <Page title={t('training.roster.title', { title: c.title })} hasErrors={registerErrors}>
      <p>{t('training.roster.intro')}</p>
      {!live && <Notice tone="warning"><p>{t('training.roster.cancelled', { date: formatDate(String(c.cancelledAt)), reason: c.cancelReason ?? '' })}</p></Notice>}
      {live && <AttendanceRegister course={c} people={enrolled} sessions={data.courseRegister} onSaved={() => refetch()} onErrors={setRegisterErrors} />}
      <section aria-labelledby="roster-people-title">
        <h2 id="roster-people-title">{t('training.roster.people', { count: rows.length })}</h2>
        {rows.length === 0 ? <p>{t('training.roster.none')}</p> : (
          <ul className="card-list">{rows.map((r) => (
            <li key={r.id}>
              <RosterCard row={r} course={c} onWithdrawn={async () => {
                await refetch();
                // the person's card is gone: focus goes to the list they joined
                setTimeout(() => withdrawnHeading.current?.focus(), 0);
              }} />
            </li>
          ))}</ul>
        )}
      </section>
      {withdrawn.length > 0 && (
        <section aria-labelledby="roster-withdrawn-title">
          <h2 id="roster-withdrawn-title" ref={withdrawnHeading} tabIndex={-1}>{t('training.roster.withdrawnTitle', { count: withdrawn.length })}</h2>
          <ul>{withdrawn.map((r) => (
            <li key={r.id}>
              {r.seeker.name}{t('common.colon')}
              {r.withdrawnBy ? t('training.roster.withdrawnByStaff', { staff: r.withdrawnBy.staffName, office: r.withdrawnBy.office, reason: r.withdrawReason ?? '' })
                : t('training.roster.withdrawnBySelf')}
            </li>
          ))}</ul>
        </section>
      )}
      <p><Link to="/staff/training">{t('training.roster.back')}</Link></p>
    </Page>
  );
}

function RosterCard({ row: r, course, onWithdrawn }: { row: Row; course: { title: string; cancelledAt?: unknown }; onWithdrawn: () => Promise<void> }) {
  const mark = useMark();
  const { t } = useI18n();
  const text = useTrainingText();
  const counties = useCountyOptions();
  const announce = useAnnounce();
  const name = r.seeker.name;
  const [passed, setPassed] = useState<string>('');
  const [code, setCode] = useState('');
  const [completeError, setCompleteError] = useState<string | undefined>();
  const [asking, setAsking] = useState(false);
  const [complete, { loading: recording }] = useMutation(COMPLETE);
  const [withdraw] = useMutation(WITHDRAW_PERSON);
  const base = `roster-${r.id}`;
  const open = r.status === 'ENROLLED' && !course.cancelledAt;
  const absences = text.absences(r.attendance);

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
  const doWithdraw = async (reason: string) => {
    await withdraw({ variables: { id: r.id, reason } });
    setAsking(false);
    announce(t('training.roster.withdrawnDone', { name }));
    await onWithdrawn();
  };
  return mark(
    <article className="card roster-actions" aria-labelledby={`${base}-name`}>
      <h3 id={`${base}-name`} tabIndex={-1}>{name}</h3>
      <p className="muted">{counties.nameOf(r.seeker.countyCode)}{t('common.listSeparator')}{text.status(r.status)}</p>
      <dl className="facts">
        <dt>{t('training.roster.attendanceFigure')}</dt>
        <dd>{text.attendance(r.attendance)}{absences && <>{t('common.listSeparator')}{absences}</>}</dd>
      </dl>
      {open && (
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
      )}
      {open && (
        <p><Button variant="secondary" onClick={() => setAsking(true)}>
          {t('training.roster.withdraw')}<span className="visually-hidden">{t('common.colon')}{name}</span>
        </Button></p>
      )}
      {(r.status === 'COMPLETED' || r.status === 'NOT_COMPLETED') && (
        <Notice tone="success"><p>{t('training.roster.done')}{r.certificateNumber && <>{t('common.listSeparator')}{r.certificateNumber}</>}</p></Notice>
      )}
      <TextDialog open={asking} title={t('training.roster.withdrawTitle', { name, title: course.title })} label={t('training.roster.withdrawReason')}
        hint={t('training.roster.withdrawHint')} required field="reason" submitLabel={t('training.roster.withdrawSubmit')}
        onSubmit={doWithdraw} onClose={() => setAsking(false)} />
    </article>
  );
}
