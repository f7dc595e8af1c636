// Text in the other language is marked as such (WCAG 3.1.2), so a screen reader reads a Chinese name in an
// English page with a Chinese voice. What the server sends (names, titles, counties, addresses) is Chinese by
// nature and is shown in both languages; rather than marking each place by hand, the shared components (the h1
// of a page, table cells, posting cards) pass what they show through mark(): in an English page every run of
// Chinese characters (with the spaces, digits and punctuation between them) is put in <span lang="zh-CN">, the
// English around it is left as it is. In a Chinese page nothing changes.
import { cloneElement, createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { Button, ButtonLink, ButtonRow } from './Button';
import { Notice } from './Notice';
import type { Locale } from '../i18n/types';

const HAN = '[\\u2e80-\\u2fdf\\u3005-\\u3007\\u3021-\\u3029\\u3038-\\u303b\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3134f}]';
/** Chinese punctuation and full-width forms: Chinese when next to Chinese characters. */
const CJK_PUNCT = '[\\u3000-\\u303f\\uff00-\\uffef\\u00b7\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019]';
const CJK = new RegExp(`${HAN}|[\\u3001-\\u3003\\u3008-\\u3011\\uff01-\\uff5e]`, 'u');
/** A run: Chinese characters and punctuation, figures just before them (2026年), spaces, digits and punctuation between them. */
const RUN = new RegExp(`\\d*(?:${HAN}|${CJK_PUNCT})+(?:[\\s\\d.,:;/()\\-–—+%]*(?:${HAN}|${CJK_PUNCT})+)*`, 'gu');

/** Whether the text contains Chinese characters (or Chinese punctuation). */
export function hasChinese(text: string): boolean {
  return CJK.test(text);
}

/** The text cut into runs, each Chinese or not; a run of only punctuation or spaces counts as not Chinese. */
export function langRuns(text: string): { text: string; zh: boolean }[] {
  const runs: { text: string; zh: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    if (!hasChinese(m[0])) continue;
    if (m.index > at) runs.push({ text: text.slice(at, m.index), zh: false });
    runs.push({ text: m[0], zh: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), zh: false });
  return runs;
}

/** A string with its Chinese runs marked, for a page in the given language. */
export function markText(text: string, locale: Locale): ReactNode {
  if (locale === 'zh-CN' || !hasChinese(text)) return text;
  const runs = langRuns(text);
  if (runs.length === 1) return <span lang="zh-CN">{text}</span>;
  return runs.map((r, i) => (r.zh ? <span key={i} lang="zh-CN">{r.text}</span> : r.text));
}

/**
 * What a shared component shows, with the Chinese in an English page marked: strings, and the children of
 * HTML elements and links written out in the tree (a link around a name, a list of facts), not the output of
 * another component, which marks its own; an element with its own lang is left alone.
 */
export function markNode(node: ReactNode, locale: Locale, depth = 0): ReactNode {
  if (locale === 'zh-CN') return node;
  if (typeof node === 'string') return markText(node, locale);
  // a list keeps its elements and their keys (React must not see new children when the language changes: focus
  // stays on the language button); a string in it that becomes an element gets a key of its own
  if (Array.isArray(node)) {
    return node.map((n, i) => {
      const marked = markNode(n as ReactNode, locale, depth);
      return typeof n === 'string' && isValidElement(marked) ? cloneElement(marked, { key: `zh-${i}` }) : marked;
    });
  }
  if (depth < 12 && isValidElement<{ children?: ReactNode; lang?: string }>(node) && opens(node.type)) {
    const { children, lang } = node.props;
    if (lang || children === undefined || typeof children === 'function') return node;
    const marked = markNode(children, locale, depth + 1);
    // children written out one by one stay so (no keys asked for), a single child stays single
    return Array.isArray(children) && Array.isArray(marked)
      ? cloneElement(node as ReactElement<{ children?: ReactNode }>, undefined, ...(marked as ReactNode[]))
      : cloneElement(node as ReactElement<{ children?: ReactNode }>, undefined, marked);
  }
  return node;
}

/** Elements whose children are shown as they are: HTML elements (but not those that take only text), links, buttons. */
const TEXT_ONLY = new Set(['option', 'textarea', 'title', 'style', 'script']);
/** Components that show their children as they are. */
const OPEN = new Set<unknown>([Fragment, Link, NavLink, Button, ButtonLink, ButtonRow, Notice]);
function opens(type: unknown): boolean {
  if (typeof type === 'string') return !TEXT_ONLY.has(type);
  return OPEN.has(type);
}

/** mark(): markNode in the page's language. */
export function useMark(): (node: ReactNode) => ReactNode {
  const { locale } = useI18n();
  // a list given as children (a page's content) is written out one by one in a fragment, in both languages, so
  // React sees the same children whichever the language and asks for no keys
  return (node) => (Array.isArray(node)
    ? createElement(Fragment, null, ...(markNode(node, locale) as ReactNode[]))
    : markNode(node, locale));
}

/** Marks its children's Chinese in an English page (see markNode). */
export function Mixed({ children }: { children: ReactNode }) {
  const mark = useMark();
  return <>{mark(children)}</>;
}
