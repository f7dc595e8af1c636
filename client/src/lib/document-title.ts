// The tab's title, owned by whatever is shown. Each owner (a page, a loading state) holds one entry while it is
// mounted, and the tab carries the text of the entry that was mounted or changed last. A loading state that comes
// after its page (a refetch, a tab switch, a filter, another year) names the tab while it is shown; when it goes,
// the page's own title comes back, whether the page was there before it or mounts after it. A page whose title
// changes while a part of it still loads (an error after a submit, another language) takes the tab back at once.
import { useEffect, useRef } from 'react';

export type TitleKind = 'page' | 'loading';

interface Entry { kind: TitleKind; text: string }

const owners: Entry[] = [];

function apply() {
  const text = owners[owners.length - 1]?.text;
  if (text !== undefined && typeof document !== 'undefined' && document.title !== text) document.title = text;
}

/** Names the tab while the calling component is mounted (see above for which of several owners wins). */
export function useDocumentTitle(text: string, kind: TitleKind = 'page') {
  const entry = useRef<Entry | null>(null);
  const latest = useRef(text);
  latest.current = text;
  useEffect(() => {
    const e: Entry = { kind, text: latest.current };
    entry.current = e;
    owners.push(e);
    apply();
    return () => {
      const i = owners.indexOf(e);
      if (i >= 0) owners.splice(i, 1);
      entry.current = null;
      apply();
    };
  }, [kind]);
  useEffect(() => {
    const e = entry.current;
    if (!e || e.text === text) return;
    // a changed title is news: it goes to the top
    e.text = text;
    const i = owners.indexOf(e);
    if (i >= 0) owners.splice(i, 1);
    owners.push(e);
    apply();
  }, [text]);
}

/** Tests render one screen after another: each starts with no owners. */
export function resetDocumentTitleForTests() {
  owners.length = 0;
}
