// A dialog asking for one text (a reason, a note, how something is arranged) before an action: the field (with any
// other fields the caller adds above it), the action's button and Cancel. A required text left empty is refused at
// the field; the server's refusal of the field (or its message) is shown there too, and the field takes focus.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { describeError } from '../lib/graphql-errors';
import { Button, ButtonRow } from './Button';
import { Dialog } from './Dialog';
import { TextArea } from './fields';
import { useMark } from './Lang';

export const TEXT_DIALOG_FIELD = 'text-dialog-field';

export function TextDialog({ open, title, label, hint, required, field, submitLabel, onSubmit, onClose, children }: {
  open: boolean; title: string; label: string; hint?: string;
  /** An empty text is refused at the field before anything is sent. */
  required?: boolean;
  /** The input field the server names when it refuses the text (its words are shown at the field). */
  field: string;
  submitLabel: string;
  /** Sends the text; a thrown GraphQL error is shown at the field. */
  onSubmit: (text: string) => Promise<unknown>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setText('');
    setProblem(null);
    onClose();
  };
  const refuse = (words: string) => {
    setProblem(words);
    document.getElementById(TEXT_DIALOG_FIELD)?.focus();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (required && !text.trim()) return refuse(t('iv.required', { field: label }));
    setBusy(true);
    try {
      await onSubmit(text.trim());
      setText('');
      setProblem(null);
    } catch (err) {
      const d = describeError(err);
      refuse(d.fields[field] ?? d.message ?? t('error.generic'));
    } finally {
      setBusy(false);
    }
  };
  return mark(
    <Dialog open={open} title={title} onClose={close}>
      <form onSubmit={submit} noValidate>
        {children}
        <TextArea id={TEXT_DIALOG_FIELD} label={label} hint={hint} required={required} error={problem ?? undefined} value={text}
          onChange={(e) => setText(e.currentTarget.value)} rows={3} />
        <ButtonRow>
          <Button type="submit" aria-disabled={busy || undefined}>{submitLabel}</Button>
          <Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>
        </ButtonRow>
      </form>
    </Dialog>
  );
}
