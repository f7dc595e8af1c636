// What the staff editor pages (an action plan, a campaign) share: the record loaded for editing (none for a new one),
// the page shown instead of the form while it loads or when it cannot be edited, with the way back, and whole
// numbers as a person types them.
import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Link, useParams } from 'react-router';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useSession } from '../../components/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';

/** Whole numbers of up to `digits` digits (a Chinese input method may type full-width ones); null when the text is not one. */
export function wholeNumber(text: string, digits: number): number | null {
  const s = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
  return new RegExp(`^\\d{1,${digits}}$`).test(s) ? Number(s) : null;
}

/**
 * The record an editor page changes (its id from the address; none: a new one), the page's title, who is signed in,
 * and whether anything is still loading.
 */
export function useEditorRecord<TData>(query: TypedDocumentNode<TData, { id: string }>, titles: { edit: MessageKey; add: MessageKey }) {
  const { id } = useParams();
  const { t } = useI18n();
  const { me, loading: sessionLoading } = useSession();
  const { data, loading, error } = useQuery(query, { variables: { id: id! }, skip: !id, fetchPolicy: 'network-only' });
  return { id: id ?? null, me, data, error, title: t(id ? titles.edit : titles.add), waiting: sessionLoading || (!!id && loading && !data) };
}

/** The page in place of the form: why it cannot be edited, and the way back to the list. */
export function EditorNotice({ title, tone, text, back, backText }: { title: string; tone: 'error' | 'warning'; text: string; back: string; backText: string }) {
  return <Page title={title}><Notice tone={tone}><p>{text}</p></Notice><p><Link to={back}>{backText}</Link></p></Page>;
}
