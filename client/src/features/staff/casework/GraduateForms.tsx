// The two forms of a graduate's page: the tailored plan (一人一策) with its status, and a new ledger entry
// (contact, service, referral, fair, follow-up after the job start, note). Each has its own error summary; the
// page clears one when the other fails, so only one summary shows at a time.
import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField, ChoiceGroup, SelectField, TextArea, TextField } from '../../../components/fields';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { GraduateStatus, LedgerEntryKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import {
  checkEntry, FOLLOW_UP_MONTHS, GRADUATE_STATUSES, LEDGER_KINDS, nextFollowUp, NOTES_MAX, PLAN_MAX, todayIso,
  type EntryDraft, type EntryField, type FollowUp,
} from './casework-rules';
import { useCaseworkText } from './casework-text';
import { useMark } from '../../../components/Lang';

export const SAVE_GRADUATE_PLAN = graphql(`
  mutation SaveGraduatePlan($input: GraduatePlanInput!) {
    saveGraduatePlan(input: $input) { seekerId status wantsWork ableToWork plan updatedAt }
  }
`);

export const ADD_LEDGER_ENTRY = graphql(`
  mutation AddLedgerEntry($input: LedgerEntryInput!) {
    addLedgerEntry(input: $input) { id kind entryDate followUpMonth notes }
  }
`);

interface FormProps {
  seekerId: string;
  seekerName: string;
  onSaved: () => void;
  onErrors: (has: boolean) => void;
  /** Changes when the other form on the page shows its summary: this one then hides its own. */
  clearSignal: number;
}

type PlanField = 'status' | 'plan';
const PLAN_ORDER: ReadonlyArray<readonly [PlanField, string]> = [['status', 'gp-status'], ['plan', 'gp-plan']];

export function PlanForm({ seekerId, seekerName, plan, onSaved, onErrors, clearSignal }: FormProps & {
  plan: { status: string; wantsWork: boolean; ableToWork: boolean; plan: string; updatedAt: unknown } | null;
}) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const text = useCaseworkText();
  const announce = useAnnounce();
  const [d, setD] = useState({
    status: plan?.status ?? 'CONTACTING', wantsWork: plan?.wantsWork ?? true, ableToWork: plan?.ableToWork ?? true, plan: plan?.plan ?? '',
  });
  const errors = useFormErrors<PlanField>(PLAN_ORDER);
  const [save, { loading }] = useMutation(SAVE_GRADUATE_PLAN);
  const { clear } = errors;
  useEffect(() => { if (clearSignal) clear(); }, [clearSignal, clear]);
  useEffect(() => onErrors(errors.hasErrors), [errors.hasErrors, onErrors]);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    if (d.plan.length > PLAN_MAX) {
      errors.fail({ plan: t('form.tooLong', { max: PLAN_MAX }) });
      return;
    }
    try {
      await save({ variables: { input: { seekerId, status: d.status as GraduateStatus, wantsWork: d.wantsWork, ableToWork: d.ableToWork, plan: d.plan.trim() } } });
      errors.clear();
      announce(t('casework.plan.saved', { name: seekerName }));
      onSaved();
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{t('casework.plan.title')}</h2>
      {plan && <p className="hint">{t('casework.plan.updated', { date: formatDateTime(String(plan.updatedAt)) })}</p>}
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <SelectField id="gp-status" label={t('casework.plan.status')} required error={errors.fields.status} value={d.status}
          options={GRADUATE_STATUSES.map((s) => ({ value: s, label: text.status(s) }))}
          onChange={(e) => { const v = e.currentTarget.value; setD((x) => ({ ...x, status: v })); }} />
        <CheckboxField id="gp-wants" label={t('casework.plan.wantsWork')} checked={d.wantsWork}
          onChange={(v) => setD((x) => ({ ...x, wantsWork: v }))} />
        <CheckboxField id="gp-able" label={t('casework.plan.ableToWork')} checked={d.ableToWork}
          onChange={(v) => setD((x) => ({ ...x, ableToWork: v }))} />
        <TextArea id="gp-plan" label={t('casework.plan.text')} hint={t('casework.plan.textHint', { max: PLAN_MAX })} error={errors.fields.plan}
          rows={5} value={d.plan} onChange={(e) => { const v = e.currentTarget.value; setD((x) => ({ ...x, plan: v })); errors.clearField('plan'); }} />
        <Button type="submit" aria-disabled={loading || undefined}>{t('casework.plan.save')}</Button>
      </form>
    </section>
  );
}

