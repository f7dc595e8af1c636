// An action asked once more in the page before it is done (withdrawing an enrolment or an application): no dialog
// opens; the button gives way to the question with yes and no, focus moves to the question, and "no" puts focus back
// on the button. After "yes" the caller moves focus (the thing the action changed usually goes away with the button).
// Chinese in an English page is marked here (names in the question and the button).
import { useRef, useState, type ReactNode } from 'react';
import { Button, ButtonRow } from './Button';
import { useMark } from './Lang';

export function AskFirst({ button, question, yes, no, busy, onYes }: {
  /** the button's name: say what it acts on when there are several on the page */
  button: ReactNode;
  question: string;
  yes: string;
  no: string;
  busy: boolean;
  /** what "yes" does (its result is not waited for: busy says when it runs) */
  onYes: () => unknown;
}) {
  const mark = useMark();
  const [asking, setAsking] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLParagraphElement>(null);
  if (!asking) {
    return mark(
      <p><Button ref={askButton} variant="secondary" onClick={() => { setAsking(true); setTimeout(() => confirm.current?.focus(), 0); }}>
        {button}
      </Button></p>
    );
  }
  return mark(
    <div className="notice warning">
      <p ref={confirm} tabIndex={-1}>{question}</p>
      <ButtonRow>
        <Button onClick={() => { if (!busy) void onYes(); }} aria-disabled={busy || undefined}>{yes}</Button>
        <Button variant="secondary" onClick={() => { setAsking(false); setTimeout(() => askButton.current?.focus(), 0); }}>{no}</Button>
      </ButtonRow>
    </div>
  );
}
