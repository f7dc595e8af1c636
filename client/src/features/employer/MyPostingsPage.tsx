// The employer's positions by status: edit, see applicants, publish a draft, stop recruiting.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonLink } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page, titleOf } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { Tabs } from '../../components/Tabs';
import { graphql } from '../../gql';
import type { MyPostingsQuery, PostingStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/graphql-errors';
import { useMark } from '../../components/Lang';

const MY_POSTINGS = graphql(`
  query MyPostings($status: PostingStatus, $page: PageInput) {
    myOrganization { id name verificationStatus }
    myPostings(status: $status, page: $page) {
      total page pageSize
      items { id title status reserved openings openingsLeft applicationCount deadline publishedAt updatedAt welfarePost campaigns { id nameZh nameEn } }
    }
  }
`);

const PUBLISH = graphql(`
  mutation PublishPosting($id: ID!) { publishPosting(id: $id) { id status publishedAt } }
`);

const CLOSE = graphql(`
  mutation ClosePosting($id: ID!) { closePosting(id: $id) { id status closedAt } }
`);

type Row = MyPostingsQuery['myPostings']['items'][number];
const PAGE_SIZE = 20;
const TABS = ['ALL', 'DRAFT', 'PUBLISHED', 'CLOSED'] as const;

export function MyPostingsPage() {
  const mark = useMark();
  const { t, label, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as (typeof TABS)[number]) : 'ALL';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error } = useQuery(MY_POSTINGS, {
    variables: { status: tab === 'ALL' ? null : (tab as PostingStatus), page: { page, pageSize: PAGE_SIZE } },
    fetchPolicy: 'network-only',
  });
  const announce = useAnnounce();
  const [problem, setProblem] = useState<string | null>(null);
  const [publish] = useMutation(PUBLISH, { refetchQueries: ['MyPostings'] });
  const [close] = useMutation(CLOSE, { refetchQueries: ['MyPostings'] });

  const act = async (row: Row, action: 'publish' | 'close') => {
    setProblem(null);
    try {
      if (action === 'publish') await publish({ variables: { id: row.id } });
      else await close({ variables: { id: row.id } });
      announce(t(action === 'publish' ? 'postings.published' : 'postings.closedDone', { title: row.title }));
      // the button is gone now: continue from the position's name
      setTimeout(() => document.getElementById(`posting-link-${row.id}`)?.focus(), 0);
    } catch (err) {
      setProblem(describeError(err).message ?? t('error.generic'));
    }
  };

  if (loading && !data) return <Loading />;
  if (error && !data) return <Page title={t('postings.title')} documentTitle={titleOf(t('error.loadFailed'), t('postings.title'))}><Notice tone="error">{t('error.loadFailed')}</Notice></Page>;
  const org = data?.myOrganization;
  if (!org) {
    return (
      <Page title={t('postings.title')}>
        <Notice tone="warning"><p>{t('postings.noOrganization')}</p></Notice>
        <p><ButtonLink to="/employer/organization">{t('org.registerTitle')}</ButtonLink></p>
      </Page>
    );
  }
  const verified = org.verificationStatus === 'VERIFIED';
  // a pending organization may publish: its positions become public once it is verified; a stopped one may not
  const stopped = org.verificationStatus === 'REJECTED' || org.verificationStatus === 'SUSPENDED';
  const rows = data?.myPostings.items ?? [];
  const total = data?.myPostings.total ?? 0;

  const table = rows.length === 0 ? <p>{t('postings.none')}</p> : (
    <>
      <DataTable
        caption={t('postings.caption', { status: t(`postings.tab.${tab}`), count: total })}
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { key: 'title', header: t('postings.colTitle'), rowHeader: true, cell: (r) => (
            <>
              <Link id={`posting-link-${r.id}`} to={`/jobs/${r.id}`}>{r.title}</Link>
              {/* campaigns staff linked it to (plan 二（四）（七）) and the 助残类公益性岗位 mark (（五）) */}
              {(r.campaigns.length > 0 || r.welfarePost) && (
                <ul className="badges">
                  {r.campaigns.map((c) => <li key={c.id}><span className="badge">{t('campaigns.badge', { name: locale === 'en' ? c.nameEn : c.nameZh })}</span></li>)}
                  {r.welfarePost && <li><span className="badge">{t('campaigns.welfareBadge')}</span></li>}
                </ul>
              )}
            </>
          ) },
          { key: 'status', header: t('postings.colStatus'), cell: (r) => label('PostingStatus', r.status) },
          { key: 'applicants', header: t('postings.colApplicants'), cell: (r) => r.applicationCount ?? 0 },
          { key: 'openings', header: t('postings.colOpenings'), cell: (r) => t('postings.openingsCell', { left: r.openingsLeft, openings: r.openings }) },
          { key: 'actions', header: t('postings.colActions'), cell: (r) => (
            <ul className="meta">
              <li><Link to={`/employer/postings/${r.id}/applicants`}>{t('postings.applicants')}<span className="visually-hidden">{t('common.colon')}{r.title}</span></Link></li>
              {r.status !== 'CLOSED' && <li><Link to={`/employer/postings/${r.id}/candidates`}>{t('candidates.link')}<span className="visually-hidden">{t('common.colon')}{r.title}</span></Link></li>}
              {r.status !== 'CLOSED' && <li><Link to={`/employer/postings/${r.id}/edit`}>{t('postings.edit')}<span className="visually-hidden">{t('common.colon')}{r.title}</span></Link></li>}
              {r.status === 'DRAFT' && !stopped && (
                <li><Button variant="secondary" onClick={() => void act(r, 'publish')}>{t('postings.publish')}<span className="visually-hidden">{t('common.colon')}{r.title}</span></Button></li>
              )}
              {r.status === 'PUBLISHED' && (
                <li><Button variant="secondary" onClick={() => void act(r, 'close')}>{t('postings.close')}<span className="visually-hidden">{t('common.colon')}{r.title}</span></Button></li>
              )}
            </ul>
          ) },
        ]}
      />
      <Pagination page={page} pageSize={PAGE_SIZE} total={total}
        hrefFor={(p) => `/employer/postings?${new URLSearchParams({ ...(tab !== 'ALL' ? { status: tab } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`} />
    </>
  );

  return mark(
    <Page title={t('postings.title')}>
      <p>{t('postings.intro', { name: org.name })}</p>
      {!verified && !stopped && <Notice tone="warning"><p>{t('postings.notVerified')}</p></Notice>}
      {stopped && <Notice tone="error"><p>{t('postings.stopped')}</p></Notice>}
      {problem && <Notice tone="error" role="alert">{problem}</Notice>}
      <p><ButtonLink to="/employer/postings/new">{t('postings.new')}</ButtonLink></p>
      <Tabs
        label={t('postings.tabsLabel')}
        selected={tab}
        onSelect={(id) => setParams(id === 'ALL' ? {} : { status: id }, { replace: true })}
        tabs={TABS.map((id) => ({ id, label: t(`postings.tab.${id}`), panel: id === tab ? table : null }))}
      />
    </Page>
  );
}
