// One position: the easy-read summary first (with read-aloud), then the full details, then how to apply.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ButtonLink } from '../../components/Button';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { PostingDetails, VerifiedMark } from '../../components/posting';
import { ReadAloud } from '../../components/ReadAloud';
import { useSession } from '../../components/session';
import { StatusBadge } from '../../components/StatusBadge';
import { graphql } from '../../gql';
import type { ApplicationStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/graphql-errors';
import { useMark } from '../../components/Lang';
import { MatchExplanation } from '../../components/match';
import { SuggestedCourses } from './SuggestedCourses';

const POSTING = graphql(`
  query PostingDetail($id: ID!) {
    posting(id: $id) {
      ...PostingCardFields
      status description address openings educationRequired skills suitableCategories demands
      relaxedAge relaxedHousehold relaxedExamRatio relaxationNote easyRead
      organization { id name type description verificationStatus }
      myApplication { id status }
      myMatch { ...MatchFields gaps { code suggestedCourses { id title startsOn kind } } }
    }
  }
`);

/** Splits an easy-read text into its sentences, one idea per line. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[。！？!?])|(?<=\.)\s+/).map((s) => s.trim()).filter(Boolean);
}

export function JobDetailPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { me } = useSession();
  const { data, loading, error } = useQuery(POSTING, { variables: { id } });

  if (loading && !data) return <Loading />;
  if (error || !data) {
    const code = describeError(error).code;
    const missing = code === 'NOT_FOUND' || code === 'BAD_USER_INPUT';
    return (
      <Page title={missing ? t('job.notFoundTitle') : t('error.loadFailed')}>
        <p>{missing ? t('job.notFoundBody') : t('error.tryAgainLater')}</p>
        <p><Link to="/jobs">{t('job.backToJobs')}</Link></p>
      </Page>
    );
  }

  const p = data.posting;
  return mark(
    <Page title={p.title}>
      <p className="lead">
        {t('posting.employerWithType', { name: p.organization.name, type: label('OrganizationType', p.organization.type) })}
        {p.organization.verificationStatus === 'VERIFIED' && <> <VerifiedMark /></>}
      </p>

      <section className="easy-read" aria-labelledby="easy-read-title">
        <h2 id="easy-read-title">{t('job.easyReadTitle')}</h2>
        <ol id="easy-read-text" tabIndex={-1}>{sentences(p.easyRead).map((s, i) => <li key={i}>{s}</li>)}</ol>
        <ReadAloud text={p.easyRead} label={t('readAloud.start')} textId="easy-read-text" />
      </section>

      {p.myMatch && (
        <section aria-labelledby="match-title">
          <h2 id="match-title">{t('job.matchTitle')}</h2>
          <MatchExplanation match={p.myMatch} />
        </section>
      )}
      {p.myMatch && <SuggestedCourses gaps={p.myMatch.gaps} />}

      <section aria-labelledby="apply-title">
        <h2 id="apply-title">{t('job.applyTitle')}</h2>
        <ApplyBlock
          postingId={p.id}
          closed={p.status !== 'PUBLISHED'}
          full={p.openingsLeft === 0}
          signedIn={!!me}
          isSeeker={me?.role === 'SEEKER'}
          application={p.myApplication}
        />
      </section>

      <section aria-labelledby="details-title">
        <h2 id="details-title">{t('job.detailsTitle')}</h2>
        <PostingDetails posting={p} headingLevel={3} />
        {p.organization.description && (
          <>
            <h3>{t('job.aboutEmployer')}</h3>
            <p>{p.organization.description}</p>
          </>
        )}
      </section>
    </Page>
  );
}

function ApplyBlock({ postingId, closed, full, signedIn, isSeeker, application }: {
  postingId: string; closed: boolean; full: boolean; signedIn: boolean; isSeeker: boolean;
  application: { id: string; status: ApplicationStatus } | null;
}) {
  const { t } = useI18n();
  if (application) {
    return (
      <>
        <p>{t('job.alreadyApplied')} <StatusBadge status={application.status} /></p>
        <p><Link to="/applications">{t('job.seeApplications')}</Link></p>
      </>
    );
  }
  if (closed) return <Notice tone="warning">{t('job.closed')}</Notice>;
  if (full) return <Notice tone="warning">{t('job.full')}</Notice>;
  if (!signedIn) {
    return (
      <>
        <p>{t('job.signInToApply')}</p>
        <p><ButtonLink to={`/sign-in?next=${encodeURIComponent(`/jobs/${postingId}/apply`)}`}>{t('job.signInAndApply')}</ButtonLink></p>
        <p><Link to="/sign-up?role=SEEKER">{t('job.createAccount')}</Link></p>
      </>
    );
  }
  if (!isSeeker) return <p>{t('job.onlySeekersApply')}</p>;
  return <p><ButtonLink to={`/jobs/${postingId}/apply`}>{t('job.applyButton')}</ButtonLink></p>;
}
