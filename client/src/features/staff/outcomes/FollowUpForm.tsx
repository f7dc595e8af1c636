// Staff record a follow-up of one placement: which month, what they found, when, and (when the person left) the
// last day and why. Problems go to the error summary and to each field; a saved follow-up is announced.
import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup, SelectField, TextArea, TextField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { FollowUpStatus, PlacementEndReason } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { END_REASONS } from '../placements/placement-text';
import { checkFollowUp, FOLLOW_UP_STATUSES, todayInChina, type FollowUpDraft, type FollowUpField } from './outcomes-rules';

export const RECORD_FOLLOW_UP = graphql(`
  mutation RecordPlacementFollowUp($input: RecordFollowUpInput!) {
    recordPlacementFollowUp(input: $input) { id placementId month status source checkedOn leftOn }
  }
`);

const ORDER: ReadonlyArray<readonly [FollowUpField, string]> = [
  ['month', 'fu-month-0'], ['status', 'fu-status-0'], ['checkedOn', 'fu-checked'], ['leftOn', 'fu-left'], ['endReason', 'fu-reason'], ['note', 'fu-note'],
];
const LABELS: Record<FollowUpField, 'outcomes.form.month' | 'outcomes.form.status' | 'outcomes.form.checkedOn' | 'outcomes.form.leftOn' | 'outcomes.form.endReason' | 'outcomes.form.note'> = {
  month: 'outcomes.form.month', status: 'outcomes.form.status', checkedOn: 'outcomes.form.checkedOn', leftOn: 'outcomes.form.leftOn',
  endReason: 'outcomes.form.endReason', note: 'outcomes.form.note',
};

export interface FollowUpSubject {
  placementId: string; personName: string; organizationName: string; startDate: string;
  months: ReadonlyArray<{ month: number; dueDate: string }>;
}

export function FollowUpForm({ subject, initialMonth, onSaved, onCancel, onErrors }: {
  subject: FollowUpSubject;
  initialMonth?: number;
  /** Shows the list again with the new record; the saved message is spoken once it has. */
  onSaved: () => Promise<void>;
  onCancel: () => void;
  onErrors?: (has: boolean) => void;
}) {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const announce = useAnnounce();
  const [d, setD] = useState<FollowUpDraft>({ month: initialMonth ? String(initialMonth) : '', status: '', checkedOn: todayInChina(), leftOn: '', endReason: '', note: '' });
  const errors = useFormErrors<FollowUpField>(ORDER);
  const [record, { loading }] = useMutation(RECORD_FOLLOW_UP);
  const e = errors.fields;
  useEffect(() => onErrors?.(errors.hasErrors), [errors.hasErrors, onErrors]);
  const set = <K extends keyof FollowUpDraft>(k: K, v: FollowUpDraft[K]) => { setD((x) => ({ ...x, [k]: v })); errors.clearField(k); };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    const problems = checkFollowUp(d);
    if (Object.keys(problems).length) {
      errors.fail(Object.fromEntries(Object.entries(problems).map(([f, p]) => [f,
        t(p === 'required' ? 'outcomes.form.required' : 'outcomes.form.dateFormat', { field: t(LABELS[f as FollowUpField]) })])));
      return;
    }
    const left = d.status === 'LEFT';
    try {
      await record({ variables: { input: {
        placementId: subject.placementId, month: Number(d.month), status: d.status as FollowUpStatus, checkedOn: d.checkedOn.trim(),
        leftOn: left ? d.leftOn.trim() : null, endReason: left && d.endReason ? (d.endReason as PlacementEndReason) : null, note: d.note.trim(),
      } } });
      errors.clear();
      // whoever hears "saved" finds the record in the list: the list is fetched again first
      await onSaved();
      announce(t('outcomes.form.saved', { name: subject.personName, month: d.month }));
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <section aria-labelledby="follow-up-form-title" className="card">
      <h2 id="follow-up-form-title" tabIndex={-1}>{t('outcomes.form.title', { name: subject.personName })}</h2>
      <p>{t('outcomes.form.intro', { name: subject.personName, organization: subject.organizationName, start: formatDate(subject.startDate) })}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <ChoiceGroup id="fu-month" name="month" type="radio" legend={t('outcomes.form.month')} required error={e.month} value={d.month}
          onChange={(v) => set('month', v as string)}
          choices={subject.months.map((m) => ({ value: String(m.month), label: t('outcomes.form.monthLabel', { month: m.month, date: formatDate(m.dueDate) }) }))} />
        <ChoiceGroup id="fu-status" name="status" type="radio" legend={t('outcomes.form.status')} required error={e.status} value={d.status}
          onChange={(v) => set('status', v as string)}
          choices={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`outcomes.status.${s}`) }))} />
        <TextField id="fu-checked" label={t('outcomes.form.checkedOn')} required error={e.checkedOn} className="medium" autoComplete="off"
          hint={t('outcomes.form.dateHint', { example: todayInChina() })} value={d.checkedOn} onChange={(x) => set('checkedOn', x.currentTarget.value)} />
        {d.status === 'LEFT' && (
          <>
            <TextField id="fu-left" label={t('outcomes.form.leftOn')} required error={e.leftOn} className="medium" autoComplete="off"
              hint={t('outcomes.form.leftOnHint', { example: todayInChina() })} value={d.leftOn} onChange={(x) => set('leftOn', x.currentTarget.value)} />
            <SelectField id="fu-reason" label={t('outcomes.form.endReason')} error={e.endReason} value={d.endReason} placeholder={t('placements.endReason.OTHER')}
              options={END_REASONS.filter((r) => r !== 'OTHER').map((r) => ({ value: r, label: t(`placements.endReason.${r}`) }))}
              onChange={(x) => set('endReason', x.currentTarget.value)} />
          </>
        )}
        <TextArea id="fu-note" label={t('outcomes.form.note')} hint={t('outcomes.form.noteTold')} error={e.note} rows={2} value={d.note} onChange={(x) => set('note', x.currentTarget.value)} />
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('outcomes.form.save')}</Button>
          <Button variant="secondary" onClick={onCancel}>{t('outcomes.form.cancel')}</Button>
        </ButtonRow>
      </form>
    </section>
  );
}
