// Staff: one campaign with its progress (docs/counting.md "Campaigns"), by county as a chart and the same numbers in a
// table, and what is linked to it: fairs (linked and unlinked here), postings and placements (no person is named).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonLink } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { SelectField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';
import { describeError } from '../../../lib/graphql-errors';
import { ChartFigure, CountyBars } from '../plan/PlanCharts';
import { usePercent } from '../plan/use-percent';
import '../plan/plan.css';
import { targetText } from './CampaignsPage';

export const CAMPAIGN_DETAIL = graphql(`
  query CampaignDetail($id: ID!, $from: String, $counties: [String!]) {
    campaign(id: $id) {
      id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes source canManage
      progress { countedTo people organizations peopleShare organizationsShare targetUnverified byCounty { countyCode people organizations } }
      fairs { id title startsAt }
      postings { id title countyCode }
      placements { placementId startDate countyCode organizationName postingTitle routes counted excluded }
    }
    events(filter: { from: $from }, page: { pageSize: 50 }) { items { id title startsAt } }
    postingChoices: postings(filter: { countyCodes: $counties }, page: { pageSize: 50 }) { items { id title countyCode } }
  }
`);
export const LINK_TO_CAMPAIGN = graphql(`
  mutation LinkToCampaign($input: CampaignLinkInput!) { linkToCampaign(input: $input) { id } }
`);
export const UNLINK_FROM_CAMPAIGN = graphql(`
  mutation UnlinkFromCampaign($input: CampaignLinkInput!) { unlinkFromCampaign(input: $input) { id } }
`);

