// Whether a CSS media query matches now, following changes (a phone turned sideways, a window resized). Where
// the browser cannot tell (tests without matchMedia), it does not match.
import { useEffect, useState } from 'react';

/** Under 640 CSS px (40em, as in styles.css): the phone layout. */
export const NARROW = '(max-width: 39.99em)';

const matches = (query: string) => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

export function useMediaQuery(query: string): boolean {
  const [on, setOn] = useState(() => matches(query));
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return undefined;
    const list = window.matchMedia(query);
    const update = () => setOn(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return on;
}
