// Staff: every policy setting with its value, unit, source and last change; one setting's details (?key=) with
// its history, and for city-wide staff and administrators a form to change it (a reason is always asked for).
import { useMutation, useQuery } from '@apollo/client/react';
import { Fragment, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup, TextArea, TextField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { PolicySettingsQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';
import { formatPolicyValue, kindOf, parseValueText, unitOf, valueToText, type ValueKind } from './policy-value';

export const POLICY_SETTINGS = graphql(`
  query PolicySettings {
    policySettings { key label value source confirmed updatedBy updatedByName updatedAt defaultValue }
  }
`);

export const POLICY_HISTORY = graphql(`
  query PolicySettingHistory($key: String!) {
    policySettingHistory(key: $key) { id oldValue newValue oldSource newSource note changedBy changedByName changedAt }
  }
`);

export const UPDATE_POLICY_SETTING = graphql(`
  mutation UpdatePolicySetting($key: String!, $value: JSON!, $source: String, $note: String) {
    updatePolicySetting(key: $key, value: $value, source: $source, note: $note) {
      key value source confirmed updatedBy updatedByName updatedAt
    }
  }
`);

type Setting = PolicySettingsQuery['policySettings'][number];

export function PolicySettingsPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const key = params.get('key');
  const { me } = useSession();
  const { data, loading, error, refetch } = useQuery(POLICY_SETTINGS, { fetchPolicy: 'network-only' });
  // a county cannot change the rules for the whole city
  const mayEdit = me?.role === 'ADMIN' || (me?.role === 'STAFF' && me.scopeCountyCode == null);

  if (loading && !data) return <Loading />;
  if (error || !data) {
    return <Page title={t('quota.policy.title')}><Notice tone="error"><p>{t('error.loadFailed')}</p></Notice></Page>;
  }
  if (key) {
    const setting = data.policySettings.find((s) => s.key === key);
    if (!setting) {
      return (
        <Page title={t('quota.policy.title')} focusKey={`policy-${key}`}>
          <Notice tone="error"><p>{t('quota.policy.notFound')}</p></Notice>
          <p><Link to="/staff/policy">{t('quota.policy.back')}</Link></p>
        </Page>
      );
    }
    return <SettingDetails setting={setting} mayEdit={mayEdit} onSaved={() => refetch()} />;
  }
  return <SettingsList settings={data.policySettings} mayEdit={mayEdit} />;
}

function useChangedText() {
  const { t, formatDateTime } = useI18n();
  return (s: Setting) => (s.updatedBy
    ? t('quota.policy.changedBy', { when: formatDateTime(s.updatedAt), who: s.updatedByName ?? t('quota.policy.someone') })
    : t('quota.policy.fromFile'));
}

function SettingsList({ settings, mayEdit }: { settings: Setting[]; mayEdit: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const changed = useChangedText();
  return (
    <Page title={t('quota.policy.title')} focusKey="policy-list">
      <p>{t('quota.policy.intro')}</p>
      {!mayEdit && <Notice><p>{t('quota.policy.readOnly')}</p></Notice>}
      <DataTable
        caption={t('quota.policy.caption', { count: settings.length })}
        rows={settings}
        rowKey={(s) => s.key}
        columns={[
          {
            key: 'label', header: t('quota.policy.setting'), rowHeader: true,
            cell: (s) => (
              <>
                <Link to={`/staff/policy?${new URLSearchParams({ key: s.key })}`}>{s.label}</Link>
                {!s.confirmed && <> <span className="badge">{t('quota.policy.unconfirmed')}</span></>}
              </>
            ),
          },
          { key: 'value', header: t('quota.policy.value'), cell: (s) => formatPolicyValue(s.value, i18n) },
          { key: 'unit', header: t('quota.policy.unit'), cell: (s) => unitOf(s.key, t) },
          { key: 'source', header: t('quota.policy.source'), cell: (s) => s.source },
          { key: 'changed', header: t('quota.policy.changed'), cell: (s) => changed(s) },
        ]}
      />
    </Page>
  );
}

function SettingDetails({ setting: s, mayEdit, onSaved }: { setting: Setting; mayEdit: boolean; onSaved: () => Promise<unknown> }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const changed = useChangedText();
  const history = useQuery(POLICY_HISTORY, { variables: { key: s.key }, fetchPolicy: 'network-only' });
  const [hasErrors, setHasErrors] = useState(false);
  const facts: Array<[string, string]> = [
    [t('quota.policy.value'), formatPolicyValue(s.value, i18n)],
    [t('quota.policy.unit'), unitOf(s.key, t)],
    [t('quota.policy.defaultValue'), formatPolicyValue(s.defaultValue, i18n)],
    [t('quota.policy.source'), s.source],
    [t('quota.policy.changed'), changed(s)],
  ];
  const rows = history.data?.policySettingHistory ?? [];
  return (
    <Page title={t('quota.policy.detailTitle', { label: s.label })} focusKey={`policy-${s.key}`} hasErrors={hasErrors}>
      <p><Link to="/staff/policy">{t('quota.policy.back')}</Link></p>
      {!s.confirmed && <Notice tone="warning"><p><strong>{t('quota.policy.unconfirmed')}</strong> {t('quota.policy.unconfirmedHint')}</p></Notice>}
      <dl className="facts">
        {facts.map(([name, value]) => <Fragment key={name}><dt>{name}</dt><dd>{value}</dd></Fragment>)}
      </dl>
      {mayEdit
        ? <ChangeForm setting={s} onErrors={setHasErrors} onSaved={async () => { await Promise.all([onSaved(), history.refetch()]); }} />
        : <Notice><p>{t('quota.policy.readOnly')}</p></Notice>}
      <h2>{t('quota.policy.historyHeading')}</h2>
      {history.loading && !history.data ? <Loading /> : history.error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice>
        : rows.length === 0 ? <p>{t('quota.policy.historyNone')}</p> : (
          <DataTable
            caption={t('quota.policy.historyCaption', { label: s.label })}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { key: 'when', header: t('quota.policy.historyWhen'), rowHeader: true, cell: (r) => formatDateTime(r.changedAt) },
              { key: 'who', header: t('quota.policy.historyWho'), cell: (r) => r.changedByName ?? t('quota.policy.someone') },
              { key: 'from', header: t('quota.policy.historyFrom'), cell: (r) => formatPolicyValue(r.oldValue, i18n) },
              { key: 'to', header: t('quota.policy.historyTo'), cell: (r) => formatPolicyValue(r.newValue, i18n) },
              { key: 'source', header: t('quota.policy.source'), cell: (r) => r.newSource },
              { key: 'note', header: t('quota.policy.historyNote'), cell: (r) => r.note || t('common.none') },
            ]}
          />
        )}
    </Page>
  );
}