export function CampaignPage() {
  const mark = useMark();
  const { id } = useParams();
  const { t, locale, formatDate, formatNumber } = useI18n();
  const percent = usePercent();
  const announce = useAnnounce();
  const { nameOf } = useCountyOptions();
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  // the postings offered for linking: the newest 50 in a county staff member's county, else in the city
  const scope = useSession().me?.scopeCountyCode ?? null;
  const { data, loading, error, refetch } = useQuery(CAMPAIGN_DETAIL, { variables: { id: id!, from: '2000-01-01', counties: scope ? [scope] : null }, fetchPolicy: 'network-only' });
  const [link, { loading: linking }] = useMutation(LINK_TO_CAMPAIGN);
  const [unlink] = useMutation(UNLINK_FROM_CAMPAIGN);
  const [fair, setFair] = useState('');
  const [fairError, setFairError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | null>(null);
  const [posting, setPosting] = useState('');
  const [postingError, setPostingError] = useState<string | undefined>();
  const [postingStatus, setPostingStatus] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (error || !data) {
    return <Page title={t('campaigns.detailTitle')}><Notice tone="error"><p>{t('campaigns.notFound')}</p></Notice><p><Link to="/staff/campaigns">{t('campaigns.back')}</Link></p></Page>;
  }
  const c = data.campaign;
  const p = c.progress!;
  const name = locale === 'en' ? c.nameEn : c.nameZh;
  const linked = new Set(c.fairs.map((f) => f.id));
  const choices = data.events.items.filter((e) => !linked.has(e.id));
  const linkedPostings = new Set(c.postings.map((x) => x.id));
  const postingChoices = data.postingChoices.items.filter((x) => !linkedPostings.has(x.id) && (c.countyCodes.length === 0 || c.countyCodes.includes(x.countyCode)));
  const postingSaid = (m: string) => { setPostingStatus(m); announce(m); };
  const addPosting = async (e: FormEvent) => {
    e.preventDefault();
    if (linking) return;
    if (!posting) { setPostingError(t('campaigns.detail.choosePosting')); document.getElementById('campaign-posting')?.focus(); return; }
    try {
      await link({ variables: { input: { campaignId: c.id, postingId: posting } } });
      const title = postingChoices.find((x) => x.id === posting)?.title ?? '';
      setPosting(''); setPostingError(undefined);
      await refetch();
      postingSaid(t('campaigns.detail.postingLinked', { title }));
    } catch (err) {
      setPostingError(describeError(err).fields.postingId ?? describeError(err).message ?? t('error.generic'));
      document.getElementById('campaign-posting')?.focus();
    }
  };
  const removePosting = async (postingId: string, title: string) => {
    await unlink({ variables: { input: { campaignId: c.id, postingId } } });
    await refetch();
    postingSaid(t('campaigns.detail.postingUnlinked', { title }));
    document.getElementById('campaign-posting')?.focus();
  };

  const addFair = async (e: FormEvent) => {
    e.preventDefault();
    if (linking) return;
    if (!fair) { setFairError(t('campaigns.detail.chooseFair')); document.getElementById('campaign-fair')?.focus(); return; }
    try {
      await link({ variables: { input: { campaignId: c.id, eventId: fair } } });
      const title = data.events.items.find((x) => x.id === fair)?.title ?? '';
      setFair(''); setFairError(undefined);
      await refetch();
      const m = t('campaigns.detail.fairLinked', { title });
      setStatus(m); announce(m);
    } catch (err) {
      setFairError(describeError(err).fields.eventId ?? describeError(err).message ?? t('error.generic'));
      document.getElementById('campaign-fair')?.focus();
    }
  };
  const removeFair = async (eventId: string, title: string) => {
    await unlink({ variables: { input: { campaignId: c.id, eventId } } });
    await refetch();
    const m = t('campaigns.detail.fairUnlinked', { title });
    setStatus(m); announce(m);
    document.getElementById('campaign-fair')?.focus();
  };

  return mark(
    <Page title={name}>
      {notice && <Notice tone="success"><p>{notice}</p></Notice>}
      <p><Link to="/staff/campaigns">{t('campaigns.back')}</Link></p>
      <dl className="stat-grid">
        <div><dt>{t('campaigns.colKind')}</dt><dd>{t(`campaigns.kind.${c.kind}` as MessageKey)}</dd></div>
        <div><dt>{t('campaigns.colPeriod')}</dt><dd>{t('campaigns.period', { from: formatDate(c.startDate), to: formatDate(c.endDate) })}</dd></div>
        <div><dt>{t('campaigns.colCounties')}</dt><dd>{c.countyCodes.length ? c.countyCodes.map(nameOf).join('、') : t('campaigns.wholeCity')}</dd></div>
        <div><dt>{t('campaigns.detail.section')}</dt><dd lang="zh-CN">{c.source}</dd></div>
      </dl>
      {c.canManage ? <p><ButtonLink to={`/staff/campaigns/${c.id}/edit`}>{t('campaigns.detail.edit')}</ButtonLink></p> : <p>{t('campaigns.readOnly')}</p>}

      <section aria-labelledby="campaign-progress">
        <h2 id="campaign-progress">{t('campaigns.detail.progress', { date: formatDate(p.countedTo) })}</h2>
        <dl className="stat-grid">
          <div><dt>{t('campaigns.detail.people')}</dt><dd>{formatNumber(p.people)}</dd></div>
          <div><dt>{t('campaigns.detail.targetPeople')}</dt><dd>{targetText(t, c.targetPeople, c.targetSource, 'campaigns.people')}</dd></div>
          <div><dt>{t('campaigns.detail.organizations')}</dt><dd>{formatNumber(p.organizations)}</dd></div>
          <div><dt>{t('campaigns.detail.targetOrganizations')}</dt><dd>{targetText(t, c.targetOrganizations, c.targetSource, 'campaigns.organizations')}</dd></div>
        </dl>
        {c.targetPeople != null && (
          <div className="plan-meter">
            <label htmlFor="campaign-meter-people">{t('campaigns.detail.meterPeople', { count: formatNumber(p.people), target: formatNumber(c.targetPeople), share: percent(p.peopleShare ?? 0) })}</label>
            <progress id="campaign-meter-people" max={c.targetPeople} value={Math.min(p.people, c.targetPeople)}>{percent(p.peopleShare ?? 0)}</progress>
          </div>
        )}
        {c.targetOrganizations != null && (
          <div className="plan-meter">
            <label htmlFor="campaign-meter-orgs">{t('campaigns.detail.meterOrganizations', { count: formatNumber(p.organizations), target: formatNumber(c.targetOrganizations), share: percent(p.organizationsShare ?? 0) })}</label>
            <progress id="campaign-meter-orgs" max={c.targetOrganizations} value={Math.min(p.organizations, c.targetOrganizations)}>{percent(p.organizationsShare ?? 0)}</progress>
          </div>
        )}
        {p.targetUnverified && <p className="hint">{t('campaigns.detail.unverifiedNote')}</p>}
        <p className="hint">{t('campaigns.detail.rule')}</p>
        {p.byCounty.length > 0 && (
          <>
            <ChartFigure caption={t('campaigns.detail.chartCaption')} summary={t('campaigns.detail.chartSummary')} height={`${4 + p.byCounty.length * 2.5}rem`}>
              <CountyBars data={p.byCounty.map((r) => ({ label: nameOf(r.countyCode), count: r.people }))} />
            </ChartFigure>
            <DataTable
              caption={t('campaigns.detail.byCounty')}
              rows={p.byCounty}
              rowKey={(r) => r.countyCode}
              columns={[
                { key: 'county', header: t('campaigns.colCounties'), rowHeader: true, cell: (r) => nameOf(r.countyCode) },
                { key: 'people', header: t('campaigns.detail.people'), cell: (r) => formatNumber(r.people) },
                { key: 'orgs', header: t('campaigns.detail.organizations'), cell: (r) => formatNumber(r.organizations) },
              ]}
            />
          </>
        )}
      </section>

      <section aria-labelledby="campaign-fairs">
        <h2 id="campaign-fairs">{t('campaigns.detail.fairs')}</h2>
        <div role="status" aria-live="polite">{status && <p>{status}</p>}</div>
        {c.fairs.length === 0 ? <p>{t('campaigns.detail.noFairs')}</p> : (
          <ul>{c.fairs.map((f) => (
            <li key={f.id}>
              <Link to={`/staff/events/${f.id}`}>{f.title}</Link>（{formatDate(f.startsAt)}）
              {c.canManage && <> <Button variant="secondary" onClick={() => { void removeFair(f.id, f.title); }}>{t('campaigns.detail.unlinkFair', { title: f.title })}</Button></>}
            </li>
          ))}</ul>
        )}
        {c.canManage && (
          <form onSubmit={addFair} noValidate aria-labelledby="campaign-link-fair">
            <h3 id="campaign-link-fair">{t('campaigns.detail.linkFair')}</h3>
            <SelectField id="campaign-fair" label={t('campaigns.detail.fair')} error={fairError} value={fair}
              placeholder={t('campaigns.detail.choose')} options={choices.map((e) => ({ value: e.id, label: `${e.title}（${formatDate(e.startsAt)}）` }))}
              onChange={(e) => { setFair(e.currentTarget.value); setFairError(undefined); }} />
            <Button type="submit" aria-disabled={linking || undefined}>{t('campaigns.detail.link')}</Button>
          </form>
        )}
      </section>

      <section aria-labelledby="campaign-postings">
        <h2 id="campaign-postings">{t('campaigns.detail.postings')}</h2>
        <p className="hint">{t('campaigns.detail.postingsHint')}</p>
        <div role="status" aria-live="polite">{postingStatus && <p>{postingStatus}</p>}</div>
        {c.postings.length === 0 ? <p>{t('campaigns.detail.noPostings')}</p>
          : <ul>{c.postings.map((x) => (
            <li key={x.id}>
              <Link to={`/jobs/${x.id}`}>{x.title}</Link>（{nameOf(x.countyCode)}）
              {c.canManage && <> <Button variant="secondary" onClick={() => { void removePosting(x.id, x.title); }}>{t('campaigns.detail.unlinkPosting', { title: x.title })}</Button></>}
            </li>
          ))}</ul>}
        {c.canManage && (
          <form onSubmit={addPosting} noValidate aria-labelledby="campaign-link-posting">
            <h3 id="campaign-link-posting">{t('campaigns.detail.linkPosting')}</h3>
            <SelectField id="campaign-posting" label={t('campaigns.detail.posting')} error={postingError} value={posting}
              placeholder={t('campaigns.detail.choose')} options={postingChoices.map((x) => ({ value: x.id, label: `${x.title}（${nameOf(x.countyCode)}）` }))}
              onChange={(e) => { setPosting(e.currentTarget.value); setPostingError(undefined); }} />
            <Button type="submit" aria-disabled={linking || undefined}>{t('campaigns.detail.linkPostingButton')}</Button>
          </form>
        )}
      </section>

      <section aria-labelledby="campaign-placements">
        <h2 id="campaign-placements">{t('campaigns.detail.placements')}</h2>
        {c.canManage && <p><ButtonLink to={`/staff/campaigns/${c.id}/placements`}>{t('campaigns.detail.findPlacements')}</ButtonLink></p>}
        {c.placements.length === 0 ? <p>{t('campaigns.detail.noPlacements')}</p> : (
          <DataTable
            caption={t('campaigns.detail.placementsCaption')}
            rows={c.placements}
            rowKey={(r) => r.placementId}
            columns={[
              { key: 'start', header: t('campaigns.detail.colStart'), rowHeader: true, cell: (r) => formatDate(r.startDate) },
              { key: 'org', header: t('campaigns.detail.colOrganization'), cell: (r) => r.organizationName },
              { key: 'posting', header: t('campaigns.detail.colPosting'), cell: (r) => r.postingTitle ?? '—' },
              { key: 'county', header: t('campaigns.colCounties'), cell: (r) => nameOf(r.countyCode) },
              { key: 'route', header: t('campaigns.detail.colRoute'), cell: (r) => r.routes.map((x) => t(`campaigns.route.${x}` as MessageKey)).join('、') },
              { key: 'counted', header: t('campaigns.detail.colCounted'), cell: (r) => t(r.excluded ? 'campaigns.detail.excluded' : r.counted ? 'campaigns.detail.counted' : 'campaigns.detail.notCounted') },
            ]}
          />
        )}
      </section>
    </Page>
  );
}
