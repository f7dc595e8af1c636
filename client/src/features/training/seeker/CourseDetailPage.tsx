// One course: when and where, the access of the venue and the ways it is taught, cost and subsidy (待核实 where no
// document states the amount), the skills and certificate it gives, and how to enrol.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonLink } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import type { CourseDetailQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { CourseAccess, CourseOffer, useCourseWords } from '../CourseParts';
import { useTrainingText } from '../training-text';

export const COURSE_DETAIL = graphql(`
  query CourseDetail($id: ID!) {
    course(id: $id) {
      ...CourseCardFields
      description accessibilityNote canManage hasPlaces cancelledAt cancelReason
      provider { id name kind address contactPhone }
      myEnrolment { id status }
    }
  }
`);

export const ENROL = graphql(`
  mutation EnrolInCourse($courseId: ID!) {
    enrol(courseId: $courseId) { id status course { id enrolledCount hasPlaces myEnrolment { id status } } }
  }
`);

type Course = CourseDetailQuery['course'];

export function CourseDetailPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t } = useI18n();
  const text = useTrainingText();
  const words = useCourseWords();
  const { data, loading, error } = useQuery(COURSE_DETAIL, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Loading />;
  if (error && !data) {
    const missing = ['NOT_FOUND', 'BAD_USER_INPUT'].includes(describeError(error).code);
    return (
      <Page title={missing ? t('training.detail.notFound') : t('error.loadFailed')}>
        <p>{missing ? t('training.detail.notFoundBody') : t('error.tryAgainLater')}</p>
        <p><Link to="/training">{t('training.detail.back')}</Link></p>
      </Page>
    );
  }
  const c = data!.course;
  return mark(
    <Page title={c.title}>
      <ul className="badges">
        <li><span className="badge status-neutral">{text.kind(c.kind)}</span></li>
        <li><span className="badge">{text.mode(c.mode)}</span></li>
        {c.cancelledAt && <li><span className="badge status-bad">{t('training.detail.cancelledBadge')}</span></li>}
      </ul>
      <dl className="facts">
        <dt>{t('training.card.when')}</dt>
        <dd>{words.dates(c)}{c.schedule && <>{t('common.listSeparator')}{c.schedule}</>}{t('common.listSeparator')}{t('training.card.sessions', { sessions: c.sessions })}</dd>
        <dt>{t('training.card.where')}</dt><dd>{words.place(c)}</dd>
        {c.provider && <><dt>{t('training.card.provider')}</dt><dd>{c.provider.name}{c.provider.contactPhone && <>{t('common.listSeparator')}{c.provider.contactPhone}</>}</dd></>}
        <CourseOffer course={c} />
      </dl>

      <section aria-labelledby="course-enrol-title">
        <h2 id="course-enrol-title">{t('training.detail.enrolTitle')}</h2>
        <EnrolBlock course={c} />
      </section>

      {c.description && (
        <section aria-labelledby="course-about-title">
          <h2 id="course-about-title">{t('training.detail.about')}</h2>
          {c.description.split(/\n+/).filter(Boolean).map((para, i) => <p key={i}>{para}</p>)}
        </section>
      )}

      <section aria-labelledby="course-access-title">
        <h2 id="course-access-title">{t('training.detail.access')}</h2>
        <CourseAccess course={c} />
        {c.accessibilityNote && <p>{c.accessibilityNote}</p>}
      </section>
      <p><Link to="/training">{t('training.detail.back')}</Link></p>
    </Page>
  );
}

/** What this person can do about the course, and why not when they cannot. */
function EnrolBlock({ course: c }: { course: Course }) {
  const { t } = useI18n();
  const { me } = useSession();
  const navigate = useNavigate();
  const [enrol, { loading }] = useMutation(ENROL);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const e = c.myEnrolment;

  if (c.cancelledAt) return <Notice tone="warning"><p>{t('training.detail.cancelled', { reason: c.cancelReason ?? '' })}</p></Notice>;
  if (me?.role === 'STAFF' || me?.role === 'ADMIN') {
    return c.canManage ? <p><ButtonLink to={`/staff/training/${c.id}/roster`}>{t('training.detail.staff')}</ButtonLink></p> : null;
  }
  if (e && e.status === 'ENROLLED') {
    return <><Notice tone="success"><p>{t('training.detail.enrolled')}</p></Notice><p><ButtonLink to="/my-courses">{t('training.detail.seeMine')}</ButtonLink></p></>;
  }
  if (e && e.status === 'COMPLETED') return <Notice tone="success"><p>{t('training.detail.completed')}</p></Notice>;
  if (!c.open) return <p>{t('training.detail.closed')}</p>;
  if (!c.hasPlaces) return <p>{t('training.detail.full')}</p>;
  if (!me) {
    return (
      <>
        <p>{t('training.detail.signIn')}</p>
        <p><ButtonLink to={`/sign-in?next=${encodeURIComponent(`/training/${c.id}`)}`}>{t('training.detail.signInButton')}</ButtonLink></p>
      </>
    );
  }
  if (me.role !== 'SEEKER') return null;

  const submit = async () => {
    if (loading) return;
    try {
      await enrol({ variables: { courseId: c.id } });
      navigate('/my-courses', { state: { flash: t('training.detail.enrolDone', { title: c.title }) } });
    } catch (err) {
      const report = describeError(err);
      setMessage(report.code === 'FORBIDDEN' ? t('training.detail.profileFirst') : report.message ?? t('error.generic'));
      setAttempt((a) => a + 1);
    }
  };
  return (
    <>
      <ErrorSummary items={[]} message={message} attempt={attempt} />
      <p><Button onClick={submit} aria-disabled={loading || undefined}>{t('training.detail.enrol')}</Button></p>
    </>
  );
}
