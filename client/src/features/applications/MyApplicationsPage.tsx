// The seeker's applications, newest first: each status in words, its history, and withdrawal.
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonLink, ButtonRow } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { useCountyName } from '../../components/posting';
import { StatusBadge } from '../../components/StatusBadge';
import { graphql } from '../../gql';
import type { MyApplicationsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/graphql-errors';
import { useMark } from '../../components/Lang';
import { InvitationsSection } from './InvitationsSection';

const MY_APPLICATIONS = graphql(`
  query MyApplications($page: PageInput) {
    myApplications(page: $page) {
      total page pageSize
      items {
        id status moves createdAt updatedAt note accommodations accommodationNote rejectionReason unreadMessages
        onBehalf { staffName office }
        posting { id title organization { id name } county { code nameZh nameEn } }
        history { id fromStatus toStatus reason createdAt }
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawApplication($id: ID!) {
    withdrawApplication(id: $id) { id status moves updatedAt history { id fromStatus toStatus reason createdAt } }
  }
`);

type Item = MyApplicationsQuery['myApplications']['items'][number];
const PAGE_SIZE = 10;

export function MyApplicationsPage() {
  const mark = useMark();
  const { t } = useI18n();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error } = useQuery(MY_APPLICATIONS, { variables: { page: { page, pageSize: PAGE_SIZE } }, fetchPolicy: 'network-only' });
  const [withdrawing, setWithdrawing] = useState<Item | null>(null);

  return mark(
    <Page title={t('applications.title')}>
      <InvitationsSection />
      {loading && !data && <Loading />}
      {error && <Notice tone="error">{t('error.loadFailed')}</Notice>}
      {data && data.myApplications.total === 0 && (
        <>
          <p>{t('applications.none')}</p>
          <p><ButtonLink to="/jobs">{t('nav.jobs')}</ButtonLink></p>
        </>
      )}
      {data && data.myApplications.total > 0 && (
        <>
          <p role="status">{t('applications.count', { count: data.myApplications.total })}</p>
          <ul className="card-list">
            {data.myApplications.items.map((a) => (
              <li key={a.id}><ApplicationCard application={a} onWithdraw={() => setWithdrawing(a)} /></li>
            ))}
          </ul>
          <Pagination page={page} pageSize={PAGE_SIZE} total={data.myApplications.total}
            hrefFor={(p) => (p === 1 ? '/applications' : `/applications?page=${p}`)} />
        </>
      )}
      <WithdrawDialog application={withdrawing} onDone={() => setWithdrawing(null)} />
    </Page>
  );
}

function ApplicationCard({ application: a, onWithdraw }: { application: Item; onWithdraw: () => void }) {
  const mark = useMark();
  const { t, label, formatDate, formatDateTime } = useI18n();
  const county = useCountyName();
  return mark(
    <article className="card" aria-labelledby={`app-${a.id}-title`}>
      <h2 id={`app-${a.id}-title`} tabIndex={-1}><Link to={`/jobs/${a.posting.id}`}>{a.posting.title}</Link></h2>
      <dl className="facts">
        <dt>{t('posting.employer')}</dt>
        <dd>{a.posting.organization.name}</dd>
        <dt>{t('posting.place')}</dt>
        <dd>{county(a.posting.county)}</dd>
        <dt>{t('applications.appliedOn')}</dt>
        <dd>{formatDate(a.createdAt)}</dd>
        {a.onBehalf && (
          <><dt>{t('onBehalf.madeBy')}</dt><dd>{t('onBehalf.madeByWho', { office: a.onBehalf.office, name: a.onBehalf.staffName })}</dd></>
        )}
        <dt>{t('applications.status')}</dt>
        <dd><StatusBadge status={a.status} /></dd>
        {a.rejectionReason && (<><dt>{t('applications.reason')}</dt><dd>{a.rejectionReason}</dd></>)}
        {a.accommodations.length > 0 && (
          <>
            <dt>{t('apply.accommodations')}</dt>
            <dd>{a.accommodations.map((x) => label('InterviewAccommodation', x)).join(t('common.listSeparator'))}</dd>
          </>
        )}
      </dl>
      <h3>{t('applications.history')}</h3>
      <ol className="history">
        {a.history.map((h) => (
          <li key={h.id}>
            <time dateTime={h.createdAt}>{formatDateTime(h.createdAt)}</time>{t('common.colon')}
            {label('ApplicationStatus', h.toStatus)}
            {h.reason ? t('applications.historyReason', { reason: h.reason }) : ''}
          </li>
        ))}
      </ol>
      <p>
        <Link to={`/applications/${a.id}`}>
          {a.unreadMessages > 0 ? t('msg.openThreadCount', { count: a.unreadMessages }) : t('msg.openThread')}
          <span className="visually-hidden">{t('common.colon')}{a.posting.title}</span>
        </Link>
      </p>
      {a.moves.includes('WITHDRAWN') && (
        <Button variant="secondary" onClick={onWithdraw}>
          {t('applications.withdraw')}<span className="visually-hidden">{t('common.colon')}{a.posting.title}</span>
        </Button>
      )}
    </article>
  );
}

function WithdrawDialog({ application, onDone }: { application: Item | null; onDone: () => void }) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [withdraw, { loading }] = useMutation(WITHDRAW);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLElement | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  const close = () => {
    setProblem(null);
    onDone();
  };
  const confirm = async () => {
    if (!application || loading) return;
    heading.current = document.getElementById(`app-${application.id}-title`);
    try {
      await withdraw({ variables: { id: application.id } });
      announce(t('applications.withdrawn', { title: application.posting.title }));
      close();
    } catch (err) {
      setProblem(describeError(err).message ?? t('error.generic'));
    }
  };

  return mark(
    <Dialog open={!!application} title={t('applications.withdrawTitle')} onClose={close} initialFocus={cancel} returnFocus={heading}>
      <p>{t('applications.withdrawBody', { title: application?.posting.title ?? '' })}</p>
      {problem && <Notice tone="error" role="alert">{problem}</Notice>}
      <ButtonRow>
        <Button variant="danger" onClick={confirm} aria-disabled={loading || undefined}>{t('applications.withdrawConfirm')}</Button>
        <Button variant="secondary" ref={cancel} onClick={close}>{t('applications.keep')}</Button>
      </ButtonRow>
    </Dialog>
  );
}
