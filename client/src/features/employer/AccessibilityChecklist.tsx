// The accessibility checklist of the posting editor: for every demand the job makes, whether the
// workplace offers a support that removes the barrier, and which ones would.
import type { JobDemand, WorkplaceSupport } from '../../gql/graphql';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n/I18nProvider';
import { VOCABULARY } from '../../gql/vocabulary';
import { useMark } from '../../components/Lang';

/** Which supports remove each demand's barrier: the server's vocabulary, generated into gql/. */
const REMOVED_BY = new Map(VOCABULARY['zh-CN'].demands.map((d) => [d.code, d.removedBy]));

export function AccessibilityChecklist({ demands, supports }: { demands: readonly JobDemand[]; supports: readonly WorkplaceSupport[] }) {
  const mark = useMark();
  const { t, label } = useI18n();
  const or = t('common.or');
  return mark(
    <section aria-labelledby="checklist-title" className="notice">
      <h3 id="checklist-title">{t('checklist.title')}</h3>
      {demands.length === 0 ? <p>{t('checklist.noDemands')}</p> : (
        <ul className="checklist">
          {demands.map((d) => {
            const removers = REMOVED_BY.get(d) ?? [];
            const offered = removers.filter((s) => supports.includes(s));
            return (
              <li key={d}>
                <Icon name={offered.length ? 'check' : 'info'} small />{' '}
                <strong>{label('JobDemand', d)}</strong>{t('common.colon')}
                {offered.length
                  ? t('checklist.covered', { supports: offered.map((s) => label('WorkplaceSupport', s)).join(or) })
                  : t('checklist.suggest', { supports: removers.map((s) => label('WorkplaceSupport', s)).join(or) })}
              </li>
            );
          })}
        </ul>
      )}
      <p>{supports.length ? t('checklist.supportsCount', { count: supports.length }) : t('checklist.noSupports')}</p>
    </section>
  );
}
