// One application's interview and messages, for the seeker, the employer and staff (the thread alone for staff the
// seeker invited who do not cover the posting).
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useMark } from '../../components/Lang';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useSession } from '../../components/session';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { InterviewPanel } from './InterviewPanel';
import { MessageThread } from './MessageThread';

export const APPLICATION_CONVERSATION = graphql(`
  query ApplicationConversation($id: ID!) {
    application(id: $id) {
      id status
      posting { id title organization { id name } }
      seeker { id name }
      interviews {
        id status startsAt durationMinutes mode place accessFeatures accessNote onlineUrl contact message seekerNote cancelReason
        outcome outcomeNote calendarUrl
        accommodations { accommodation status arrangement }
        serviceRequests { id status handledNote }
      }
    }
  }
`);

const SCHEDULABLE = ['SUBMITTED', 'REVIEWING', 'INTERVIEW'];

export function ApplicationConversationPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  const { data, loading, error, refetch } = useQuery(APPLICATION_CONVERSATION, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  const app = data?.application;
  const side = me?.role === 'SEEKER' ? 'SEEKER' : me?.role === 'EMPLOYER' ? 'EMPLOYER' : 'STAFF';
  if (error || !app) {
    // staff the seeker invited may read the thread without covering the posting
    return mark(
      <Page title={t('msg.section')}>
        <MessageThread applicationId={id} />
      </Page>
    );
  }
  const back = side === 'SEEKER' ? '/applications' : side === 'EMPLOYER' ? `/employer/postings/${app.posting.id}/applicants` : '/staff/interviews';
  return mark(
    <Page title={t('iv.pageTitle', { title: app.posting.title })}>
      <p>{app.posting.organization.name}{t('common.colon')}{app.seeker.name}</p>
      <p><Link to={back}>{t('iv.back')}</Link></p>
      <InterviewPanel applicationId={app.id} interview={app.interviews[0] ?? null} side={side}
        canSchedule={SCHEDULABLE.includes(app.status)} onChanged={() => void refetch()} />
      <MessageThread applicationId={app.id} />
    </Page>
  );
}
