// The person's own list of what federation staff did for them (they consented to it): who, when, what.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { useMark } from '../../components/Lang';

export const ACTS_ON_MY_BEHALF = graphql(`
  query ActsOnMyBehalf {
    actsOnMyBehalf(page: { pageSize: 50 }) { total items { at kind text } }
  }
`);

export function ActsOnMyBehalf() {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const { data, error } = useQuery(ACTS_ON_MY_BEHALF, { fetchPolicy: 'cache-and-network' });
  const acts = data?.actsOnMyBehalf;
  return mark(
    <section aria-labelledby="acts-title">
      <h2 id="acts-title">{t('onBehalf.acts.title')}</h2>
      <p className="hint">{t('onBehalf.acts.hint')}</p>
      {error && !data && <p>{t('error.loadFailed')}</p>}
      {acts && acts.total === 0 && <p>{t('onBehalf.acts.none')}</p>}
      {acts && acts.total > 0 && (
        <ol className="history">
          {acts.items.map((a, i) => (
            <li key={`${String(a.at)}-${i}`}><time dateTime={String(a.at)}>{formatDateTime(String(a.at))}</time>{t('common.colon')}{a.text}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
