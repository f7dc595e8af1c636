// Staff at the counter enrol a person who consented ("残联工作人员可以代我办理") in a course taking enrolments, as the
// person would enrol (never beyond the places); the person is told who enrolled them. The page around the choice is
// the one every such act shares (OnBehalfChoicePage).
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { OnBehalfChoicePage } from '../../../components/OnBehalfChoicePage';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
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
  const { id = '' } = useParams();
  const { t } = useI18n();
  const words = useCourseWords();
  const { data, loading, error, refetch } = useQuery(CONTEXT, { variables: { id }, fetchPolicy: 'network-only' });
  const [enrol] = useMutation(ENROL_ON_BEHALF);
  const courses = data?.courses.items ?? [];
  const sep = t('common.listSeparator');
  return (
    <OnBehalfChoicePage seekerId={id} seeker={data?.seeker} loading={loading} error={error} choiceId="ob-course"
      words={{
        title: t('training.onBehalf.title'),
        pageTitle: (name) => t('training.onBehalf.pageTitle', { name }),
        intro: (name) => t('training.onBehalf.intro', { name }),
        formTitle: t('training.onBehalf.formTitle'),
        legend: t('training.onBehalf.course'),
        choose: t('training.onBehalf.choose'),
        none: t('training.list.none'),
        submit: (name) => t('training.onBehalf.submit', { name }),
      }}
      choices={courses.map((c) => ({ value: c.id, label: c.title, hint: `${words.dates(c)}${sep}${words.place(c)}${sep}${words.places(c)}` }))}
      act={async (courseId) => {
        const r = await enrol({ variables: { seekerId: id, courseId } });
        void refetch();
        return t('training.onBehalf.done', { name: data!.seeker.name, title: r.data!.enrol.course.title });
      }} />
  );
}
