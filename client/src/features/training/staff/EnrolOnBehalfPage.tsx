// Staff at the counter enrol a person who consented ("残联工作人员可以代我办理") in a course taking enrolments, as the
// person would enrol (never beyond the places); the person is told who enrolled them.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { ChoiceGroup } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useCourseWords } from '../CourseParts';

const CONTEXT = graphql(`
  query OnBehalfEnrolContext($id: ID!) {
    seeker(id: $id) { id name consents }
    courses(page: { pageSize: 50 }) { items { id title startsOn endsOn capacity enrolledCount mode venueName address county { code nameZh nameEn } } }
  }
`);

const ENROL_ON_BEHALF = graphql(`
  mutation EnrolOnBehalf($seekerId: ID!, $courseId: ID!) {
    enrol(seekerId: $seekerId, courseId: $courseId) { id status course { id title enrolledCount } onBehalf { staffName office } }
  }
`);

export function EnrolOnBehalfPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t } = useI18n();
  const words = useCourseWords();
  const announce = useAnnounce();
  const { data, loading, error, refetch } = useQuery(CONTEXT, { variables: { id }, fetchPolicy: 'network-only' });
  const [enrol, { loading: sending }] = useMutation(ENROL_ON_BEHALF);
  const [courseId, setCourseId] = useState('');
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);

  if (loading && !data) return <Loading />;
  if (error || !data) {
    return (
      <Page title={t('training.onBehalf.title')}>
        <Notice tone="error"><p>{describeError(error).message ?? t('error.loadFailed')}</p></Notice>
        <p><Link to={`/staff/seekers/${id}`}>{t('onBehalf.back')}</Link></p>
      </Page>
    );
  }
  const s = data.seeker;
  const title = t('training.onBehalf.pageTitle', { name: s.name });
  const back = <p><Link to={`/staff/seekers/${s.id}`}>{t('onBehalf.backTo', { name: s.name })}</Link></p>;
  if (!(s.consents ?? []).includes('ACT_ON_BEHALF')) {
    return <Page title={title}>{back}<Notice tone="warning"><p>{t('onBehalf.noConsent', { name: s.name })}</p></Notice></Page>;
  }
  const courses = data.courses.items;
  const fail = (items: SummaryItem[], msg: string | null) => {
    setProblems(items);
    setMessage(msg);
    setAttempt((a) => a + 1);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const chosen = courses.find((c) => c.id === courseId);
    if (!chosen) return fail([{ target: 'ob-course-0', message: t('training.onBehalf.choose') }], null);
    try {
      const r = await enrol({ variables: { seekerId: s.id, courseId: chosen.id } });
      const msg = t('training.onBehalf.done', { name: s.name, title: r.data!.enrol.course.title });
      setProblems([]);
      setMessage(null);
      setDone(msg);
      announce(msg);
      void refetch();
    } catch (err) {
      fail([], describeError(err).message ?? t('error.generic'));
    }
  };
  return mark(
    <Page title={title} hasErrors={problems.length > 0 || !!message}>
      {back}
      <p>{t('training.onBehalf.intro', { name: s.name })}</p>
      <ErrorSummary items={problems} message={message} attempt={attempt} />
      {done && <Notice tone="success"><p>{done}</p></Notice>}
      {courses.length === 0 ? <p>{t('training.list.none')}</p> : (
        <form onSubmit={submit} noValidate aria-labelledby="ob-enrol-title">
          <h2 id="ob-enrol-title">{t('training.onBehalf.formTitle')}</h2>
          <ChoiceGroup id="ob-course" name="courseId" type="radio" legend={t('training.onBehalf.course')}
            error={problems.find((p) => p.target === 'ob-course-0')?.message} value={courseId || null} onChange={(v) => setCourseId(String(v))}
            choices={courses.map((c) => ({ value: c.id, label: c.title, hint: `${words.dates(c)}${t('common.listSeparator')}${words.place(c)}${t('common.listSeparator')}${words.places(c)}` }))} />
          <ButtonRow>
            <Button type="submit" aria-disabled={sending || undefined}>{t('training.onBehalf.submit', { name: s.name })}</Button>
          </ButtonRow>
        </form>
      )}
    </Page>
  );
}
