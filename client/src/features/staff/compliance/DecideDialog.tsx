// Deciding one integrity flag: confirm (a fake arrangement) or clear, with a note that is required. Problems
// go to the error summary inside the dialog, which takes focus; Escape or Cancel closes without saving.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type RefObject } from 'react';
import { Button, ButtonRow } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup, TextArea } from '../../../components/fields';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeFlag } from './flag-text';
import type { Flag } from './IntegrityPage';

export const DECIDE_FLAG = graphql(`
  mutation DecideIntegrityFlag($id: ID!, $confirmed: Boolean!, $note: String!) {
    decideIntegrityFlag(id: $id, confirmed: $confirmed, note: $note) { id status note decidedAt }
  }
`);

const FIELDS = [['outcome', 'decide-outcome-0'], ['note', 'decide-note']] as const;
type Field = (typeof FIELDS)[number][0];

export function DecideDialog({ flag, onClose, onDecided, returnFocus, onErrorsChange }: {
  flag: Flag | null;
  /** The page title shows "错误：" while the form has errors. */
  onErrorsChange: (hasErrors: boolean) => void;
  onClose: () => void;
  onDecided: (confirmed: boolean) => Promise<void> | void;
  returnFocus: RefObject<HTMLElement | null>;
}) {
  const { t } = useI18n();
  return (
    <Dialog open={!!flag} title={flag ? t('compliance.decide.title', { kind: t(`compliance.kind.${flag.kind}`) }) : ''} onClose={onClose} returnFocus={returnFocus}>
      {flag && <DecideForm key={flag.id} flag={flag} onClose={onClose} onDecided={onDecided} onErrorsChange={onErrorsChange} />}
    </Dialog>
  );
}

function DecideForm({ flag, onClose, onDecided, onErrorsChange }: {
  flag: Flag; onClose: () => void; onDecided: (confirmed: boolean) => Promise<void> | void; onErrorsChange: (hasErrors: boolean) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const errors = useFormErrors<Field>(FIELDS);
  const [outcome, setOutcome] = useState<'' | 'confirm' | 'clear'>('');
  const [note, setNote] = useState('');
  const [decide, { loading }] = useMutation(DECIDE_FLAG);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems: Partial<Record<Field, string>> = {};
    if (!outcome) problems.outcome = t('compliance.decide.outcomeMissing');
    if (!note.trim()) problems.note = t('compliance.decide.noteMissing');
    if (Object.keys(problems).length) {
      onErrorsChange(true);
      return errors.fail(problems);
    }
    try {
      await decide({ variables: { id: flag.id, confirmed: outcome === 'confirm', note: note.trim() } });
      await onDecided(outcome === 'confirm');
    } catch (err) {
      onErrorsChange(true);
      errors.failFromServer(err, t('compliance.decide.failed'));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <p>{describeFlag(flag.kind, flag.details, i18n)}</p>
      <ChoiceGroup
        id="decide-outcome"
        name="decide-outcome"
        type="radio"
        legend={t('compliance.decide.outcome')}
        required
        error={errors.fields.outcome}
        value={outcome}
        onChange={(v) => {
          setOutcome(v as 'confirm' | 'clear');
          errors.clearField('outcome');
        }}
        choices={[
          { value: 'clear', label: t('compliance.decide.clear') },
          { value: 'confirm', label: t('compliance.decide.confirm') },
        ]}
      />
      <TextArea
        id="decide-note"
        label={t('compliance.decide.note')}
        hint={t('compliance.decide.noteHint')}
        required
        error={errors.fields.note}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={1000}
      />
      <ButtonRow>
        <Button type="submit" aria-disabled={loading || undefined}>{t('compliance.decide.save')}</Button>
        <Button variant="secondary" onClick={onClose}>{t('common.cancel')}</Button>
      </ButtonRow>
    </form>
  );
}
