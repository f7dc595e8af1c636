// Staff: the city's action plans, each with its period, where it stands today and its new-employment target, and
// links to look at it on the dashboard. City-wide staff and administrators enter a new plan or change one.
import { useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { ButtonLink } from '../../../components/Button';
import { DataTable } from '../../../components/DataTable';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';
import './plan.css';
import { useMark } from '../../../components/Lang';

export const PLANS_LIST = graphql(`
  query PlansList {
    plans { id title startDate endDate status issuingBody documentNumber targets { id metric value year countyCode actionLine } }
  }
`);

/** City-wide staff and administrators enter and change plans; county staff read them. */
export function canEditPlans(me: { role: string; scopeCountyCode?: string | null } | null | undefined): boolean {
  return !!me && (me.role === 'ADMIN' || (me.role === 'STAFF' && !me.scopeCountyCode));
}

export function PlansPage() {
  const mark = useMark();
  const { t, formatDate, formatNumber } = useI18n();
  const { me } = useSession();
  const { data, loading, error } = useQuery(PLANS_LIST, { fetchPolicy: 'network-only' });
  const editable = canEditPlans(me);
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  if (loading && !data) return <Loading />;
  return mark(
    <Page title={t('plans.title')}>
      {notice && <Notice tone="success"><p>{notice}</p></Notice>}
      <p>{t('plans.intro')}</p>
      {editable
        ? <p><ButtonLink to="/staff/plans/new">{t('plans.add')}</ButtonLink></p>
        : <p>{t('plans.cityOnly')}</p>}
      {error || !data ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice>
        : data.plans.length === 0 ? <p>{t('plans.none')}</p> : (
          <DataTable
            caption={t('plans.listCaption')}
            rows={data.plans}
            rowKey={(p) => p.id}
            columns={[
              { key: 'title', header: t('plans.colTitle'), rowHeader: true, cell: (p) => <span lang="zh-CN">{p.title}</span> },
              { key: 'period', header: t('plans.colPeriod'), cell: (p) => t('plan.card.periodValue', { from: formatDate(p.startDate), to: formatDate(p.endDate) }) },
              { key: 'status', header: t('plans.colStatus'), cell: (p) => t(`plans.status.${p.status}` as MessageKey) },
              { key: 'target', header: t('plans.colTarget'), cell: (p) => {
                const total = p.targets.find((x) => x.metric === 'NEW_EMPLOYMENT' && x.year == null && x.countyCode == null && x.actionLine == null);
                return total ? t('plans.people', { count: formatNumber(total.value) }) : t('plans.noTotal');
              } },
              { key: 'actions', header: t('plans.colActions'), cell: (p) => (
                <ul className="plain-list">
                  <li><Link to={`/staff/plan?plan=${p.id}`}>{t('plans.view', { title: p.title })}</Link></li>
                  {editable && <li><Link to={`/staff/plans/${p.id}`}>{t('plans.edit', { title: p.title })}</Link></li>}
                </ul>
              ) },
            ]}
          />
        )}
    </Page>
  );
}
