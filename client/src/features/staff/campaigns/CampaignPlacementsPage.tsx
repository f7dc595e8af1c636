// Staff running a campaign link placements to it (docs/counting.md "Campaigns"): find placements in its counties and
// their own by the person's or the employer's name (the person's name masked, 张*, as on every list that need not
// say who), then link or unlink each, confirmed in a dialog. The words searched are in the address (?q=), so Back and
// a reload keep the results.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { Dialog } from '../../../components/Dialog';
import { TextField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { ResultsHeading } from '../../../components/ResultsHeading';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { LINK_TO_CAMPAIGN, UNLINK_FROM_CAMPAIGN } from './CampaignPage';

const CAMPAIGN_HEAD = graphql(`
  query CampaignHead($id: ID!) { campaign(id: $id) { id nameZh nameEn canManage } }
`);
const PLACEMENT_CHOICES = graphql(`
  query CampaignPlacementChoices($id: ID!, $q: String!) {
    campaignPlacementChoices(campaignId: $id, query: $q, page: { pageSize: 50 }) {
      total items { placementId personName organizationName postingTitle countyCode startDate linked excluded }
    }
  }
`);

type Choice = { placementId: string; personName: string; organizationName: string; linked: boolean };

export function CampaignPlacementsPage() {
  const mark = useMark();
  const { id } = useParams();
  const { t, locale, formatDate } = useI18n();
  const announce = useAnnounce();
  const { nameOf } = useCountyOptions();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const [words, setWords] = useState(q);
  const [wordsError, setWordsError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<Choice | null>(null);
  const results = useRef<HTMLHeadingElement>(null);
  // after a search (new words in the address), focus moves to the results' heading
  const firstQ = useRef(q);
  useEffect(() => { if (q && q !== firstQ.current) results.current?.focus(); }, [q]);
  const head = useQuery(CAMPAIGN_HEAD, { variables: { id: id! }, fetchPolicy: 'network-only' });
  const found = useQuery(PLACEMENT_CHOICES, { variables: { id: id!, q }, skip: !q || !head.data?.campaign.canManage, fetchPolicy: 'network-only' });
  useEffect(() => {
    if (found.error) setWordsError(describeError(found.error).fields.query);
  }, [found.error]);
  if (head.loading && !head.data) return <Loading />;
  const c = head.data?.campaign;
  const title = t('campaigns.find.title');
  if (!c) {
    return <Page title={title}><Notice tone="error"><p>{t('campaigns.notFound')}</p></Notice><p><Link to="/staff/campaigns">{t('campaigns.back')}</Link></p></Page>;
  }
  const name = locale === 'en' ? c.nameEn : c.nameZh;
  const back = <p><Link to={`/staff/campaigns/${c.id}`}>{t('campaigns.find.back', { name })}</Link></p>;
  if (!c.canManage) return mark(<Page title={title}>{back}<Notice tone="warning"><p>{t('campaigns.readOnly')}</p></Notice></Page>);

  const search = (e: FormEvent) => {
    e.preventDefault();
    if (!words.trim()) { setWordsError(t('campaigns.find.wordsRequired')); document.getElementById('cp-words')?.focus(); return; }
    setWordsError(undefined);
    setParams({ q: words.trim() });
  };
  const page = found.data?.campaignPlacementChoices;
  const said = (m: string) => { setStatus(m); announce(m); };

  return mark(
    <Page title={title}>
      {back}
      <p>{t('campaigns.find.intro', { name })}</p>
      <form onSubmit={search} noValidate role="search" aria-label={t('campaigns.find.formLabel')}>
        <TextField id="cp-words" label={t('campaigns.find.words')} hint={t('campaigns.find.wordsHint')} autoComplete="off" className="medium"
          error={wordsError} value={words} onChange={(e) => { setWords(e.currentTarget.value); setWordsError(undefined); }} />
        <ButtonRow><Button type="submit">{t('campaigns.find.submit')}</Button></ButtonRow>
      </form>
      <div role="status" aria-live="polite">{status && <p>{status}</p>}</div>
      {q && (
        <section aria-labelledby="cp-results">
          <ResultsHeading id="cp-results" headingRef={results} title={t('campaigns.find.results')}
            status={page ? t('campaigns.find.count', { count: page.total }) : ''} failed={!!found.error && !wordsError}
            empty={page && page.items.length === 0 ? t('campaigns.find.none') : null} />
          {page && page.items.length > 0 && (
            <DataTable caption={t('campaigns.find.caption')} rows={page.items} rowKey={(r) => r.placementId}
              columns={[
                { key: 'person', header: t('campaigns.find.colPerson'), rowHeader: true, cell: (r) => r.personName },
                { key: 'org', header: t('campaigns.detail.colOrganization'), cell: (r) => r.organizationName },
                { key: 'posting', header: t('campaigns.detail.colPosting'), cell: (r) => r.postingTitle ?? '—' },
                { key: 'county', header: t('campaigns.colCounties'), cell: (r) => nameOf(r.countyCode) },
                { key: 'start', header: t('campaigns.detail.colStart'), cell: (r) => formatDate(r.startDate) },
                { key: 'state', header: t('campaigns.find.colState'), cell: (r) => t(r.excluded ? 'campaigns.detail.excluded' : r.linked ? 'campaigns.find.linked' : 'campaigns.find.notLinked') },
                { key: 'act', header: t('campaigns.find.colAction'), cell: (r) => (
                  <Button variant="secondary" onClick={() => setConfirming(r)}>
                    {t(r.linked ? 'campaigns.find.unlink' : 'campaigns.find.link', { person: r.personName, organization: r.organizationName })}
                  </Button>) },
              ]} />
          )}
        </section>
      )}
      <ConfirmLink campaignId={c.id} campaignName={name} choice={confirming} onClose={() => setConfirming(null)}
        onDone={async (m) => { await found.refetch(); said(m); }} />
    </Page>
  );
}

/** Asks before linking or unlinking one placement; the answer is announced on the page. */
function ConfirmLink({ campaignId, campaignName, choice, onClose, onDone }: {
  campaignId: string; campaignName: string; choice: Choice | null; onClose: () => void; onDone: (said: string) => Promise<void>;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const [link, { loading: linking }] = useMutation(LINK_TO_CAMPAIGN);
  const [unlink, { loading: unlinking }] = useMutation(UNLINK_FROM_CAMPAIGN);
  const [problem, setProblem] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const words = { person: choice?.personName ?? '', organization: choice?.organizationName ?? '', campaign: campaignName };
  const close = () => { setProblem(null); onClose(); };
  const confirm = async () => {
    if (!choice || linking || unlinking) return;
    try {
      const input = { campaignId, placementId: choice.placementId };
      if (choice.linked) await unlink({ variables: { input } });
      else await link({ variables: { input } });
      close();
      await onDone(t(choice.linked ? 'campaigns.find.unlinked' : 'campaigns.find.linkedDone', words));
    } catch (err) {
      setProblem(describeError(err).fields['input.placementId'] ?? describeError(err).message ?? t('error.generic'));
    }
  };
  return mark(
    <Dialog open={!!choice} title={t(choice?.linked ? 'campaigns.find.unlinkTitle' : 'campaigns.find.linkTitle')} onClose={close} initialFocus={keep}>
      <p>{t(choice?.linked ? 'campaigns.find.unlinkBody' : 'campaigns.find.linkBody', words)}</p>
      {problem && <Notice tone="error" role="alert">{problem}</Notice>}
      <ButtonRow>
        <Button onClick={() => { void confirm(); }} aria-disabled={linking || unlinking || undefined}>{t(choice?.linked ? 'campaigns.find.unlinkConfirm' : 'campaigns.find.linkConfirm')}</Button>
        <Button variant="secondary" ref={keep} onClick={close}>{t('campaigns.find.cancel')}</Button>
      </ButtonRow>
    </Dialog>
  );
}
