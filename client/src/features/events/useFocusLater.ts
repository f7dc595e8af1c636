// Moves focus once the page has re-rendered after a change: e.g. a cancel button that goes away with the
// registration it cancelled. Focus then goes somewhere meaningful instead of falling back to the page body.
// The effect runs after every render of the component using it (after its children's, such as a closing
// dialog returning focus to its opener), until the condition holds.
import { useCallback, useEffect, useRef, useState } from 'react';

export function useFocusLater(): (targetId: string, ready: () => boolean) => void {
  const pending = useRef<{ targetId: string; ready: () => boolean } | null>(null);
  const [, rerender] = useState(0);
  useEffect(() => {
    const p = pending.current;
    if (!p || !p.ready()) return;
    pending.current = null;
    document.getElementById(p.targetId)?.focus();
  });
  return useCallback((targetId: string, ready: () => boolean) => {
    pending.current = { targetId, ready };
    rerender((n) => n + 1);
  }, []);
}
