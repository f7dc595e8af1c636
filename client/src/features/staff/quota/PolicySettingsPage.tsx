// Staff: every policy setting with its value, unit, source and last change; one setting's details (?key=) with
// its history, and for city-wide staff and administrators a form to change it (a reason is always asked for).
import { useMutation, useQuery } from '@apollo/client/react';
import { Fragment, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField, ChoiceGroup, TextArea, TextField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { PolicySettingsQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';
import {
  draftOf, formatPolicyValue, kindOf, parseValueText, PART_TYPES, partsOf, SET_OPTIONS, TIER_PARTS, unitOf, valueOfDraft, valueToText,
  type StructuredDraft, type ValueKind,
} from './policy-value';
import { useMark } from '../../../components/Lang';

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
  const mark = useMark();
  const i18n = useI18n();
  const { t } = i18n;
  const changed = useChangedText();
  return mark(
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
  const mark = useMark();
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
  return mark(
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
  // a structured value is checked part by part (valueOfDraft)
  const parsed = kind === 'fields' || kind === 'byYear' ? { value: undefined } : parseValueText(kind, d.value);
  if ('problem' in parsed) problems.value = parsed.problem;
  const source = d.source.trim();
  if (!source) problems.source = 'quota.policy.sourceRequired';
  else if (source.length < 2 || source.length > 1000) problems.source = 'quota.policy.sourceLength';
  const note = d.note.trim();
  if (!note) problems.note = 'quota.policy.noteRequired';
  else if (note.length > 1000) problems.note = 'quota.policy.noteLength';
  return { problems, value: 'value' in parsed ? parsed.value : undefined, source, note };
}

const idOf = (name: string) => `pol-${name.replace(/\./g, '-')}`;

/** The label of one part of a structured value, as error messages name it. */
function partLabel(name: string, t: ReturnType<typeof useI18n>['t']): string {
  const [head, i, part] = name.split('.');
  if (head === 'years') {
    if (i === undefined) return t('quota.policy.yearsLegend');
    return `${t('quota.policy.yearRowN', { n: Number(i) + 1 })} ${part === 'year' ? t('quota.policy.year') : t('quota.policy.figure')}`;
  }
  if (head === 'tiers' && i !== undefined) return `${t('quota.policy.tierN', { n: Number(i) + 1 })} ${t(`quota.field.${part}` as MessageKey)}`;
  return t(`quota.field.${head}` as MessageKey);
}

/** The names of the parts of a structured value in page order, each with the control the summary links to. */
function partOrder(kind: ValueKind, original: unknown, sd: StructuredDraft): Array<readonly [string, string]> {
  if (kind === 'byYear') {
    return [['years', 'pol-add-year'] as const, ...sd.rows.flatMap((_, i) => [`years.${i}.year`, `years.${i}.amount`].map((n) => [n, idOf(n)] as const))];
  }
  if (kind !== 'fields') return [];
  return partsOf(original).flatMap((k) => {
    if (PART_TYPES[k] === 'tiers') return sd.rows.flatMap((_, i) => TIER_PARTS.map((p) => [`${k}.${i}.${p}`, idOf(`${k}.${i}.${p}`)] as const));
    return [[k, PART_TYPES[k] === 'set' ? `${idOf(k)}-0` : idOf(k)] as const];
  });
}

function ChangeForm({ setting: s, onErrors, onSaved }: { setting: Setting; onErrors: (has: boolean) => void; onSaved: () => Promise<void> }) {
  const mark = useMark();
  const i18n = useI18n();
  const { t } = i18n;
  const announce = useAnnounce();
  const kind = kindOf(s.value);
  const structured = kind === 'fields' || kind === 'byYear';
  const [sd, setSd] = useState<StructuredDraft>(() => draftOf(kind, s.value));
  const order: ReadonlyArray<readonly [string, string]> = [
    ...(structured ? partOrder(kind, s.value, sd) : [['value', kind === 'boolean' || kind === 'choice' ? 'pol-value-0' : 'pol-value'] as const]),
    ['source', 'pol-source'], ['note', 'pol-note'],
  ];
  // the server names a figure by year by the year ("value.2024"): that is the row with the year
  const aliases = kind === 'byYear' ? Object.fromEntries(sd.rows.map((r, i) => [r.year.trim(), `years.${i}.amount`])) : {};
  const errors = useFormErrors<string>(order, aliases);
  const [d, setD] = useState<ChangeDraft>({ value: valueToText(s.value), source: s.source, note: '' });
  const [done, setDone] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_POLICY_SETTING);
  const e = errors.fields;
  const set = (k: ChangeField, v: string) => {
    setD((x) => ({ ...x, [k]: v }));
    setDone(null);
  };
  const change = (f: (x: StructuredDraft) => StructuredDraft) => {
    setSd(f);
    setDone(null);
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    const checked = checkChange(kind, d);
    const found: Record<string, string> = Object.fromEntries(Object.entries(checked.problems).map(([f, k]) => [f, t(k!)]));
    let value = checked.value;
    if (structured) {
      const parsed = valueOfDraft(kind, s.value, sd);
      if ('problems' in parsed) {
        for (const [name, key] of Object.entries(parsed.problems)) found[name] = t('quota.value.pair', { name: partLabel(name, t), value: t(key) });
      } else value = parsed.value;
    }
    if (Object.keys(found).length) {
      errors.fail(found);
      onErrors(true);
      return;
    }
    try {
      await update({ variables: { key: s.key, value, source: checked.source, note: checked.note } });
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
  return mark(
    <section aria-labelledby="pol-form-heading">
      <h2 id="pol-form-heading">{t('quota.policy.formHeading')}</h2>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      {done && <Notice tone="success"><p>{done}</p></Notice>}
      <form onSubmit={submit} noValidate>
        {(kind === 'number' || kind === 'list') && (
          <TextField id="pol-value" label={t('quota.policy.newValue')}
            hint={t(kind === 'list' ? 'quota.policy.newValueListHint' : 'quota.policy.newValueNumberHint', { example: valueToText(s.value) })}
            required error={e.value} className="medium" inputMode="decimal" autoComplete="off" value={d.value}
            onChange={(x) => set('value', x.currentTarget.value)} />
        )}
        {(kind === 'boolean' || kind === 'choice') && (
          <ChoiceGroup id="pol-value" name="policy-value" type="radio" legend={t('quota.policy.newValue')} required error={e.value}
            value={d.value} onChange={(v) => set('value', v as string)} choices={choices} />
        )}
        {structured && <StructuredFields kind={kind} settingKey={s.key} original={s.value} draft={sd} onChange={change} errors={e} />}
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

/** A structured policy value as labelled fields: numbers, dates, yes/no, lists to tick, tiers and figures by year. */
function StructuredFields({ kind, settingKey, original, draft, onChange, errors }: {
  kind: 'fields' | 'byYear'; settingKey: string; original: unknown; draft: StructuredDraft;
  onChange: (f: (x: StructuredDraft) => StructuredDraft) => void; errors: Partial<Record<string, string>>;
}) {
  const mark = useMark();
  const { t, label } = useI18n();
  const setPart = (k: string, v: string) => onChange((x) => ({ ...x, parts: { ...x.parts, [k]: v } }));
  const setRow = (i: number, k: string, v: string) => onChange((x) => ({ ...x, rows: x.rows.map((r, j) => (j === i ? { ...r, [k]: v } : r)) }));
  const removeRow = (i: number) => onChange((x) => ({ ...x, rows: x.rows.filter((_, j) => j !== i) }));
  const optionLabel = (k: string, v: string) => (k === 'levels' ? t('quota.policy.levelN', { n: v })
    : k === 'agencyLevels' ? t(`quota.level.${v}` as MessageKey) : label('OrganizationType', v as never));

  if (kind === 'byYear') {
    const unit = unitOf(settingKey, t);
    return (
      <fieldset className="policy-parts">
        <legend>{t('quota.policy.yearsLegend')}</legend>
        {errors.years && <p className="field-error" id="pol-years-error">{errors.years}</p>}
        {draft.rows.map((r, i) => (
          <fieldset key={i} className="policy-row">
            <legend>{t('quota.policy.yearRowN', { n: i + 1 })}</legend>
            <TextField id={idOf(`years.${i}.year`)} label={t('quota.policy.year')} required error={errors[`years.${i}.year`]} className="short"
              inputMode="numeric" autoComplete="off" value={r.year} onChange={(x) => setRow(i, 'year', x.currentTarget.value)} />
            <TextField id={idOf(`years.${i}.amount`)} label={t('quota.policy.amount', { unit })} required error={errors[`years.${i}.amount`]}
              className="medium" inputMode="decimal" autoComplete="off" value={r.amount} onChange={(x) => setRow(i, 'amount', x.currentTarget.value)} />
            <Button variant="quiet" onClick={() => removeRow(i)}>{t('quota.policy.removeYear', { n: i + 1 })}</Button>
          </fieldset>
        ))}
        <Button variant="secondary" id="pol-add-year" onClick={() => onChange((x) => ({ ...x, rows: [...x.rows, { year: '', amount: '' }] }))}>
          {t('quota.policy.addYear')}
        </Button>
      </fieldset>
    );
  }
  return mark(
    <fieldset className="policy-parts">
      <legend>{t('quota.policy.newValue')}</legend>
      <p className="hint">{t('quota.policy.structuredHint')}</p>
      {partsOf(original).map((k) => {
        const type = PART_TYPES[k];
        const name = t(`quota.field.${k}` as MessageKey);
        if (type === 'number') {
          return <TextField key={k} id={idOf(k)} label={name} required error={errors[k]} className="short" inputMode="decimal" autoComplete="off"
            value={draft.parts[k] ?? ''} onChange={(x) => setPart(k, x.currentTarget.value)} />;
        }
        if (type === 'date') {
          return <TextField key={k} id={idOf(k)} label={name} hint={t('quota.policy.dateHint')} required error={errors[k]} className="medium"
            autoComplete="off" value={draft.parts[k] ?? ''} onChange={(x) => setPart(k, x.currentTarget.value)} />;
        }
        if (type === 'boolean') {
          return <CheckboxField key={k} id={idOf(k)} label={name} error={errors[k]} checked={draft.flags[k] === true}
            onChange={(c) => onChange((x) => ({ ...x, flags: { ...x.flags, [k]: c } }))} />;
        }
        if (type === 'set') {
          return <ChoiceGroup key={k} id={idOf(k)} name={`policy-${k}`} type="checkbox" legend={name} error={errors[k]} columns
            value={draft.sets[k] ?? []} onChange={(v) => onChange((x) => ({ ...x, sets: { ...x.sets, [k]: v as string[] } }))}
            choices={(SET_OPTIONS[k] ?? []).map((v) => ({ value: v, label: optionLabel(k, v) }))} />;
        }
        return (
          <fieldset key={k} className="policy-parts">
            <legend>{name}</legend>
            {draft.rows.map((r, i) => (
              <fieldset key={i} className="policy-row">
                <legend>{t('quota.policy.tierN', { n: i + 1 })}</legend>
                {TIER_PARTS.map((p) => (
                  <TextField key={p} id={idOf(`${k}.${i}.${p}`)} label={t(`quota.field.${p}` as MessageKey)} required error={errors[`${k}.${i}.${p}`]}
                    className="short" inputMode="decimal" autoComplete="off" value={r[p] ?? ''} onChange={(x) => setRow(i, p, x.currentTarget.value)} />
                ))}
                <Button variant="quiet" onClick={() => removeRow(i)}>{t('quota.policy.removeTier', { n: i + 1 })}</Button>
              </fieldset>
            ))}
            <Button variant="secondary" onClick={() => onChange((x) => ({ ...x, rows: [...x.rows, { minRatioPercent: '', payPercent: '' }] }))}>
              {t('quota.policy.addTier')}
            </Button>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
