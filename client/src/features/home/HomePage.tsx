// Home: what the service is, a search box, suggestions for a signed-in seeker, positions reserved for
// disabled people, and the next recruitment fairs.
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, ButtonLink } from '../../components/Button';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { PostingCard } from '../../components/posting';
import { useSession } from '../../components/session';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { RecommendedSection } from './RecommendedSection';
import { UpcomingFairs } from './UpcomingFairs';
import { useMark } from '../../components/Lang';

const FEATURED = graphql(`
  query FeaturedReserved {
    postings(filter: { reservedOnly: true }, sort: NEWEST, page: { page: 1, pageSize: 6 }) {
      total
      items { ...PostingCardFields }
    }
  }
`);

export function HomePage() {
  const mark = useMark();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { me } = useSession();
  const [query, setQuery] = useState('');
  const { data, loading, error } = useQuery(FEATURED);

  const search = (e: FormEvent) => {
    e.preventDefault();
    const q = query.trim();
    navigate(q ? `/jobs?q=${encodeURIComponent(q)}` : '/jobs');
  };

  return mark(
    <Page title={t('home.title')} heading={t('home.heading')}>
      <p className="lead">{t('home.intro')}</p>

      <section aria-labelledby="home-search">
        <h2 id="home-search">{t('home.searchTitle')}</h2>
        <form role="search" onSubmit={search} aria-labelledby="home-search">
          <div className="field">
            <label htmlFor="home-q">{t('jobs.keyword')}</label>
            <p id="home-q-hint" className="hint">{t('home.searchHint')}</p>
            <div className="input-with-button">
              <input id="home-q" className="input" type="search" value={query} aria-describedby="home-q-hint"
                onChange={(e) => setQuery(e.currentTarget.value)} enterKeyHint="search" />
              <Button type="submit">{t('jobs.searchButton')}</Button>
            </div>
          </div>
        </form>
      </section>

      {me?.role === 'SEEKER' && <RecommendedSection />}

      {!me && (
        <section aria-labelledby="home-start">
          <h2 id="home-start">{t('home.startTitle')}</h2>
          <ul className="card-list grid">
            <li className="card">
              <h3>{t('home.forSeekers')}</h3>
              <p>{t('home.forSeekersText')}</p>
              <ButtonLink to="/sign-up?role=SEEKER">{t('home.seekerSignUp')}</ButtonLink>
            </li>
            <li className="card">
              <h3>{t('home.forEmployers')}</h3>
              <p>{t('home.forEmployersText')}</p>
              <ButtonLink to="/sign-up?role=EMPLOYER" variant="secondary">{t('home.employerSignUp')}</ButtonLink>
            </li>
          </ul>
        </section>
      )}

      <section aria-labelledby="home-reserved">
        <h2 id="home-reserved">{t('home.reservedTitle')}</h2>
        <p>{t('home.reservedIntro')}</p>
        {loading && <Loading />}
        {error && <Notice tone="error">{t('error.loadFailed')}</Notice>}
        {data && data.postings.items.length === 0 && <p>{t('home.reservedNone')}</p>}
        {data && data.postings.items.length > 0 && (
          <>
            <ul className="card-list grid">
              {data.postings.items.map((p) => <li key={p.id}><PostingCard posting={p} /></li>)}
            </ul>
            <p><Link to="/jobs?reserved=1">{t('home.reservedAll', { count: data.postings.total })}</Link></p>
          </>
        )}
      </section>

      <UpcomingFairs />
    </Page>
  );
}
