// The language of the interface: messages, enum labels, number and date formats, <html lang>, and the
// x-locale header the Apollo link sends (so the server writes its error messages in the same language).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { VOCABULARY } from '../gql/vocabulary';
import { en, enEnums } from './en';
import type { AllEnumLabels, EnumLabels, EnumName, Locale } from './types';
import { zhCN, zhCNEnums, type MessageKey } from './zh-CN';

const STORAGE_KEY = 'zyt.locale';
let active: Locale = 'zh-CN';

/** The language requests are made in; read by the Apollo link on every request. */
export function activeLocale(): Locale {
  return active;
}

export function storedLocale(): Locale {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    if (v === 'en' || v === 'zh-CN') return v;
  } catch { /* storage blocked: use the default */ }
  return 'zh-CN';
}

/** The interface's own enum labels, and the vocabulary's words from the server (never copied here). */
function withVocabulary(locale: Locale, enums: EnumLabels): AllEnumLabels {
  const v = VOCABULARY[locale];
  return {
    ...enums,
    JobDemand: Object.fromEntries(v.demands.map((d) => [d.code, d.label])) as AllEnumLabels['JobDemand'],
    WorkplaceSupport: Object.fromEntries(v.supports.map((s) => [s.code, s.label])) as AllEnumLabels['WorkplaceSupport'],
    EmploymentForm: Object.fromEntries(v.employmentForms.map((f) => [f.code, f.label])) as AllEnumLabels['EmploymentForm'],
    Education: Object.fromEntries(v.educations.map((e) => [e.code, e.label])) as AllEnumLabels['Education'],
  };
}

const CATALOGS = {
  'zh-CN': { messages: zhCN, enums: withVocabulary('zh-CN', zhCNEnums) },
  en: { messages: en, enums: withVocabulary('en', enEnums) },
} as const;

export type Params = Record<string, string | number>;

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: Params) => string;
  /** whether the catalogue has this key (for keys made from data, such as a notice kind) */
  has: (key: string) => boolean;
  label: <E extends EnumName>(kind: E, value: keyof AllEnumLabels[E]) => string;
  setLocale: (l: Locale) => void;
  formatDate: (iso: string) => string;
  formatDateTime: (iso: string) => string;
  formatNumber: (n: number) => string;
}

export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] !== undefined ? String(params[k]) : m));
}

export function makeI18n(locale: Locale, setLocale: (l: Locale) => void = () => {}): I18n {
  const { messages, enums } = CATALOGS[locale];
  const date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai',
  });
  const number = new Intl.NumberFormat(locale);
  return {
    locale,
    setLocale,
    t: (key, params) => interpolate(messages[key], params),
    has: (key) => Object.hasOwn(messages, key),
    label: (kind, value) => (enums[kind] as Record<string, string>)[String(value)] ?? String(value),
    // a bare YYYY-MM-DD is a calendar date: format it as such, not as UTC midnight
    formatDate: (iso) => date.format(new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00+08:00` : iso)),
    formatDateTime: (iso) => dateTime.format(new Date(iso)),
    formatNumber: (n) => number.format(n),
  };
}

const I18nContext = createContext<I18n>(makeI18n('zh-CN'));

export function I18nProvider({ children, initial, onChange }: { children: ReactNode; initial?: Locale; onChange?: (l: Locale) => void }) {
  const [locale, setLocaleState] = useState<Locale>(initial ?? storedLocale);
  active = locale;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((l: Locale) => {
    active = l;
    try {
      window.localStorage.setItem(STORAGE_KEY, l);
    } catch { /* not remembered, still switched */ }
    setLocaleState(l);
    onChange?.(l);
  }, [onChange]);

  const value = useMemo(() => makeI18n(locale, setLocale), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
