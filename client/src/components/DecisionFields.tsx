// A staff decision and its note: the choice (radio buttons in a named group) and the note that explains it, as the
// organization verification form and the integrity flag dialog both ask for them. Whatever a decision needs besides
// (which placements, what it will close) goes between the two as children. The ids are the error summary's targets:
// the first choice is `${decisionId}-0`, the note `noteId`.
import type { ReactNode } from 'react';
import { ChoiceGroup, TextArea, type Choice } from './fields';
import { useMark } from './Lang';

export function DecisionFields<D extends string>({
  decisionId, legend, choices, decision, onDecision, decisionError,
  noteId, noteLabel, noteHint, noteRequired, noteError, note, onNote, noteMaxLength, noteRows = 3, children,
}: {
  decisionId: string;
  legend: ReactNode;
  choices: ReadonlyArray<Choice & { value: D }>;
  decision: D | '';
  onDecision: (d: D) => void;
  decisionError?: string;
  noteId: string;
  noteLabel: ReactNode;
  noteHint?: ReactNode;
  /** Marked required when every decision needs a note; when only some do, say which in the hint. */
  noteRequired?: boolean;
  noteError?: string;
  note: string;
  onNote: (note: string) => void;
  noteMaxLength: number;
  noteRows?: number;
  children?: ReactNode;
}) {
  const mark = useMark();
  return mark(
    <>
      <ChoiceGroup
        id={decisionId}
        name={decisionId}
        type="radio"
        legend={legend}
        required
        error={decisionError}
        value={decision}
        onChange={(v) => onDecision(v as D)}
        choices={choices}
      />
      {children}
      <TextArea
        id={noteId}
        label={noteLabel}
        hint={noteHint}
        required={noteRequired}
        error={noteError}
        value={note}
        rows={noteRows}
        onChange={(e) => onNote(e.currentTarget.value)}
        maxLength={noteMaxLength}
      />
    </>
  );
}
