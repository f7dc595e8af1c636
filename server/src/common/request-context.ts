// Per-request state reachable from anywhere in the request's async call chain (locale, request id, query count).
import { AsyncLocalStorage } from 'node:async_hooks';

export type Locale = 'zh-CN' | 'en';

export interface RequestState {
  requestId: string;
  locale: Locale;
  queryCount: number;
  /** Known once the session is resolved; on every log line of the request. */
  userId?: string;
  /** The GraphQL operation's name (or its kind and root fields when unnamed); on every log line of the request. */
  operation?: string;
}

export const requestStorage = new AsyncLocalStorage<RequestState>();

export function currentLocale(): Locale {
  return requestStorage.getStore()?.locale ?? 'zh-CN';
}

export function pickLocale(acceptLanguage: string | undefined, explicit?: string | string[]): Locale {
  const wanted = (Array.isArray(explicit) ? explicit[0] : explicit) ?? acceptLanguage ?? '';
  return /^\s*en\b/i.test(wanted) ? 'en' : 'zh-CN';
}
