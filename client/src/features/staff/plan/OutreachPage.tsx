// Priority outreach (优先群体帮扶名单, issue 15): people of the priority groups who are not employed today or were not
// served this year, by county and group, with the reason each is listed. Names come masked from the server, and
// the server writes every person shown to the access log.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { SelectField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import type { PriorityGroup } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import './plan.css';

export const PRIORITY_OUTREACH = graphql(`
  query PriorityOutreach($countyCode: String, $group: PriorityGroup, $page: PageInput) {
    priorityOutreach(countyCode: $countyCode, group: $group, page: $page) {
      asOf servedFrom countyCode group
      counts { countyCode countyName group registered notEmployed notServed listed }
      people { total page pageSize items { seekerId maskedName countyCode countyName groups reasons } }
    }
  }
`);

const GROUPS: readonly PriorityGroup[] = ['MINIMUM_INCOME', 'MULTIPLE_DISABLED_HOUSEHOLD', 'ELDERLY_PARENTS', 'POVERTY_MONITORING'];

export function OutreachPage() {
  const mark = useMark();
  const { t, label, formatNumber, formatDate } = useI18n();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const { me } = useSession();
  const { options: counties, nameOf } = useCountyOptions();
  const scope = me?.scopeCountyCode ?? null;
  const county = scope ?? (params.get('county') || null);
  const group = GROUPS.find((g) => g === params.get('group')) ?? null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [choice, setChoice] = useState({ county: county ?? '', group: group ?? '' });
  const { data, loading, error } = useQuery(PRIORITY_OUTREACH, { variables: { countyCode: county, group, page: { page, pageSize: 20 } }, fetchPolicy: 'network-only' });
  const asked = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const o = data?.priorityOutreach;
  useEffect(() => {
    if (!asked.current || !o) return;
    asked.current = false;
    heading.current?.focus();
    announce(t('outreach.shown', { total: o.people.total }));
  }, [o, announce, t]);

  const show = (e: FormEvent) => {
    e.preventDefault();
    asked.current = true;
    const next: Record<string, string> = {};
    if (!scope && choice.county) next.county = choice.county;
    if (choice.group) next.group = choice.group;
    setParams(next);
  };
  const hrefFor = (p: number) => `/staff/outreach?${new URLSearchParams({ ...(county && !scope ? { county } : {}), ...(group ? { group } : {}), page: String(p) })}`;

  return mark(
    <Page title={t('outreach.title')}>
      <p>{t('outreach.intro')}</p>
      <form className="plan-filter" onSubmit={show} aria-labelledby="outreach-filters">
        <h2 id="outreach-filters">{t('outreach.filters')}</h2>
        <div className="plan-filter-fields">
          {scope ? <p>{t('plan.dashboard.scopeCounty', { county: nameOf(scope) })}</p> : (
            <SelectField id="outreach-county" label={t('outreach.county')} value={choice.county}
              options={[{ value: '', label: t('outreach.allCounties') }, ...counties]}
              onChange={(e) => setChoice({ ...choice, county: e.currentTarget.value })} />
          )}
          <SelectField id="outreach-group" label={t('outreach.group')} value={choice.group}
            options={[{ value: '', label: t('outreach.allGroups') }, ...GROUPS.map((g) => ({ value: g, label: label('PriorityGroup', g) }))]}
            onChange={(e) => setChoice({ ...choice, group: e.currentTarget.value })} />
        </div>
        <Button type="submit">{t('outreach.show')}</Button>
      </form>
      {loading && !data ? <Loading /> : error || !o ? (
        <Notice tone="error"><p>{(error && describeError(error).message) || t('error.loadFailed')}</p></Notice>
      ) : (
        <section aria-labelledby="outreach-list">
          <h2 id="outreach-list" ref={heading} tabIndex={-1}>{t('outreach.listHeading', { total: formatNumber(o.people.total) })}</h2>
          <p>{t('outreach.definition', { asOf: formatDate(o.asOf), from: formatDate(o.servedFrom) })}</p>
          <DataTable caption={t('outreach.countsCaption')} rows={o.counts} rowKey={(c) => `${c.countyCode}:${c.group}`}
            columns={[
              { key: 'county', header: t('plan.colCounty'), rowHeader: true, cell: (c) => c.countyName },
              { key: 'group', header: t('outreach.colGroup'), cell: (c) => label('PriorityGroup', c.group) },
              { key: 'registered', header: t('outreach.colRegistered'), cell: (c) => formatNumber(c.registered) },
              { key: 'notEmployed', header: t('outreach.colNotEmployed'), cell: (c) => formatNumber(c.notEmployed) },
              { key: 'notServed', header: t('outreach.colNotServed'), cell: (c) => formatNumber(c.notServed) },
              { key: 'listed', header: t('outreach.colListed'), cell: (c) => formatNumber(c.listed) },
            ]} />
          {o.people.items.length === 0 ? <p>{t('outreach.empty')}</p> : (
            <DataTable caption={t('outreach.peopleCaption', { total: formatNumber(o.people.total) })} rows={o.people.items} rowKey={(p) => p.seekerId}
              columns={[
                { key: 'name', header: t('outreach.colName'), rowHeader: true, cell: (p) => p.maskedName },
                { key: 'county', header: t('plan.colCounty'), cell: (p) => p.countyName },
                { key: 'groups', header: t('outreach.colGroups'), cell: (p) => p.groups.map((g) => label('PriorityGroup', g)).join('、') },
                { key: 'reasons', header: t('outreach.colReasons'), cell: (p) => p.reasons.map((r) => t(`outreach.reason.${r}`)).join('、') },
              ]} />
          )}
          <Pagination page={o.people.page} pageSize={o.people.pageSize} total={o.people.total} hrefFor={hrefFor} label={t('outreach.pages')} />
        </section>
      )}
    </Page>
  );
}
