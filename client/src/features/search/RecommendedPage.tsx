// Jobs suggested for the signed-in seeker (为您推荐, /jobs/recommended): only jobs they can take, best match
// first, each with why it suits them and what is still missing.
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/Button';
import { Loading } from '../../components/Loading';
import { MatchedPostingCard } from '../../components/match';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/graphql-errors';

const RECOMMENDED = graphql(`
  query RecommendedJobs($page: PageInput) {
    recommendedPostings(page: $page) {
      total page pageSize
      items {
        posting { ...PostingCardFields }
        match { ...MatchFields }
      }
    }
  }
`);

const PAGE_SIZE = 10;

export function RecommendedPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error } = useQuery(RECOMMENDED, { variables: { page: { page, pageSize: PAGE_SIZE } }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  if (error && !data) {
    const needsProfile = describeError(error).code === 'FORBIDDEN';
    return (
      <Page title={t('recommended.title')}>
        {needsProfile ? (
          <>
            <p>{t('recommended.needProfile')}</p>
            <p><ButtonLink to="/profile/edit?step=consent">{t('recommended.completeProfile')}</ButtonLink></p>
          </>
        ) : <Notice tone="error"><p>{t('error.loadFailed')} {t('error.tryAgainLater')}</p></Notice>}
        <p><Link to="/jobs">{t('job.backToJobs')}</Link></p>
      </Page>
    );
  }
  const result = data!.recommendedPostings;
  return (
    // another page of suggestions starts again at the heading, like a new page
    <Page title={t('recommended.title')} focusKey={`recommended-${page}`}>
      <p>{t('recommended.intro')}</p>
      <p role="status">{t('recommended.count', { count: result.total })}</p>
      {result.items.length === 0 ? <p>{t('recommended.none')}</p> : (
        <ul className="card-list">
          {result.items.map((hit) => (
            <li key={hit.posting.id}><MatchedPostingCard posting={hit.posting} match={hit.match} headingLevel={2} /></li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} total={result.total} label={t('recommended.pagesLabel')}
        hrefFor={(p) => (p > 1 ? `/jobs/recommended?page=${p}` : '/jobs/recommended')} />
      <p><Link to="/jobs">{t('job.backToJobs')}</Link></p>
    </Page>
  );
}
