// A modal dialog the person opened themself (the one exception that appears on its own is the warning before
// the sign-in times out, which WCAG 2.2.1 asks for). Built on <dialog>
// with showModal(), so the rest of the page is inert; Tab and Shift+Tab cycle inside, Escape closes,
// and focus goes back to the control that opened it.
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useMark } from './Lang';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog({ open, title, onClose, children, initialFocus, returnFocus, describedBy }: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** The control to focus when the dialog opens; the first focusable one otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes on close when the opener is gone. */
  returnFocus?: RefObject<HTMLElement | null>;
  /** The id of the text read with the title when the dialog opens (one it opened on its own must say why). */
  describedBy?: string;
}) {
  const mark = useMark();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = `dialog-title-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement as HTMLElement | null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      const first = initialFocus?.current ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
      first?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      const back = opener.current && opener.current.isConnected ? opener.current : returnFocus?.current;
      back?.focus();
    }
  }, [open, initialFocus, returnFocus]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Escape fires "cancel": let React state close it so focus handling stays in one place
    const onCancel = (e: Event) => {
      e.preventDefault();
      onClose();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => dialog.removeEventListener('cancel', onCancel);
  }, [onClose]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []);
    if (!items.length) return;
    const at = items.indexOf(document.activeElement as HTMLElement);
    // from the first control, or from something focused that is not a Tab stop (the title, an error summary)
    if (e.shiftKey && at <= 0) {
      e.preventDefault();
      items[items.length - 1].focus();
    } else if (!e.shiftKey && at === items.length - 1) {
      e.preventDefault();
      items[0].focus();
    }
  };

  return mark(
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} aria-describedby={open ? describedBy : undefined} onKeyDown={onKeyDown}>
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}
