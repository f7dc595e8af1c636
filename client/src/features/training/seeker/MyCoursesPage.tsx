// The seeker's courses: status, attendance (from the register: sessions attended / sessions held), certificate, who
// enrolled them (staff, for them), why staff withdrew them or cancelled the course, and withdrawing (asked once
// more, in the page, before the place is given up).
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { AskFirst } from '../../../components/AskFirst';
import { ButtonLink } from '../../../components/Button';
import { useAnnounce } from '../../../components/Announcer';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import type { MyEnrolmentsQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useCourseWords } from '../CourseParts';
import { useTrainingText } from '../training-text';

const MY_ENROLMENTS = graphql(`
  query MyEnrolments {
    myEnrolments {
      id status certificateKind certificateLevel certificateNumber certificateIssuedOn withdrawReason
      attendance { attended held percent absentOn }
      onBehalf { staffName office }
      withdrawnBy { staffName office }
      course { id title startsOn endsOn sessions mode venueName address cancelReason county { code nameZh nameEn } }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawEnrolment($id: ID!) { withdrawEnrolment(enrolmentId: $id) { id status course { id enrolledCount hasPlaces } } }
`);

type Enrolment = MyEnrolmentsQuery['myEnrolments'][number];

export function MyCoursesPage() {
  const mark = useMark();
  const { t } = useI18n();
  const { data, loading, error } = useQuery(MY_ENROLMENTS, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  const list = data?.myEnrolments ?? [];
  return mark(
    <Page title={t('training.mine.title')}>
      <p className="lead">{t('training.mine.intro')}</p>
      {error && <Notice tone="error">{t('error.tryAgainLater')}</Notice>}
      {data && list.length === 0 && <p>{t('training.mine.none')}</p>}
      {list.length > 0 && <ul className="card-list">{list.map((e) => <li key={e.id}><EnrolmentCard enrolment={e} /></li>)}</ul>}
      <p><ButtonLink to="/training" variant="secondary">{t('training.mine.find')}</ButtonLink></p>
    </Page>
  );
}

function EnrolmentCard({ enrolment: e }: { enrolment: Enrolment }) {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const text = useTrainingText();
  const words = useCourseWords();
  const announce = useAnnounce();
  const [problem, setProblem] = useState<string | null>(null);
  const [withdraw, { loading }] = useMutation(WITHDRAW);
  const heading = useRef<HTMLHeadingElement>(null);
  const c = e.course;
  const absences = text.absences(e.attendance);

  const doWithdraw = async () => {
    if (loading) return;
    try {
      await withdraw({ variables: { id: e.id } });
      // the buttons are gone with the enrolment: focus stays on this course
      setTimeout(() => heading.current?.focus(), 0);
      announce(t('training.mine.withdrawn', { title: c.title }));
    } catch (err) {
      setProblem(describeError(err).message ?? t('error.generic'));
    }
  };
  return mark(
    <article className="card" aria-labelledby={`enrolment-${e.id}`}>
      <h2 id={`enrolment-${e.id}`} ref={heading} tabIndex={-1}><Link to={`/training/${c.id}`}>{c.title}</Link></h2>
      <dl className="facts">
        <dt>{t('training.mine.status')}</dt><dd>{text.status(e.status)}</dd>
        <dt>{t('training.card.when')}</dt><dd>{words.dates(c)}</dd>
        <dt>{t('training.card.where')}</dt><dd>{words.place(c)}</dd>
        <dt>{t('training.mine.attendance')}</dt>
        <dd>
          {text.attendance(e.attendance)}{t('common.listSeparator')}{t('training.attendance.planned', { sessions: c.sessions })}
          {absences && <>{t('common.listSeparator')}{absences}</>}
        </dd>
        {e.status === 'COMPLETED' && e.certificateKind && (
          <>
            <dt>{t('training.mine.certificate')}</dt>
            <dd>
              {[text.certificate(e.certificateKind), e.certificateLevel].filter(Boolean).join(' ')}
              {e.certificateNumber && <>{t('common.listSeparator')}{t('training.mine.certificateNumber', { number: e.certificateNumber })}</>}
              {e.certificateIssuedOn && <>{t('common.listSeparator')}{formatDate(e.certificateIssuedOn)}</>}
            </dd>
          </>
        )}
      </dl>
      {e.onBehalf && <p className="muted">{t('training.mine.byStaff', { staff: e.onBehalf.staffName, office: e.onBehalf.office })}</p>}
      {e.status === 'WITHDRAWN' && e.withdrawnBy && (
        <Notice tone="warning"><p>{t('training.mine.withdrawnByStaff', { staff: e.withdrawnBy.staffName, office: e.withdrawnBy.office, reason: e.withdrawReason ?? '' })}</p></Notice>
      )}
      {e.status === 'COURSE_CANCELLED' && <Notice tone="warning"><p>{t('training.mine.cancelled', { reason: c.cancelReason ?? '' })}</p></Notice>}
      {problem && <Notice tone="error" role="alert"><p>{problem}</p></Notice>}
      {e.status === 'ENROLLED' && (
        <AskFirst busy={loading} onYes={doWithdraw} question={t('training.mine.withdrawConfirm', { title: c.title })}
          yes={t('training.mine.withdrawYes')} no={t('training.mine.withdrawNo')}
          button={<>{t('training.mine.withdraw')}<span className="visually-hidden">{t('common.colon')}{c.title}</span></>} />
      )}
    </article>
  );
}
