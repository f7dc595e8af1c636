// The job seeker's own log: every time someone else read their disability data or ID numbers, who (the office
// and a masked name: 罗山县残联 王某), when, what, why and on which screen. Linked from the profile page.
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/Button';
import { useCountyOptions } from '../../components/counties';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import type { MyDataAccessLogQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { useMark } from '../../components/Lang';

const MY_DATA_ACCESS_LOG = graphql(`
  query MyDataAccessLog($page: PageInput) {
    myDataAccessLog(page: $page) {
      total page pageSize
      items { id at readerRole readerName readerCountyCode readerOrganization data purpose screen }
    }
  }
`);

type Entry = MyDataAccessLogQuery['myDataAccessLog']['items'][number];
const PAGE_SIZE = 20;
const SCREENS = new Set(['SeekerServices', 'SeekersMissingService', 'GraduateDetail', 'GraduateLedger', 'PostingApplicants',
  'PostingCandidates', 'StaffQuotaPosition', 'EmployerQuotaPosition']);

export function AccessLogPage() {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error } = useQuery(MY_DATA_ACCESS_LOG, { variables: { page: { page, pageSize: PAGE_SIZE } }, fetchPolicy: 'network-only' });
  const entries = data?.myDataAccessLog.items ?? [];
  const total = data?.myDataAccessLog.total ?? 0;
  return mark(
    <Page title={t('access.title')}>
      <p>{t('access.intro')}</p>
      <p>{t('access.help')}</p>
      <section aria-labelledby="access-list">
        <h2 id="access-list">{t('access.listHeading')}</h2>
        {loading && !data ? <Loading /> : error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice> : entries.length === 0
          ? <p>{t('access.none')}</p>
          : (
            <>
              <p>{t('access.count', { count: formatNumber(total) })}</p>
              <ul className="card-list">
                {entries.map((e) => <li key={e.id} className="card"><AccessCard entry={e} /></li>)}
              </ul>
              <Pagination page={page} pageSize={PAGE_SIZE} total={total} hrefFor={(p) => (p > 1 ? `/profile/access-log?page=${p}` : '/profile/access-log')} />
            </>
          )}
      </section>
      <p><ButtonLink to="/profile" variant="secondary">{t('access.back')}</ButtonLink></p>
    </Page>
  );
}

function AccessCard({ entry: e }: { entry: Entry }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const { nameOf } = useCountyOptions();
  const office = e.readerRole === 'STAFF'
    ? (e.readerCountyCode ? t('access.staffOffice', { county: nameOf(e.readerCountyCode) }) : t('access.cityOffice'))
    : e.readerRole === 'EMPLOYER' ? e.readerOrganization ?? t('access.employer')
      : e.readerRole === 'ADMIN' ? t('access.admin') : t('access.unknownReader');
  const who = [office, e.readerName].filter(Boolean).join(' ');
  return mark(
    <article aria-label={who}>
      <h3>{who}</h3>
      <dl className="facts">
        <dt>{t('access.when')}</dt><dd>{formatDateTime(e.at)}</dd>
        <dt>{t('access.what')}</dt><dd>{t(`sensitive.${e.data}` as MessageKey)}</dd>
        <dt>{t('access.why')}</dt><dd>{t(`purpose.${e.purpose}` as MessageKey)}</dd>
        {e.screen && SCREENS.has(e.screen) && (<><dt>{t('access.where')}</dt><dd>{t(`screen.${e.screen}` as MessageKey)}</dd></>)}
      </dl>
    </article>
  );
}
