// "为您推荐" on the home page of a signed-in seeker: the three best suggestions with their reasons, and the
// way to all of them; or what to do first when there is no profile or no consent to matching yet.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ButtonLink } from '../../components/Button';
import { Loading } from '../../components/Loading';
import { MatchedPostingCard } from '../../components/match';
import { Notice } from '../../components/Notice';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/graphql-errors';
import { useMark } from '../../components/Lang';

const RECOMMENDED_PREVIEW = graphql(`
  query RecommendedPreview {
    recommendedPostings(page: { page: 1, pageSize: 3 }) {
      total
      items {
        posting { ...PostingCardFields }
        match { ...MatchFields }
      }
    }
  }
`);

export function RecommendedSection() {
  const mark = useMark();
  const { t } = useI18n();
  const { data, loading, error } = useQuery(RECOMMENDED_PREVIEW, { fetchPolicy: 'cache-and-network' });
  const result = data?.recommendedPostings;
  return mark(
    <section aria-labelledby="home-recommended">
      <h2 id="home-recommended">{t('recommended.homeTitle')}</h2>
      {loading && !data && <Loading />}
      {error && !data && (describeError(error).code === 'FORBIDDEN' ? (
        <>
          <p>{t('recommended.needProfile')}</p>
          <p><ButtonLink to="/profile/edit?step=consent">{t('recommended.completeProfile')}</ButtonLink></p>
        </>
      ) : <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice>)}
      {result && result.items.length === 0 && <p>{t('recommended.none')}</p>}
      {result && result.items.length > 0 && (
        <>
          <ul className="card-list">
            {result.items.map((hit) => (
              <li key={hit.posting.id}><MatchedPostingCard posting={hit.posting} match={hit.match} /></li>
            ))}
          </ul>
          <p><Link to="/jobs/recommended">{t('recommended.all', { count: result.total })}</Link></p>
        </>
      )}
    </section>
  );
}
