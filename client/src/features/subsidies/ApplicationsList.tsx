// The applications an employer or a person has sent, with their status and the reviewer's note.
import { graphql } from '../../gql';
import type { MySubsidyApplicationsQuery } from '../../gql/graphql';
import { useMark } from '../../components/Lang';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../i18n/I18nProvider';
import { ApplicationStatusBadge } from './parts';

export const MY_SUBSIDY_APPLICATIONS = graphql(`
  query MySubsidyApplications {
    mySubsidyApplications { subsidyName personName application { id status submittedAt decisionReason } }
  }
`);

export function ApplicationsList({ data, loading }: { data: MySubsidyApplicationsQuery['mySubsidyApplications'] | undefined; loading: boolean }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  if (loading && !data) return <Loading />;
  if (!data?.length) return <p>{t('sub.employer.noApplications')}</p>;
  return mark(
    <ul className="card-list">
      {data.map((a) => (
        <li key={a.application.id} className="card">
          <p><strong>{a.subsidyName}</strong>{a.personName ? `（${a.personName}）` : ''}</p>
          <p><ApplicationStatusBadge status={a.application.status} /></p>
          <p>{t('sub.staff.submittedAt', { at: formatDateTime(a.application.submittedAt) })}</p>
          {a.application.decisionReason && <p>{t('sub.status.reason', { reason: a.application.decisionReason })}</p>}
        </li>
      ))}
    </ul>
  );
}
