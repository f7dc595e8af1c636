// One filter group of the search: a fieldset whose legend names it, with a checkbox per value and the number of
// jobs in each label ("罗山县（3）"). Every value is always listed, in a fixed order, so nothing moves while the
// counts change; a change applies at once and focus stays on the checkbox.
import type { ReactNode } from 'react';
import { ChoiceGroup } from '../../components/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { useMark } from '../../components/Lang';

export interface FacetOption { value: string; label: string }

export function FacetGroup({ id, legend, hint, options, counts, selected, onChange, columns }: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly FacetOption[];
  /** Jobs per value; while the first answer is on its way there are none and the labels show no number. */
  counts?: ReadonlyMap<string, number>;
  selected: readonly string[];
  onChange: (next: string[]) => void;
  columns?: boolean;
}) {
  const mark = useMark();
  const { t } = useI18n();
  return mark(
    <ChoiceGroup
      id={id}
      name={id}
      type="checkbox"
      legend={legend}
      hint={hint}
      columns={columns}
      value={selected}
      onChange={(next) => onChange(next as string[])}
      choices={options.map((o) => {
        const count = counts?.get(o.value);
        return { value: o.value, label: count === undefined ? o.label : t('search.facetCount', { label: o.label, count }) };
      })}
    />
  );
}

/** Facet counts from the server as a map (value → count). */
export function countsOf(facets: ReadonlyArray<{ value: string; count: number }> | null | undefined): Map<string, number> | undefined {
  return facets ? new Map(facets.map((f) => [f.value, f.count])) : undefined;
}