type ChangeField = 'value' | 'source' | 'note';

interface ChangeDraft { value: string; source: string; note: string }

/** Checks the form in the browser; returns the typed value or the message keys by field. */
export function checkChange(kind: ValueKind, d: ChangeDraft) {
  const problems: Partial<Record<ChangeField, MessageKey>> = {};
  const parsed = parseValueText(kind, d.value);
  if ('problem' in parsed) problems.value = parsed.problem;
  const source = d.source.trim();
  if (!source) problems.source = 'quota.policy.sourceRequired';
  else if (source.length < 2 || source.length > 1000) problems.source = 'quota.policy.sourceLength';
  const note = d.note.trim();
  if (!note) problems.note = 'quota.policy.noteRequired';
  else if (note.length > 1000) problems.note = 'quota.policy.noteLength';
  return { problems, value: 'value' in parsed ? parsed.value : undefined, source, note };
}

function ChangeForm({ setting: s, onErrors, onSaved }: { setting: Setting; onErrors: (has: boolean) => void; onSaved: () => Promise<void> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const announce = useAnnounce();
  const kind = kindOf(s.value);
  const order: ReadonlyArray<readonly [ChangeField, string]> = [['value', kind === 'boolean' || kind === 'choice' ? 'pol-value-0' : 'pol-value'], ['source', 'pol-source'], ['note', 'pol-note']];
  const errors = useFormErrors<ChangeField>(order);
  const [d, setD] = useState<ChangeDraft>({ value: valueToText(s.value), source: s.source, note: '' });
  const [done, setDone] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_POLICY_SETTING);
  const e = errors.fields;
  const set = (k: ChangeField, v: string) => {
    setD((x) => ({ ...x, [k]: v }));
    setDone(null);
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    const { problems, value, source, note } = checkChange(kind, d);
    if (Object.keys(problems).length) {
      errors.fail(Object.fromEntries(Object.entries(problems).map(([f, k]) => [f, t(k!)])));
      onErrors(true);
      return;
    }
    try {
      await update({ variables: { key: s.key, value, source, note } });
      errors.clear();
      onErrors(false);
      await onSaved();
      const message = t('quota.policy.saved', { label: s.label });
      setD((x) => ({ ...x, note: '' }));
      setDone(message);
      announce(message);
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
      onErrors(true);
    }
  };

  const choices = kind === 'boolean'
    ? [{ value: 'true', label: t('quota.value.yes') }, { value: 'false', label: t('quota.value.no') }]
    : ['RECEIVING', 'DISPATCHING'].map((v) => ({ value: v, label: formatPolicyValue(v, i18n) }));
  return (
    <section aria-labelledby="pol-form-heading">
      <h2 id="pol-form-heading">{t('quota.policy.formHeading')}</h2>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      {done && <Notice tone="success"><p>{done}</p></Notice>}
      <form onSubmit={submit} noValidate>
        {kind === 'number' && (
          <TextField id="pol-value" label={t('quota.policy.newValue')} hint={t('quota.policy.newValueNumberHint', { example: valueToText(s.value) })}
            required error={e.value} className="medium" inputMode="decimal" autoComplete="off" value={d.value}
            onChange={(x) => set('value', x.currentTarget.value)} />
        )}
        {(kind === 'boolean' || kind === 'choice') && (
          <ChoiceGroup id="pol-value" name="policy-value" type="radio" legend={t('quota.policy.newValue')} required error={e.value}
            value={d.value} onChange={(v) => set('value', v as string)} choices={choices} />
        )}
        {kind === 'json' && (
          <TextArea id="pol-value" label={t('quota.policy.newValue')} required error={e.value} rows={4} spellCheck={false}
            hint={t('quota.policy.newValueJsonHint', { example: valueToText(s.defaultValue ?? s.value) })}
            value={d.value} onChange={(x) => set('value', x.currentTarget.value)} />
        )}
        <TextArea id="pol-source" label={t('quota.policy.sourceField')} hint={t('quota.policy.sourceHint')} required error={e.source} rows={3}
          value={d.source} onChange={(x) => set('source', x.currentTarget.value)} />
        <TextArea id="pol-note" label={t('quota.policy.note')} hint={t('quota.policy.noteHint')} required error={e.note} rows={2}
          value={d.note} onChange={(x) => set('note', x.currentTarget.value)} />
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('quota.policy.save')}</Button>
        </ButtonRow>
      </form>
    </section>
  );
}
