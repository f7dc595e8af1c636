// The next recruitment fairs (招聘会) on the home page: when, how (on site or online) and where, with a
// way to all of them. The events pages themselves belong to the events feature, reached by link.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { useCountyName } from '../../components/posting';
import { graphql } from '../../gql';
import type { EventMode } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { useMark } from '../../components/Lang';

const UPCOMING = graphql(`
  query UpcomingFairs {
    events(page: { page: 1, pageSize: 3 }) {
      total
      items { id title startsAt mode venueName status county { code nameZh nameEn } }
    }
  }
`);

export function UpcomingFairs() {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const county = useCountyName();
  const { data, loading, error } = useQuery(UPCOMING);
  // a fair that fails to load must not hide the rest of the home page: say nothing
  if (error) return null;
  const fairs = data?.events.items.filter((e) => e.status === 'PUBLISHED') ?? [];
  return mark(
    <section aria-labelledby="home-fairs">
      <h2 id="home-fairs">{t('home.fairsTitle')}</h2>
      {loading && !data && <Loading />}
      {data && fairs.length === 0 && <p>{t('home.fairsNone')}</p>}
      {fairs.length > 0 && (
        <ul className="card-list grid">
          {fairs.map((e) => (
            <li key={e.id}>
              <article className="card" aria-labelledby={`fair-${e.id}`}>
                <h3 id={`fair-${e.id}`}><Link to={`/events/${e.id}`}>{e.title}</Link></h3>
                <dl className="facts">
                  <dt>{t('home.fairWhen')}</dt>
                  <dd>{formatDateTime(e.startsAt)}</dd>
                  <dt>{t('home.fairMode')}</dt>
                  <dd>{t(`events.mode.${e.mode as EventMode}` as MessageKey)}</dd>
                  {e.mode !== 'ONLINE' && (<><dt>{t('home.fairWhere')}</dt><dd>{[county(e.county), e.venueName].filter(Boolean).join(' ')}</dd></>)}
                </dl>
              </article>
            </li>
          ))}
        </ul>
      )}
      <p><Link to="/events">{t('home.fairsAll')}</Link></p>
    </section>
  );
}
