// After a failed submit: a box at the top of the form listing every problem. It takes focus (so screen
// readers read it and keyboard users start there); each link moves focus to its field.
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useMark } from './Lang';

export interface SummaryItem {
  /** The id of the control to focus (for a choice group, its first control). */
  target: string;
  message: string;
}

export function focusField(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView?.({ block: 'center' });
  el.focus({ preventScroll: true });
}

export function ErrorSummary({ items, message, attempt, onNavigate, action }: {
  items: readonly SummaryItem[];
  /** A problem not tied to one field (e.g. "wrong password", "try again later"). */
  message?: string | null;
  /** Increases with every failed submit: the summary takes focus again even when the problems are the same. */
  attempt: number;
  /** When a field is not on screen (another step of a wizard), show it before focusing. */
  onNavigate?: (target: string) => boolean;
  /** What to do about the message, e.g. a link to sign in again when the sign-in lapsed. */
  action?: ReactNode;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const visible = items.length > 0 || !!message;

  useEffect(() => {
    if (visible && attempt > 0) box.current?.focus();
  }, [attempt, visible]);

  if (!visible) return null;
  return mark(
    <div className="error-summary" ref={box} tabIndex={-1} aria-labelledby="error-summary-title" role="group">
      <h2 id="error-summary-title">{t('form.summaryTitle')}</h2>
      {message && <p>{message}</p>}
      {action}
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={`${item.target}:${item.message}`}>
              <a
                href={`#${item.target}`}
                onClick={(e) => {
                  e.preventDefault();
                  if (onNavigate?.(item.target)) return;
                  focusField(item.target);
                }}
              >
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
