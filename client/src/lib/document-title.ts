// The tab's title, owned by whatever is shown. Each owner (a page, a loading state) holds one entry while it is
// mounted: while any loading state is shown the tab says so, otherwise it carries the title of the most recently
// mounted page. When a loading state goes, the page's own title therefore comes back, whether the page was there
// before it (a refetch, a tab switch, a filter inside a page) or mounts after it. An entry changes in place when
// its text changes (a new title, another language), so nothing depends on the order in which effects run.
import { useEffect, useRef } from 'react';

export type TitleKind = 'page' | 'loading';

interface Entry { kind: TitleKind; text: string }

const owners: Entry[] = [];

function current(): string | undefined {
  const loading = owners.filter((e) => e.kind === 'loading');
  const from = loading.length ? loading : owners;
  return from[from.length - 1]?.text;
}

function apply() {
  const text = current();
  if (text !== undefined && typeof document !== 'undefined' && document.title !== text) document.title = text;
}

/** Names the tab while the calling component is mounted. */
export function useDocumentTitle(text: string, kind: TitleKind = 'page') {
  const entry = useRef<Entry | null>(null);
  const latest = useRef(text);
  latest.current = text;
  useEffect(() => {
    const e: Entry = { kind, text: latest.current };
    entry.current = e;
    owners.push(e);
    return () => {
      const i = owners.indexOf(e);
      if (i >= 0) owners.splice(i, 1);
      entry.current = null;
      apply();
    };
  }, [kind]);
  useEffect(() => {
    if (entry.current) entry.current.text = text;
    apply();
  }, [text, kind]);
}

/** Tests render one screen after another: each starts with no owners. */
export function resetDocumentTitleForTests() {
  owners.length = 0;
}
