// A message in the page flow (never a pop-up). Status messages that appear later belong in a live region.
import type { ReactNode } from 'react';
import { useMark } from './Lang';

export function Notice({ tone = 'info', title, children, role }: {
  tone?: 'info' | 'success' | 'warning' | 'error';
  title?: ReactNode;
  children?: ReactNode;
  role?: 'status' | 'alert';
}) {
  const mark = useMark();
  return mark(
    <div className={`notice ${tone === 'info' ? '' : tone}`} role={role}>
      {title && <p><strong>{title}</strong></p>}
      {children}
    </div>
  );
}
