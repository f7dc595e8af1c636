// One workshop or base as a place to work: what is done there, where, its accessibility, whether there is room, who to
// contact, and the plan section it comes from.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/graphql-errors';
import { useMark } from '../../components/Lang';

const WORKSHOP = graphql(`
  query WorkshopDetail($id: ID!) {
    workshop(id: $id) {
      id kind name town address capacity employedCount homeBased workKinds supports accessibilityNote description
      contactName contactPhone source county { code nameZh nameEn }
    }
  }
`);

export function WorkshopDetailPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t, label, locale } = useI18n();
  const { data, loading, error } = useQuery(WORKSHOP, { variables: { id } });
  if (loading && !data) return <Loading />;
  const w = data?.workshop;
  if (error || !w) {
    return mark(
      <Page title={t('workshops.detail.notFound')}>
        <p>{describeError(error).code === 'NOT_FOUND' || !error ? t('workshops.detail.notFoundBody') : t('error.tryAgainLater')}</p>
        <p><Link to="/workshops">{t('workshops.detail.back')}</Link></p>
      </Page>,
    );
  }
  const county = (locale === 'en' ? w.county?.nameEn : w.county?.nameZh) ?? '';
  return mark(
    <Page title={w.name}>
      <p><Link to="/workshops">{t('workshops.detail.back')}</Link></p>
      <dl className="facts">
        <dt>{t('workshops.detail.kind')}</dt><dd>{t(`workshops.kind.${w.kind}`)}</dd>
        <dt>{t('workshops.detail.place')}</dt><dd>{[county, w.town, w.address].filter(Boolean).join(' ')}</dd>
        <dt>{t('workshops.detail.work')}</dt><dd>{w.workKinds.join(t('common.listSeparator')) || '—'}</dd>
        <dt>{t('workshops.detail.capacity')}</dt>
        <dd>{w.employedCount >= w.capacity ? `${t('workshops.card.full')}${t('common.listSeparator')}` : ''}{t('workshops.card.room', { capacity: w.capacity, employed: w.employedCount })}</dd>
        <dt>{t('workshops.detail.homeBased')}</dt><dd>{t(w.homeBased ? 'workshops.detail.homeBasedYes' : 'workshops.detail.homeBasedNo')}</dd>
      </dl>
      <h2>{t('workshops.detail.access')}</h2>
      {w.supports.length
        ? <ul>{w.supports.map((s) => <li key={s}>{label('WorkplaceSupport', s)}</li>)}</ul>
        : <p>{t('workshops.detail.noSupports')}</p>}
      {w.accessibilityNote && <p>{w.accessibilityNote}</p>}
      {w.description && <><h2>{t('workshops.detail.about')}</h2><p>{w.description}</p></>}
      <h2>{t('workshops.detail.contact')}</h2>
      <p>{t('workshops.detail.contactValue', { name: w.contactName, phone: w.contactPhone })}</p>
      <p>{t('workshops.detail.contactHint')}</p>
      <h2>{t('workshops.detail.source')}</h2>
      <p>{w.source}</p>
    </Page>
  );
}
