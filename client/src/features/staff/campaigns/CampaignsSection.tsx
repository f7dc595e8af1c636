// The dashboard's section on campaigns running today (docs/counting.md "Campaigns"): each one's people placed and
// organisations taking part against its targets (待核实 where no document states them), with a link to its page.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { useMark } from '../../../components/Lang';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { usePercent } from '../plan/use-percent';
import { targetText } from './CampaignsPage';

export const CAMPAIGNS_IN_PROGRESS = graphql(`
  query CampaignsInProgress($countyCode: String) {
    campaignsInProgress(countyCode: $countyCode) {
      id nameZh nameEn targetPeople targetOrganizations targetSource
      progress { people organizations peopleShare organizationsShare }
    }
  }
`);

export function CampaignsSection({ county }: { county: string | null }) {
  const mark = useMark();
  const { t, locale, formatNumber } = useI18n();
  const percent = usePercent();
  const { data } = useQuery(CAMPAIGNS_IN_PROGRESS, { variables: { countyCode: county }, fetchPolicy: 'network-only' });
  const rows = data?.campaignsInProgress ?? [];
  const figure = (n: number, share: number | null | undefined) => (share == null ? formatNumber(n) : `${formatNumber(n)}（${percent(share)}）`);
  return mark(
    <section aria-labelledby="plan-campaigns">
      <h2 id="plan-campaigns">{t('campaigns.dashboard.title')}</h2>
      {rows.length === 0 ? <p>{t('campaigns.dashboard.none')}</p> : (
        <DataTable
          caption={t('campaigns.dashboard.caption')}
          rows={rows}
          rowKey={(c) => c.id}
          columns={[
            { key: 'name', header: t('campaigns.colName'), rowHeader: true, cell: (c) => <Link to={`/staff/campaigns/${c.id}`}>{locale === 'en' ? c.nameEn : c.nameZh}</Link> },
            { key: 'people', header: t('campaigns.detail.people'), cell: (c) => figure(c.progress?.people ?? 0, c.progress?.peopleShare) },
            { key: 'tp', header: t('campaigns.detail.targetPeople'), cell: (c) => targetText(t, c.targetPeople, c.targetSource, 'campaigns.people') },
            { key: 'orgs', header: t('campaigns.detail.organizations'), cell: (c) => figure(c.progress?.organizations ?? 0, c.progress?.organizationsShare) },
            { key: 'to', header: t('campaigns.detail.targetOrganizations'), cell: (c) => targetText(t, c.targetOrganizations, c.targetSource, 'campaigns.organizations') },
          ]}
        />
      )}
      <p><Link to="/staff/campaigns">{t('campaigns.dashboard.all')}</Link></p>
    </section>
  );
}
