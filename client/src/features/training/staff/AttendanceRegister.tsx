// The register of a course (考勤登记, plan （十）“加强培训质量考核”): the sessions recorded so far, and a form for one
// session date (within the course's dates, not later than today) marking every person enrolled present or absent. A
// recorded date is a session held; each person's attendance is derived from these marks (docs/counting.md).
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { ErrorSummary, focusField, type SummaryItem } from '../../../components/ErrorSummary';
import { ChoiceGroup, TextField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { chinaToday } from '../training-text';

export const RECORD_ATTENDANCE = graphql(`
  mutation RecordAttendance($input: AttendanceRegisterInput!) {
    recordAttendance(input: $input) { sessionDate present absent marks { enrolmentId present } }
  }
`);

export interface RegisterSession { sessionDate: string; present: number; absent: number; marks: ReadonlyArray<{ enrolmentId: string; present: boolean }> }
export interface RegisterPerson { id: string; name: string }
type Mark = 'present' | 'absent';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const marksOf = (s: RegisterSession | undefined): Record<string, Mark> =>
  Object.fromEntries((s?.marks ?? []).map((m) => [m.enrolmentId, m.present ? 'present' : 'absent']));

export function AttendanceRegister({ course, people, sessions, onSaved, onErrors }: {
  course: { id: string; startsOn: string; endsOn: string; sessions: number };
  /** Everyone enrolled now: each is marked on the register. */
  people: readonly RegisterPerson[];
  /** The registers recorded, latest first. */
  sessions: readonly RegisterSession[];
  onSaved: () => Promise<unknown>;
  onErrors: (shown: boolean) => void;
}) {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const announce = useAnnounce();
  const today = chinaToday();
  const start = today < course.endsOn ? today : course.endsOn;
  const [date, setDate] = useState(start >= course.startsOn ? start : '');
  const [marks, setMarks] = useState<Record<string, Mark>>(() => marksOf(sessions.find((s) => s.sessionDate === date)));
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [record, { loading }] = useMutation(RECORD_ATTENDANCE);
  const recorded = sessions.find((s) => s.sessionDate === date);
  const personTarget = (id: string) => `register-${id}-0`;
  const dateError = problems.find((p) => p.target === 'register-date')?.message;

  const fail = (items: SummaryItem[], msg: string | null) => {
    setProblems(items);
    setMessage(msg);
    setAttempt((a) => a + 1);
    onErrors(true);
  };
  const chooseDate = (d: string) => {
    setDate(d);
    const existing = sessions.find((s) => s.sessionDate === d);
    if (existing) setMarks(marksOf(existing));
  };
  const edit = (d: string) => {
    chooseDate(d);
    setTimeout(() => focusField('register-date'), 0);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const d = date.trim();
    const items: SummaryItem[] = [];
    const example = course.startsOn;
    if (!isDate(d)) items.push({ target: 'register-date', message: t('training.register.badDate', { example }) });
    else if (d < course.startsOn || d > course.endsOn) items.push({ target: 'register-date', message: t('training.register.outside', { from: course.startsOn, to: course.endsOn }) });
    else if (d > today) items.push({ target: 'register-date', message: t('training.register.future') });
    for (const p of people) if (!marks[p.id]) items.push({ target: personTarget(p.id), message: t('training.register.unmarked', { name: p.name }) });
    if (items.length) return fail(items, null);
    try {
      const r = await record({ variables: { input: { courseId: course.id, sessionDate: d, marks: people.map((p) => ({ enrolmentId: p.id, present: marks[p.id] === 'present' })) } } });
      const saved = r.data!.recordAttendance;
      setProblems([]);
      setMessage(null);
      onErrors(false);
      await onSaved();
      announce(t('training.register.saved', { date: formatDate(saved.sessionDate), present: saved.present, absent: saved.absent }));
    } catch (err) {
      const report = describeError(err);
      const fromServer: SummaryItem[] = [];
      let rest: string | null = null;
      for (const [path, msg] of Object.entries(report.fields)) {
        const person = /^marks\.(\d+)/.exec(path);
        if (path === 'sessionDate') fromServer.push({ target: 'register-date', message: msg });
        else if (person && people[Number(person[1])]) fromServer.push({ target: personTarget(people[Number(person[1])].id), message: msg });
        else rest = rest ? `${rest} ${msg}` : msg;
      }
      fail(fromServer, rest ?? (fromServer.length ? null : report.message ?? t('error.generic')));
    }
  };

  const canRecord = today >= course.startsOn && people.length > 0;
  const heading = recorded ? t('training.register.editTitle', { date: formatDate(recorded.sessionDate) }) : t('training.register.newTitle');
  return mark(
    <section aria-labelledby="register-title">
      <h2 id="register-title">{t('training.register.title')}</h2>
      <p>{t('training.register.summary', { held: sessions.length, sessions: course.sessions })}</p>
      {sessions.length === 0 ? <p>{t('training.register.none')}</p> : (
        <>
          <h3 id="register-recorded">{t('training.register.recorded')}</h3>
          <ul className="register-sessions" aria-labelledby="register-recorded">
            {sessions.map((s) => (
              <li key={s.sessionDate}>
                {t('training.register.session', { date: formatDate(s.sessionDate), present: s.present, absent: s.absent })}
                {canRecord && <>{' '}<Button variant="secondary" onClick={() => edit(s.sessionDate)}>{t('training.register.edit', { date: formatDate(s.sessionDate) })}</Button></>}
              </li>
            ))}
          </ul>
        </>
      )}
      {today < course.startsOn ? <p>{t('training.register.notStarted', { date: formatDate(course.startsOn) })}</p>
        : people.length === 0 ? <p>{t('training.register.nobody')}</p> : (
          <form onSubmit={submit} noValidate aria-labelledby="register-form-title">
            <h3 id="register-form-title">{heading}</h3>
            <ErrorSummary items={problems} message={message} attempt={attempt} />
            <TextField id="register-date" label={t('training.register.date')} required inputMode="numeric" autoComplete="off" error={dateError}
              hint={t('training.register.dateHint', { example: course.startsOn, from: course.startsOn, to: course.endsOn })}
              value={date} onChange={(e) => chooseDate(e.currentTarget.value.trim())} />
            <fieldset className="register-people">
              <legend>{t('training.register.people')}</legend>
              {people.map((p) => (
                <ChoiceGroup key={p.id} id={`register-${p.id}`} name={`register-${p.id}`} type="radio" legend={p.name} required columns
                  error={problems.find((x) => x.target === personTarget(p.id))?.message} value={marks[p.id] ?? null}
                  choices={[{ value: 'present', label: t('training.register.present') }, { value: 'absent', label: t('training.register.absent') }]}
                  onChange={(v) => setMarks((m) => ({ ...m, [p.id]: v as Mark }))} />
              ))}
            </fieldset>
            <ButtonRow><Button type="submit" aria-disabled={loading || undefined}>{t('training.register.save')}</Button></ButtonRow>
          </form>
        )}
    </section>
  );
}
