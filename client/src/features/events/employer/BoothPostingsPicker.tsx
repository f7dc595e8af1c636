// Which of the organization's published positions a booth shows. Positions reserved for disabled people come
// first and carry the reserved badge (words and a star, not colour alone).
import { ChoiceGroup } from '../../../components/fields';
import { ReservedBadge } from '../../../components/posting';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useMark } from '../../../components/Lang';

export const BOOTH_POSTING_OPTIONS = graphql(`
  query BoothPostingOptions {
    myPostings(status: PUBLISHED, page: { page: 1, pageSize: 100 }) {
      total
      items { id title reserved openingsLeft employmentForm }
    }
  }
`);

export interface PostingOption { id: string; title: string; reserved: boolean; openingsLeft: number }

export function BoothPostingsPicker({ id, postings, value, onChange, error }: {
  id: string;
  postings: readonly PostingOption[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const ordered = [...postings].sort((a, b) => Number(b.reserved) - Number(a.reserved));
  if (!postings.length) return <p>{t('events.booth.noPublishedPostings')}</p>;
  return mark(
    <ChoiceGroup id={id} name={id} type="checkbox" legend={t('events.booth.postingsLegend')} hint={t('events.booth.postingsHint')}
      error={error} value={value} onChange={(v) => onChange(v as string[])}
      choices={ordered.map((p) => ({
        value: p.id,
        label: <>{p.title}{p.reserved && <> <ReservedBadge /></>}</>,
        hint: t('events.booth.openingsLeft', { count: p.openingsLeft }),
      }))} />
  );
}
