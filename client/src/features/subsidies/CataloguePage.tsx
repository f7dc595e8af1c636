// 补贴政策: every subsidy and reward the action plan names, with the plan's section and words, who applies, the
// conditions, and the amount: 待核实 wherever no source states it.
import { useQuery } from '@apollo/client/react';
import { useMark } from '../../components/Lang';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { AmountText, Unverified } from './parts';
import './subsidies.css';

const CATALOGUE = graphql(`
  query SubsidyCatalogue {
    subsidies { code name claimant claimantStated source eligibility evaluated funds unverified amount { verified text source } }
  }
`);

export function CataloguePage() {
  const mark = useMark();
  const { t, label } = useI18n();
  const { data, loading, error } = useQuery(CATALOGUE);
  return mark(
    <Page title={t('sub.catalogue.title')}>
      <p>{t('sub.catalogue.intro')}</p>
      <p>{t('sub.unverifiedHint')}</p>
      <p><a href="/exports/subsidies/catalogue.xlsx" download>{t('sub.catalogue.download')}</a></p>
      {loading && !data ? <Loading /> : error || !data ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice> : (
        <ul className="card-list">
          {data.subsidies.map((s) => (
            <li key={s.code}>
              <article className="card subsidy-card" aria-labelledby={`cat-${s.code}`}>
                <h2 id={`cat-${s.code}`}>{s.name}</h2>
                <dl className="subsidy-facts">
                  <div><dt>{t('sub.catalogue.claimant')}</dt><dd>{t(`sub.claimant.${s.claimant}`)}{!s.claimantStated && <> <Unverified /></>}</dd></div>
                  <div><dt>{t('sub.catalogue.eligibility')}</dt><dd>{s.eligibility}{s.unverified.includes('CONDITIONS') && <> <Unverified /></>}</dd></div>
                  <div><dt>{t('sub.catalogue.amount')}</dt><dd><AmountText amount={s.amount} />{s.amount.source && <> {t('sub.catalogue.amountSource', { source: s.amount.source })}</>}</dd></div>
                  {s.funds.length > 0 && (
                    <div><dt>{t('sub.catalogue.funds')}</dt><dd>{s.funds.map((f) => label('WorkplaceSupport', f)).join(t('common.listSeparator'))}</dd></div>
                  )}
                  <div><dt>{t('sub.catalogue.source')}</dt><dd className="source">{s.source}</dd></div>
                </dl>
                {!s.evaluated && <p>{t('sub.catalogue.notOnline')}</p>}
              </article>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