const ENTRY_ORDER: ReadonlyArray<readonly [EntryField, string]> = [
  ['kind', 'ge-kind-0'], ['followUpMonth', 'ge-month-0'], ['entryDate', 'ge-date'], ['notes', 'ge-notes'],
];
const emptyEntry = (): EntryDraft => ({ kind: '', entryDate: '', followUpMonth: '', notes: '' });

export function LedgerEntryForm({ seekerId, placementId, followUps, onSaved, onErrors, clearSignal }: FormProps & {
  /** The job followed up; null when the graduate has none (no follow-ups then). */
  placementId: string | null;
  followUps: readonly FollowUp[];
}) {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const text = useCaseworkText();
  const announce = useAnnounce();
  const [d, setD] = useState<EntryDraft>(emptyEntry);
  const errors = useFormErrors<EntryField>(ENTRY_ORDER, { placementId: 'kind' });
  const [add, { loading }] = useMutation(ADD_LEDGER_ENTRY);
  const { clear } = errors;
  useEffect(() => { if (clearSignal) clear(); }, [clearSignal, clear]);
  useEffect(() => onErrors(errors.hasErrors), [errors.hasErrors, onErrors]);
  const set = <K extends keyof EntryDraft>(k: K, v: EntryDraft[K]) => {
    setD((x) => ({ ...x, [k]: v }));
    errors.clearField(k);
  };

  const chooseKind = (kind: string) => {
    // a follow-up is most likely the one due next: offer it
    const next = kind === 'FOLLOW_UP' ? nextFollowUp(followUps) : null;
    setD((x) => ({ ...x, kind, followUpMonth: x.followUpMonth || (next ? String(next.month) : '') }));
    errors.clearField('kind');
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    const problems = checkEntry(d, todayIso(), !!placementId);
    if (Object.keys(problems).length) {
      errors.fail(Object.fromEntries(Object.entries(problems).map(([f, p]) => [f, text.problem(p!)])));
      return;
    }
    const followUp = d.kind === 'FOLLOW_UP';
    try {
      await add({ variables: { input: {
        seekerId, kind: d.kind as LedgerEntryKind, entryDate: d.entryDate.trim(), notes: d.notes.trim(),
        followUpMonth: followUp ? Number(d.followUpMonth) : null, placementId: followUp ? placementId : null,
      } } });
      errors.clear();
      announce(t('casework.entry.saved', { kind: followUp ? t('casework.entries.followUpOf', { month: d.followUpMonth }) : text.entryKind(d.kind),
        date: formatDate(d.entryDate.trim()) }));
      setD(emptyEntry());
      onSaved();
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  const doneMonths = new Set(followUps.filter((f) => f.done).map((f) => f.month));
  return mark(
    <section aria-labelledby="entry-title">
      <h2 id="entry-title">{t('casework.entry.title')}</h2>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <ChoiceGroup id="ge-kind" name="entryKind" type="radio" legend={t('casework.entry.kind')} required error={errors.fields.kind}
          value={d.kind} onChange={(v) => chooseKind(v as string)}
          choices={LEDGER_KINDS.map((k) => ({
            value: k, label: text.entryKind(k), hint: k === 'FOLLOW_UP' && !placementId ? t('casework.error.followUpNoPlacement') : undefined,
          }))} />
        {d.kind === 'FOLLOW_UP' && placementId && (
          <ChoiceGroup id="ge-month" name="followUpMonth" type="radio" legend={t('casework.entry.month')} required
            hint={t('casework.entry.monthHint')} error={errors.fields.followUpMonth} value={d.followUpMonth}
            onChange={(v) => set('followUpMonth', v as string)}
            choices={FOLLOW_UP_MONTHS.map((m) => ({
              value: String(m), label: t('casework.graduate.month', { month: m }),
              hint: doneMonths.has(m) ? t('casework.graduate.stateDone') : undefined,
            }))} />
        )}
        <TextField id="ge-date" label={t('casework.entry.date')} required error={errors.fields.entryDate} className="medium" autoComplete="off"
          hint={t('casework.record.dateHint', { example: todayIso() })}
          value={d.entryDate} onChange={(x) => set('entryDate', x.currentTarget.value)} />
        <TextArea id="ge-notes" label={t('casework.entry.notes')} hint={t('casework.entry.notesHint', { max: NOTES_MAX })}
          error={errors.fields.notes} rows={3} value={d.notes} onChange={(x) => set('notes', x.currentTarget.value)} />
        <Button type="submit" aria-disabled={loading || undefined}>{t('casework.entry.save')}</Button>
      </form>
    </section>
  );
}
