// Check-ins ("还在这里工作吗？"): the person answers about their own jobs, the employer about its hires. Each question
// is a card with two big choices; "no" asks only for the last day. Answers are announced, and focus moves to the
// card's heading after an answer. Simple words, one idea per sentence (easy read).
import { useMutation, useQuery } from '@apollo/client/react';
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonRow } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { useMark } from '../../components/Lang';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useSession } from '../../components/session';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import type { MyCheckInsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import './checkins.css';

export const MY_CHECK_INS = graphql(`
  query MyCheckIns { myCheckIns { placementId month dueDate startDate organizationName personName answer recordedByStaff staffLeftOn } }
`);

const ANSWER = graphql(`
  mutation AnswerPlacementCheckIn($placementId: ID!, $month: Int!, $stillEmployed: Boolean!, $leftOn: String) {
    answerPlacementCheckIn(placementId: $placementId, month: $month, stillEmployed: $stillEmployed, leftOn: $leftOn) { id status source leftOn }
  }
`);

type CheckIn = MyCheckInsQuery['myCheckIns'][number];
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export function CheckInsPage() {
  const mark = useMark();
  const { t } = useI18n();
  const { me } = useSession();
  const employer = me?.role === 'EMPLOYER';
  const { data, loading, error } = useQuery(MY_CHECK_INS, { fetchPolicy: 'network-only' });
  const [hasErrors, setHasErrors] = useState(false);
  const list = data?.myCheckIns ?? [];
  return mark(
    <Page title={t(employer ? 'checkIn.employerTitle' : 'checkIn.title')} hasErrors={hasErrors}>
      <p>{t(employer ? 'checkIn.employerIntro' : 'checkIn.intro')}</p>
      {loading && !data ? <Loading /> : error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice>
        : list.length === 0 ? <p>{t('checkIn.none')}</p> : (
          <ul className="card-list">
            {list.map((c) => <li key={`${c.placementId}-${c.month}`}><CheckInCard c={c} employer={employer} onErrors={setHasErrors} /></li>)}
          </ul>
        )}
    </Page>
  );
}

function CheckInCard({ c, employer, onErrors }: { c: CheckIn; employer: boolean; onErrors: (has: boolean) => void }) {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const announce = useAnnounce();
  const id = `ci-${c.placementId}-${c.month}`;
  const [leaving, setLeaving] = useState(false);
  const [leftOn, setLeftOn] = useState('');
  const errors = useFormErrors<'leftOn'>([['leftOn', `${id}-left`]]);
  const [answer, { loading }] = useMutation(ANSWER, { refetchQueries: ['MyCheckIns'], awaitRefetchQueries: true });
  const heading = t(employer ? 'checkIn.employerQuestion' : 'checkIn.question', { organization: c.organizationName, name: c.personName });

  const send = async (stillEmployed: boolean) => {
    if (loading) return;
    if (!stillEmployed) {
      const v = leftOn.trim();
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) {
        errors.fail({ leftOn: t(v ? 'checkIn.leftOnFormat' : 'checkIn.leftOnRequired') });
        onErrors(true);
        return;
      }
    }
    try {
      await answer({ variables: { placementId: c.placementId, month: c.month, stillEmployed, leftOn: stillEmployed ? null : leftOn.trim() } });
      errors.clear();
      onErrors(false);
      setLeaving(false);
      announce(t('checkIn.thanks'));
      setTimeout(() => document.getElementById(`${id}-title`)?.focus(), 0);
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
      onErrors(true);
    }
  };
  const submitLeft = (ev: FormEvent) => { ev.preventDefault(); void send(false); };
  // focus moves to the last-day field as soon as it is drawn: in the commit (a layout effect), not a timer that a busy
  // page may run after the next key press
  const focusLeft = useRef(false);
  useLayoutEffect(() => {
    if (leaving && focusLeft.current) {
      focusLeft.current = false;
      document.getElementById(`${id}-left`)?.focus();
    }
  }, [leaving, id]);
  const chooseNo = () => {
    if (leaving) document.getElementById(`${id}-left`)?.focus();
    else { focusLeft.current = true; setLeaving(true); }
  };

  return mark(
    <article className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>{heading}</h2>
      <p>{t('checkIn.started', { date: formatDate(c.startDate), month: c.month })}</p>
      {c.answer && <p><strong>{t('checkIn.answered', { answer: t(c.answer === 'EMPLOYED' ? 'checkIn.answerYes' : 'checkIn.answerNo') })}</strong></p>}
      {c.recordedByStaff ? (
        // staff recorded this month's follow-up: it is settled, and the server would refuse another answer
        <p><strong>{t('checkIn.byStaff', { status: t(`checkIn.staff.${c.recordedByStaff}`, { date: c.staffLeftOn ? formatDate(c.staffLeftOn) : '' }) })}</strong></p>
      ) : <>
        <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
        <div className="check-in-choices">
          <Button onClick={() => void send(true)} aria-disabled={loading || undefined}>
            {t(employer ? 'checkIn.employerYes' : 'checkIn.yes')}
          </Button>
          <Button variant="secondary" onClick={chooseNo} aria-expanded={leaving}>
            {t(employer ? 'checkIn.employerNo' : 'checkIn.no')}
          </Button>
        </div>
        {leaving && (
          <form onSubmit={submitLeft} noValidate>
            <TextField id={`${id}-left`} label={t('checkIn.leftOn')} required error={errors.fields.leftOn} className="medium" autoComplete="off"
              hint={t('checkIn.leftOnHint', { example: today() })} value={leftOn} onChange={(x) => { setLeftOn(x.currentTarget.value); errors.clearField('leftOn'); }} />
            <ButtonRow><Button type="submit" aria-disabled={loading || undefined}>{t('checkIn.send')}</Button></ButtonRow>
          </form>
        )}
      </>}
    </article>
  );
}
