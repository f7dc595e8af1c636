// The federation's 助残类公益性岗位 (plan 二、主要措施（五）：“开发20-30个……助残类公益性岗位”): how many are recorded
// against the plan's range, which they are, and a form to record a public-welfare posting as one (or stop); the
// posting's employer is told either way. The 10% share of new public-welfare posts is the dashboard's figure (linked).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { SelectField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';

export const WELFARE_POSTS = graphql(`
  query WelfarePosts {
    welfarePosts { count planMin planMax planSource postings { id title countyCode } }
    postings(filter: { employmentForms: [PUBLIC_WELFARE] }, page: { pageSize: 50 }) { items { id title countyCode welfarePost } }
  }
`);
export const MARK_WELFARE_POST = graphql(`mutation MarkWelfarePost($postingId: ID!) { markWelfarePost(postingId: $postingId) }`);
export const UNMARK_WELFARE_POST = graphql(`mutation UnmarkWelfarePost($postingId: ID!) { unmarkWelfarePost(postingId: $postingId) }`);

export function WelfarePostsSection() {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const { nameOf } = useCountyOptions();
  const { data, refetch } = useQuery(WELFARE_POSTS, { fetchPolicy: 'network-only' });
  const [markPost, { loading }] = useMutation(MARK_WELFARE_POST);
  const [unmarkPost] = useMutation(UNMARK_WELFARE_POST);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | null>(null);
  if (!data) return null;
  const w = data.welfarePosts;
  const candidates = data.postings.items.filter((p) => !p.welfarePost);
  const said = (m: string) => { setStatus(m); announce(m); };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    if (!choice) { setError(t('campaigns.welfare.choose')); document.getElementById('welfare-posting')?.focus(); return; }
    try {
      await markPost({ variables: { postingId: choice } });
      const title = candidates.find((p) => p.id === choice)?.title ?? '';
      setChoice(''); setError(undefined);
      await refetch();
      said(t('campaigns.welfare.marked', { title }));
    } catch (err) {
      setError(describeError(err).fields.postingId ?? describeError(err).message ?? t('error.generic'));
      document.getElementById('welfare-posting')?.focus();
    }
  };
  const unmark = async (id: string, title: string) => {
    await unmarkPost({ variables: { postingId: id } });
    await refetch();
    said(t('campaigns.welfare.unmarked', { title }));
    document.getElementById('welfare-posting')?.focus();
  };

  return mark(
    <section aria-labelledby="welfare-posts">
      <h2 id="welfare-posts">{t('campaigns.welfare.title')}</h2>
      <p>{t('campaigns.welfare.figure', { count: w.count, min: w.planMin, max: w.planMax })}</p>
      <p className="hint">{t('campaigns.welfare.source')}<span lang="zh-CN">{w.planSource}</span></p>
      <p className="hint">{t('campaigns.welfare.setting')} <Link to="/staff/policy">{t('campaigns.welfare.settingLink')}</Link></p>
      <div className="plan-meter">
        <label htmlFor="welfare-meter">{t('campaigns.welfare.meter', { count: w.count, min: w.planMin })}</label>
        <progress id="welfare-meter" max={w.planMin} value={Math.min(w.count, w.planMin)}>{w.count}</progress>
      </div>
      <div role="status" aria-live="polite">{status && <p>{status}</p>}</div>
      {w.postings.length > 0 && (
        <ul>{w.postings.map((p) => (
          <li key={p.id}>
            <Link to={`/jobs/${p.id}`}>{p.title}</Link>（{nameOf(p.countyCode)}）{' '}
            <Button variant="secondary" onClick={() => { void unmark(p.id, p.title); }}>{t('campaigns.welfare.unmark', { title: p.title })}</Button>
          </li>
        ))}</ul>
      )}
      <form onSubmit={submit} noValidate aria-labelledby="welfare-mark">
        <h3 id="welfare-mark">{t('campaigns.welfare.markTitle')}</h3>
        <SelectField id="welfare-posting" label={t('campaigns.welfare.posting')} hint={t('campaigns.welfare.postingHint')} error={error} value={choice}
          placeholder={t('campaigns.detail.choose')} options={candidates.map((p) => ({ value: p.id, label: `${p.title}（${nameOf(p.countyCode)}）` }))}
          onChange={(e) => { setChoice(e.currentTarget.value); setError(undefined); }} />
        <Button type="submit" aria-disabled={loading || undefined}>{t('campaigns.welfare.mark')}</Button>
      </form>
      <p>{t('campaigns.welfare.share')} <Link to="/staff/plan#plan-welfare">{t('campaigns.welfare.shareLink')}</Link></p>
    </section>
  );
}
