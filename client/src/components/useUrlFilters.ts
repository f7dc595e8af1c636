// The filters of a list kept in the address (shareable; Back and Forward work): the filters applied (read from the
// address), the draft the form edits, the page, links to other pages, and focus moved to the results heading when a
// new search lands (not on the first load).
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

export function useUrlFilters<F>(path: string, read: (p: URLSearchParams) => F) {
  const [params, setParams] = useSearchParams();
  const applied = read(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState<F>(applied);
  const results = useRef<HTMLHeadingElement>(null);
  const search = params.toString();
  const firstSearch = useRef(search);

  useEffect(() => {
    setDraft(read(new URLSearchParams(search)));
    if (search !== firstSearch.current) results.current?.focus();
    // `read` is a module-level function of the page: the address alone decides
  }, [search]);

  return {
    applied,
    page,
    draft,
    setDraft,
    /** Changes one field of the draft. */
    set: <K extends keyof F>(k: K, v: F[K]) => setDraft((d) => ({ ...d, [k]: v })),
    /** The heading of the results: focus goes there when a new search lands. */
    results,
    /** Applies these filters (empty values left out), back on the first page. */
    apply: (values: Record<string, string | null | undefined>) => {
      const next = new URLSearchParams();
      for (const [k, v] of Object.entries(values)) if (v) next.set(k, v);
      setParams(next);
    },
    hrefFor: (p: number) => {
      const next = new URLSearchParams(params);
      if (p === 1) next.delete('page');
      else next.set('page', String(p));
      return `${path}?${next.toString()}`;
    },
  };
}
