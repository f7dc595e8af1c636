// Display modes the person chooses: large text and high contrast. Remembered in this browser and applied
// as classes on <html> before the first render. The system's reduced-motion and forced-colours settings
// are honoured by the stylesheet itself.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface DisplayModes { largeText: boolean; highContrast: boolean }

const KEY = 'zyt.display';

export function storedDisplayModes(): DisplayModes {
  try {
    const v = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Partial<DisplayModes>;
    return { largeText: v.largeText === true, highContrast: v.highContrast === true };
  } catch {
    return { largeText: false, highContrast: false };
  }
}

export function applyDisplayModes(m: DisplayModes) {
  const html = document.documentElement;
  html.classList.toggle('large-text', m.largeText);
  html.classList.toggle('high-contrast', m.highContrast);
}

const Ctx = createContext<{ modes: DisplayModes; set: (m: Partial<DisplayModes>) => void }>({
  modes: { largeText: false, highContrast: false },
  set: () => {},
});

export function DisplayModesProvider({ children }: { children: ReactNode }) {
  const [modes, setModes] = useState<DisplayModes>(storedDisplayModes);
  const set = useCallback((change: Partial<DisplayModes>) => {
    setModes((old) => {
      const next = { ...old, ...change };
      applyDisplayModes(next);
      try {
        window.localStorage.setItem(KEY, JSON.stringify(next));
      } catch { /* applied, not remembered */ }
      return next;
    });
  }, []);
  const value = useMemo(() => ({ modes, set }), [modes, set]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useDisplayModes() {
  return useContext(Ctx);
}
