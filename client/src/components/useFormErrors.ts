// The error state of one form: field messages by field name, a message for the whole form, and a counter of
// failed submits that sends focus to the error summary each time.
import { useCallback, useMemo, useState } from 'react';
import { describeError } from '../lib/graphql-errors';
import type { SummaryItem } from './ErrorSummary';

export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  message: string | null;
  attempt: number;
  hasErrors: boolean;
  /** Items for the summary, in the order the fields appear. */
  summary: SummaryItem[];
  fail: (fields: Partial<Record<F, string>>, message?: string | null) => void;
  /** Maps a server error; returns false when it was not about the form (the caller decides). */
  failFromServer: (error: unknown, fallback: string) => void;
  clear: () => void;
  clearField: (f: F) => void;
}

/**
 * @param order the fields in page order, each with the id of the control the summary links to
 * @param aliases server paths that belong to a field of another name (e.g. phone and email → account)
 */
export function useFormErrors<F extends string>(order: ReadonlyArray<readonly [F, string]>, aliases: Record<string, F> = {}): FormErrors<F> {
  const [state, setState] = useState<{ fields: Partial<Record<F, string>>; message: string | null; attempt: number }>(
    { fields: {}, message: null, attempt: 0 });

  const fail = useCallback((fields: Partial<Record<F, string>>, message: string | null = null) => {
    setState((s) => ({ fields, message, attempt: s.attempt + 1 }));
  }, []);

  const failFromServer = useCallback((error: unknown, fallback: string) => {
    const report = describeError(error);
    const known = new Set(order.map(([f]) => f as string));
    const fields: Partial<Record<F, string>> = {};
    const stray: string[] = [];
    for (const [path, msg] of Object.entries(report.fields)) {
      const top = path.split('.')[0];
      const f = (aliases[path] ?? aliases[top] ?? (known.has(path) ? path : known.has(top) ? top : null)) as F | null;
      if (f && !fields[f]) fields[f] = msg;
      else if (!f) stray.push(msg);
    }
    const hasFieldErrors = Object.keys(fields).length > 0;
    const message = hasFieldErrors && !stray.length ? null : stray.length ? stray.join(' ') : report.message ?? fallback;
    setState((s) => ({ fields, message, attempt: s.attempt + 1 }));
  }, [order, aliases]);

  const clear = useCallback(() => setState((s) => ({ fields: {}, message: null, attempt: s.attempt })), []);
  const clearField = useCallback((f: F) => setState((s) => {
    if (!s.fields[f]) return s;
    const fields = { ...s.fields };
    delete fields[f];
    return { ...s, fields };
  }), []);

  return useMemo(() => {
    const summary = order.filter(([f]) => state.fields[f]).map(([f, target]) => ({ target, message: state.fields[f]! }));
    return {
      ...state,
      hasErrors: summary.length > 0 || !!state.message,
      summary,
      fail,
      failFromServer,
      clear,
      clearField,
    };
  }, [state, order, fail, failFromServer, clear, clearField]);
}
