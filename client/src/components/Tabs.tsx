// Tabs following the ARIA pattern: one Tab stop for the tab list, arrow keys (and Home/End) move between
// tabs and select them, the panel follows. Only the selected tab's panel is rendered, so only that tab says which
// panel it controls (an aria-controls pointing at a panel that does not exist is an error).
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useMark } from './Lang';

export interface TabItem { id: string; label: ReactNode; panel: ReactNode }

export function Tabs({ label, tabs, selected, onSelect }: {
  label: string;
  tabs: readonly TabItem[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const mark = useMark();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const index = Math.max(0, tabs.findIndex((t) => t.id === selected));

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (index + 1) % tabs.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (index - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(tabs[next].id);
    refs.current[tabs[next].id]?.focus();
  };

  const current = tabs[index];
  return mark(
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tablist">
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => { refs.current[t.id] = el; }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            className="tab"
            aria-selected={t.id === current.id}
            aria-controls={t.id === current.id ? `panel-${current.id}` : undefined}
            tabIndex={t.id === current.id ? 0 : -1}
            onClick={() => onSelect(t.id)}
            onKeyDown={onKeyDown}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} className="tabpanel">
        {current.panel}
      </div>
    </div>
  );
}
