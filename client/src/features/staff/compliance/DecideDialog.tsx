// Deciding one integrity flag: confirm (a fake arrangement) or clear, with a note that is required. Confirming
// lists the flag's placements, all ticked: staff untick any that are genuine, and at least one must stay ticked.
// Problems go to the error summary inside the dialog, which takes focus; Escape or Cancel closes without saving.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type RefObject } from 'react';
import { Button, ButtonRow } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { DecisionFields } from '../../../components/DecisionFields';
import { ChoiceGroup } from '../../../components/fields';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeFlag } from './flag-text';
import type { Flag } from './IntegrityPage';
import { useMark } from '../../../components/Lang';

export const DECIDE_FLAG = graphql(`
  mutation DecideIntegrityFlag($id: ID!, $confirmed: Boolean!, $note: String!, $notGenuine: [ID!]) {
    decideIntegrityFlag(id: $id, confirmed: $confirmed, note: $note, notGenuine: $notGenuine) { id status note decidedAt }
  }
`);

const FIELDS = [['outcome', 'decide-outcome-0'], ['notGenuine', 'decide-placements-0'], ['note', 'decide-note']] as const;
type Field = (typeof FIELDS)[number][0];

export function DecideDialog({ flag, onClose, onDecided, returnFocus, onErrorsChange }: {
  flag: Flag | null;
  /** The page title shows "错误：" while the form has errors. */
  onErrorsChange: (hasErrors: boolean) => void;
  onClose: () => void;
  onDecided: (confirmed: boolean) => Promise<void> | void;
  returnFocus: RefObject<HTMLElement | null>;
}) {
  const mark = useMark();
  const { t } = useI18n();
  return mark(
    <Dialog open={!!flag} title={flag ? t('compliance.decide.title', { kind: t(`compliance.kind.${flag.kind}`) }) : ''} onClose={onClose} returnFocus={returnFocus}>
      {flag && <DecideForm key={flag.id} flag={flag} onClose={onClose} onDecided={onDecided} onErrorsChange={onErrorsChange} />}
    </Dialog>
  );
}

function DecideForm({ flag, onClose, onDecided, onErrorsChange }: {
  flag: Flag; onClose: () => void; onDecided: (confirmed: boolean) => Promise<void> | void; onErrorsChange: (hasErrors: boolean) => void;
}) {
  const mark = useMark();
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const errors = useFormErrors<Field>(FIELDS);
  const [outcome, setOutcome] = useState<'' | 'confirm' | 'clear'>('');
  const [note, setNote] = useState('');
  // already confirmed as not genuine elsewhere: nothing left to choose
  const placements = flag.placements.filter((p) => p.counted);
  const [notGenuine, setNotGenuine] = useState<readonly string[]>(() => placements.map((p) => p.id));
  const choosing = outcome === 'confirm' && placements.length > 0;
  const [decide, { loading }] = useMutation(DECIDE_FLAG);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems: Partial<Record<Field, string>> = {};
    if (!outcome) problems.outcome = t('compliance.decide.outcomeMissing');
    if (choosing && notGenuine.length === 0) problems.notGenuine = t('compliance.decide.placementsMissing');
    if (!note.trim()) problems.note = t('compliance.decide.noteMissing');
    if (Object.keys(problems).length) {
      onErrorsChange(true);
      return errors.fail(problems);
    }
    try {
      await decide({ variables: { id: flag.id, confirmed: outcome === 'confirm', note: note.trim(), notGenuine: choosing ? [...notGenuine] : null } });
      await onDecided(outcome === 'confirm');
    } catch (err) {
      onErrorsChange(true);
      errors.failFromServer(err, t('compliance.decide.failed'));
    }
  };

  return mark(
    <form onSubmit={submit} noValidate>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <p>{describeFlag(flag.kind, flag.details, i18n)}</p>
      <p>{t('compliance.decide.tellsEmployer')}</p>
      <DecisionFields<'confirm' | 'clear'>
        decisionId="decide-outcome"
        legend={t('compliance.decide.outcome')}
        choices={[
          { value: 'clear', label: t('compliance.decide.clear') },
          { value: 'confirm', label: t('compliance.decide.confirm') },
        ]}
        decision={outcome}
        onDecision={(v) => {
          setOutcome(v);
          errors.clearField('outcome');
        }}
        decisionError={errors.fields.outcome}
        noteId="decide-note"
        noteLabel={t('compliance.decide.note')}
        noteHint={t('compliance.decide.noteHint')}
        noteRequired
        noteError={errors.fields.note}
        note={note}
        onNote={setNote}
        noteMaxLength={1000}
      >
        {choosing && (
          <ChoiceGroup
            id="decide-placements"
            name="decide-placements"
            type="checkbox"
            legend={t('compliance.decide.placements')}
            hint={t('compliance.decide.placementsHint')}
            error={errors.fields.notGenuine}
            value={notGenuine}
            onChange={(v) => {
              setNotGenuine(v as string[]);
              errors.clearField('notGenuine');
            }}
            choices={placements.map((p) => ({
              value: p.id,
              label: t('compliance.decide.placement', {
                person: p.personName ?? t('compliance.decide.unknown'), employer: p.organizationName ?? t('compliance.decide.unknown'), start: formatDate(p.startDate),
              }),
            }))}
          />
        )}
      </DecisionFields>
      <ButtonRow>
        <Button type="submit" aria-disabled={loading || undefined}>{t('compliance.decide.save')}</Button>
        <Button variant="secondary" onClick={onClose}>{t('common.cancel')}</Button>
      </ButtonRow>
    </form>
  );
}
