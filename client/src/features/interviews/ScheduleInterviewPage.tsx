// 邀请面试: the employer proposes an interview for one applicant (the stage never moves without a proposal).
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMark } from '../../components/Lang';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { InterviewForm } from './InterviewForm';

const SCHEDULE_CONTEXT = graphql(`
  query ScheduleInterviewContext($id: ID!) {
    application(id: $id) { id status posting { id title } seeker { id name } }
  }
`);

export function ScheduleInterviewPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [hasErrors, setHasErrors] = useState(false);
  const { data, loading, error } = useQuery(SCHEDULE_CONTEXT, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error || !data?.application) {
    return mark(<Page title={t('job.notFoundTitle')}><p><Link to="/employer/postings">{t('iv.back')}</Link></p></Page>);
  }
  const app = data.application;
  return mark(
    <Page title={t('iv.scheduleTitle', { name: app.seeker.name })} hasErrors={hasErrors}>
      <p>{app.posting.title}</p>
      <InterviewForm applicationId={app.id} onHasErrors={setHasErrors}
        onDone={() => navigate(`/applications/${app.id}`, { state: { flash: t('iv.sent') } })}
        onCancel={() => navigate(`/employer/postings/${app.posting.id}/applicants`)} />
    </Page>
  );
}
