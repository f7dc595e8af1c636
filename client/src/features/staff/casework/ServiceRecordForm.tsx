// Staff record one of the "four ones" for a seeker: which service, when, (for an information check) whether the
// person wants work, the outcome and notes. Problems go to an error summary and to each field; a saved record is
// announced and the form starts again empty.
import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup, TextArea, TextField } from '../../../components/fields';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { ServiceKind, WorkIntention } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { checkService, NOTES_MAX, OUTCOME_MAX, SERVICE_KINDS, todayIso, WORK_INTENTIONS, type ServiceDraft, type ServiceField } from './casework-rules';
import { useCaseworkText } from './casework-text';
import { useMark } from '../../../components/Lang';

export const RECORD_SERVICE = graphql(`
  mutation RecordService($input: ServiceRecordInput!) {
    recordService(input: $input) { id kind serviceDate intention outcome notes staffName }
  }
`);

const ORDER: ReadonlyArray<readonly [ServiceField, string]> = [
  ['kind', 'rs-kind-0'], ['intention', 'rs-intention-0'], ['serviceDate', 'rs-date'], ['outcome', 'rs-outcome'], ['notes', 'rs-notes'],
];

const empty = (kind = ''): ServiceDraft => ({ kind, serviceDate: '', intention: '', outcome: '', notes: '' });

export function ServiceRecordForm({ seekerId, seekerName, initialKind, onSaved, onErrors }: {
  seekerId: string;
  seekerName: string;
  /** The service the staff member came to record (from the list of who lacks it). */
  initialKind?: string;
  onSaved: () => void;
  /** Tells the page whether the form shows problems (the document title then starts with "错误："). */
  onErrors?: (has: boolean) => void;
}) {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const text = useCaseworkText();
  const announce = useAnnounce();
  const [d, setD] = useState<ServiceDraft>(() => empty(initialKind));
  const errors = useFormErrors<ServiceField>(ORDER);
  const [record, { loading }] = useMutation(RECORD_SERVICE);
  const set = <K extends keyof ServiceDraft>(k: K, v: ServiceDraft[K]) => {
    setD((x) => ({ ...x, [k]: v }));
    errors.clearField(k);
  };
  const e = errors.fields;
  useEffect(() => onErrors?.(errors.hasErrors), [errors.hasErrors, onErrors]);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    const problems = checkService(d, todayIso());
    if (Object.keys(problems).length) {
      errors.fail(Object.fromEntries(Object.entries(problems).map(([f, p]) => [f, text.problem(p!)])));
      return;
    }
    try {
      await record({ variables: { input: {
        seekerId, kind: d.kind as ServiceKind, serviceDate: d.serviceDate.trim(),
        intention: d.kind === 'INFORMATION_CHECK' ? (d.intention as WorkIntention) : null,
        outcome: d.outcome.trim(), notes: d.notes.trim(),
      } } });
      errors.clear();
      announce(t('casework.record.saved', { name: seekerName, kind: text.kind(d.kind), date: formatDate(d.serviceDate.trim()) }));
      setD(empty());
      onSaved();
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <section aria-labelledby="record-title">
      <h2 id="record-title">{t('casework.record.title')}</h2>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <ChoiceGroup id="rs-kind" name="kind" type="radio" legend={t('casework.record.kind')} required error={e.kind} value={d.kind}
          onChange={(v) => set('kind', v as string)}
          choices={SERVICE_KINDS.map((k) => ({ value: k, label: text.kind(k), hint: text.kindHint(k) }))} />
        {d.kind === 'INFORMATION_CHECK' && (
          <ChoiceGroup id="rs-intention" name="intention" type="radio" legend={t('casework.record.intention')} required
            hint={t('casework.record.intentionHint')} error={e.intention} value={d.intention}
            onChange={(v) => set('intention', v as string)}
            choices={WORK_INTENTIONS.map((w) => ({ value: w, label: text.intention(w) }))} />
        )}
        <TextField id="rs-date" label={t('casework.record.date')} required error={e.serviceDate} className="medium" autoComplete="off"
          hint={t('casework.record.dateHint', { example: todayIso() })}
          value={d.serviceDate} onChange={(x) => set('serviceDate', x.currentTarget.value)} />
        <TextField id="rs-outcome" label={t('casework.record.outcome')} hint={t('casework.record.outcomeHint', { max: OUTCOME_MAX })}
          error={e.outcome} autoComplete="off" value={d.outcome} onChange={(x) => set('outcome', x.currentTarget.value)} />
        <TextArea id="rs-notes" label={t('casework.record.notes')} hint={t('casework.record.notesHint', { max: NOTES_MAX })}
          error={e.notes} rows={3} value={d.notes} onChange={(x) => set('notes', x.currentTarget.value)} />
        <Button type="submit" aria-disabled={loading || undefined}>{t('casework.record.save')}</Button>
      </form>
    </section>
  );
}
