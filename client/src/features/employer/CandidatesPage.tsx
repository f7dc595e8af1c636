// Job seekers who could take one of the employer's positions (合适的求职者): only people who agreed to be found,
// masked (family name, age band, county), with why each fits and what is missing. Nothing about disability or
// needs is shown; the server leaves those reasons out for employers.
import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCountyOptions } from '../../components/counties';
import { Loading } from '../../components/Loading';
import { MatchExplanation } from '../../components/match';
import { Notice } from '../../components/Notice';
import { Page, titleOf } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/graphql-errors';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { InviteDialog } from './InviteDialog';
import type { MessageKey } from '../../i18n/zh-CN';

const CANDIDATES = graphql(`
  query PostingCandidates($postingId: ID!, $page: PageInput) {
    posting(id: $postingId) { id title status openingsLeft }
    invitationsForPosting(postingId: $postingId) { id seekerId status declineReason }
    candidates(postingId: $postingId, page: $page) {
      total page pageSize
      items {
        seekerId maskedName ageRange countyCode education preferredForms skills
        match { ...MatchFields }
      }
    }
  }
`);

const PAGE_SIZE = 10;

export function CandidatesPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const counties = useCountyOptions();
  const [inviting, setInviting] = useState<{ seekerId: string; name: string } | null>(null);
  const { data, loading, error, refetch } = useQuery(CANDIDATES, {
    variables: { postingId: id, page: { page, pageSize: PAGE_SIZE } }, fetchPolicy: 'network-only',
  });

  if (loading && !data) return <Loading />;
  if (error || !data) {
    const code = describeError(error).code;
    return (
      <Page title={t('candidates.title')}>
        <Notice tone="error"><p>{code === 'NOT_FOUND' || code === 'FORBIDDEN' ? t('job.notFoundBody') : t('error.loadFailed')}</p></Notice>
        <p><Link to="/employer/postings">{t('nav.postings')}</Link></p>
      </Page>
    );
  }
  const { posting, candidates: list } = data;
  const invitationOf = new Map(data.invitationsForPosting.map((i) => [i.seekerId, i]));
  const canInvite = posting.status === 'PUBLISHED' && posting.openingsLeft > 0;
  const separator = t('common.listSeparator');

  return (
    // another page of the list starts again at the heading, like a new page
    <Page title={t('candidates.title')} heading={t('candidates.heading', { title: posting.title })} focusKey={`${id}-${page}`}
      documentTitle={titleOf(t('candidates.heading', { title: posting.title }), page > 1 && t('page.titlePage', { page }))}>
      <p>{t('candidates.intro')}</p>
      <ul className="meta">
        <li><Link to={`/jobs/${posting.id}`}>{t('applicants.viewPosting')}</Link></li>
        <li><Link to={`/employer/postings/${posting.id}/applicants`}>{t('candidates.viewApplicants')}</Link></li>
      </ul>
      <p role="status">{t('candidates.count', { count: list.total })}</p>
      {list.items.length === 0 ? <p>{t('candidates.none')}</p> : (
        <ul className="card-list">
          {list.items.map((c) => (
            <li key={c.seekerId}>
              <article className="card" aria-labelledby={`candidate-${c.seekerId}-name`}>
                <h2 id={`candidate-${c.seekerId}-name`}>{t('candidates.person', { name: c.maskedName })}</h2>
                <dl className="facts">
                  <dt>{t('candidates.age')}</dt>
                  <dd>{t('candidates.ageRange', { range: c.ageRange })}</dd>
                  <dt>{t('candidates.county')}</dt>
                  <dd>{counties.nameOf(c.countyCode)}</dd>
                  <dt>{t('candidates.education')}</dt>
                  <dd>{label('Education', c.education)}</dd>
                  {c.preferredForms.length > 0 && (<>
                    <dt>{t('candidates.forms')}</dt>
                    <dd>{c.preferredForms.map((f) => label('EmploymentForm', f)).join(separator)}</dd>
                  </>)}
                  <dt>{t('candidates.skills')}</dt>
                  <dd>{c.skills.length ? c.skills.join(separator) : t('candidates.noSkills')}</dd>
                  <dt>{t('invitations.statusFor')}</dt>
                  <dd>
                    {invitationOf.get(c.seekerId)
                      ? t(`invitations.employerStatus.${invitationOf.get(c.seekerId)!.status}` as MessageKey)
                      : t('invitations.notInvited')}
                    {invitationOf.get(c.seekerId)?.declineReason && <>{t('common.colon')}{invitationOf.get(c.seekerId)!.declineReason}</>}
                  </dd>
                </dl>
                <MatchExplanation match={c.match} audience="employer" />
                {canInvite && !invitationOf.has(c.seekerId) && (
                  <p>
                    <Button variant="secondary" onClick={() => setInviting({ seekerId: c.seekerId, name: t('candidates.person', { name: c.maskedName }) })}>
                      {t('invitations.invite')}<span className="visually-hidden">{t('common.colon')}{t('candidates.person', { name: c.maskedName })}</span>
                    </Button>
                  </p>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
      <InviteDialog postingId={posting.id} postingTitle={posting.title} candidate={inviting}
        onDone={(invited) => { setInviting(null); if (invited) void refetch(); }} />
      <Pagination page={page} pageSize={PAGE_SIZE} total={list.total} label={t('candidates.pagesLabel')}
        hrefFor={(p) => `/employer/postings/${id}/candidates${p > 1 ? `?page=${p}` : ''}`} />
    </Page>
  );
}
