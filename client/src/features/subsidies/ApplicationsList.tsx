// The applications an employer or a person has sent, with their status and the reviewer's note; one still waiting
// can be withdrawn (asked once more, in the page, before it is; the county's staff are told).
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useAnnounce } from '../../components/Announcer';
import { AskFirst } from '../../components/AskFirst';
import { useMark } from '../../components/Lang';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { graphql } from '../../gql';
import type { MySubsidyApplicationsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/graphql-errors';
import { ApplicationStatusBadge } from './parts';

export const MY_SUBSIDY_APPLICATIONS = graphql(`
  query MySubsidyApplications {
    mySubsidyApplications { subsidyName personName subjectName application { id status submittedAt decisionReason withdrawnAt } }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawSubsidyApplication($input: WithdrawSubsidyInput!) { withdrawSubsidyApplication(input: $input) { id status withdrawnAt } }
`);

type Application = MySubsidyApplicationsQuery['mySubsidyApplications'][number];

export function ApplicationsList({ data, loading }: { data: MySubsidyApplicationsQuery['mySubsidyApplications'] | undefined; loading: boolean }) {
  const { t } = useI18n();
  if (loading && !data) return <Loading />;
  if (!data?.length) return <p>{t('sub.employer.noApplications')}</p>;
  return (
    <ul className="card-list">
      {data.map((a) => <li key={a.application.id}><ApplicationCard a={a} /></li>)}
    </ul>
  );
}

function ApplicationCard({ a }: { a: Application }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const [problem, setProblem] = useState<string | null>(null);
  // the page's eligibility shows the subsidy as claimable again once the application is withdrawn
  const refetch = ['SubsidyEligibility', 'MySubsidyApplications'];
  const [withdraw, { loading }] = useMutation(WITHDRAW, { refetchQueries: refetch, awaitRefetchQueries: true });
  const client = useApolloClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const id = `app-${a.application.id}`;
  const title = a.subjectName || a.personName ? t('sub.withSubject', { name: a.subsidyName, subject: (a.subjectName ?? a.personName)! }) : a.subsidyName;

  const doWithdraw = async () => {
    try {
      await withdraw({ variables: { input: { applicationId: a.application.id } } });
      setProblem(null);
      // the buttons are gone with the waiting state: focus stays on this application
      setTimeout(() => heading.current?.focus(), 0);
      announce(t('sub.withdraw.done', { name: title }));
    } catch (err) {
      // decided meanwhile (or already withdrawn): say why, and show the application as it is now
      setProblem(describeError(err).message ?? t('error.generic'));
      await client.refetchQueries({ include: refetch });
      setTimeout(() => heading.current?.focus(), 0);
    }
  };
  return mark(
    <article className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>{title}</h3>
      <p><ApplicationStatusBadge status={a.application.status} /></p>
      <p>{t('sub.staff.submittedAt', { at: formatDateTime(a.application.submittedAt) })}</p>
      {a.application.withdrawnAt && <p>{t('sub.status.withdrawnAt', { at: formatDateTime(a.application.withdrawnAt) })}</p>}
      {a.application.decisionReason && <p>{t('sub.status.reason', { reason: a.application.decisionReason })}</p>}
      {problem && <Notice tone="error" role="alert"><p>{problem}</p></Notice>}
      {a.application.status === 'SUBMITTED' && (
        <AskFirst busy={loading} onYes={doWithdraw} question={t('sub.withdraw.confirm', { name: title })} yes={t('sub.withdraw.yes')} no={t('sub.withdraw.no')}
          button={<>{t('sub.withdraw.button')}<span className="visually-hidden">{t('common.colon')}{title}</span></>} />
      )}
    </article>
  );
}
