// Staff: the campaigns (专项行动) the plan names (二、主要措施（四）“千企万人助残就业计划”, （七）“万名学子回归工程”), each
// with its period, counties and targets, and the federation's 助残类公益性岗位 against the plan's 20-30 (（五）).
import { useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { ButtonLink } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';
import { WelfarePostsSection } from './WelfarePostsSection';
import '../plan/plan.css';

export const CAMPAIGNS_LIST = graphql(`
  query CampaignsList {
    campaigns { id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes canManage }
  }
`);

/** "待核实" beside a target no document states (docs/counting.md "Campaigns"). */
export function targetText(t: ReturnType<typeof useI18n>['t'], n: number | null | undefined, source: string | null | undefined, key: MessageKey): string {
  if (n == null) return t('campaigns.noTarget');
  return source ? t(key, { count: n }) : `${t(key, { count: n })}（${t('campaigns.unverified')}）`;
}

export function CampaignsPage() {
  const mark = useMark();
  const { t, locale, formatDate } = useI18n();
  const { nameOf } = useCountyOptions();
  const { data, loading, error } = useQuery(CAMPAIGNS_LIST, { fetchPolicy: 'network-only' });
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  if (loading && !data) return <Loading />;
  const name = (c: { nameZh: string; nameEn: string }) => (locale === 'en' ? c.nameEn : c.nameZh);
  return mark(
    <Page title={t('campaigns.title')}>
      {notice && <Notice tone="success"><p>{notice}</p></Notice>}
      <p>{t('campaigns.intro')}</p>
      <p><ButtonLink to="/staff/campaigns/new">{t('campaigns.add')}</ButtonLink></p>
      {error || !data ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice> : (
        <>
          {data.campaigns.length === 0 ? <p>{t('campaigns.none')}</p> : (
            <DataTable
              caption={t('campaigns.listCaption')}
              rows={data.campaigns}
              rowKey={(c) => c.id}
              columns={[
                { key: 'name', header: t('campaigns.colName'), rowHeader: true, cell: (c) => <Link to={`/staff/campaigns/${c.id}`}>{name(c)}</Link> },
                { key: 'kind', header: t('campaigns.colKind'), cell: (c) => t(`campaigns.kind.${c.kind}` as MessageKey) },
                { key: 'period', header: t('campaigns.colPeriod'), cell: (c) => t('campaigns.period', { from: formatDate(c.startDate), to: formatDate(c.endDate) }) },
                { key: 'counties', header: t('campaigns.colCounties'), cell: (c) => (c.countyCodes.length ? c.countyCodes.map(nameOf).join('、') : t('campaigns.wholeCity')) },
                { key: 'target', header: t('campaigns.colTarget'), cell: (c) => (
                  <ul className="plain-list">
                    <li>{targetText(t, c.targetPeople, c.targetSource, 'campaigns.people')}</li>
                    <li>{targetText(t, c.targetOrganizations, c.targetSource, 'campaigns.organizations')}</li>
                  </ul>
                ) },
              ]}
            />
          )}
          <WelfarePostsSection />
        </>
      )}
    </Page>
  );
}
