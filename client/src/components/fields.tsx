// Form fields with a visible label, an optional hint and an inline error. The hint and the error are tied
// to the control with aria-describedby; an error also sets aria-invalid. Choice groups are fieldsets.
import { useId, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useMark } from './Lang';

interface FieldBase {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Shown after the label: required fields say so in words, not only with a star. */
  required?: boolean;
  /** Announce hint changes politely (used for the certificate check). */
  liveHint?: boolean;
  /** Announce errors that appear while typing (checked at once, not only on submit). */
  liveError?: boolean;
}

function describedBy(id: string, hint: unknown, error: unknown, extra?: string) {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  const mark = useMark();
  const { t } = useI18n();
  if (!message) return null;
  return mark(
    <p id={id} className="field-error">
      <span className="visually-hidden">{t('form.errorPrefix')}</span>{message}
    </p>
  );
}

function Label({ id, label, required }: { id: string; label: ReactNode; required?: boolean }) {
  const mark = useMark();
  const { t } = useI18n();
  return mark(
    <label htmlFor={id}>
      {label}
      {required && <span className="required">{t('form.required')}</span>}
    </label>
  );
}

export function TextField({ id, label, hint, error, required, liveHint, liveError, className, ...input }: FieldBase &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'>) {
  const mark = useMark();
  return mark(
    <div className={`field${error ? ' has-error' : ''}`}>
      <Label id={id} label={label} required={required} />
      {hint && <p id={`${id}-hint`} className="hint" aria-live={liveHint ? 'polite' : undefined}>{hint}</p>}
      {liveError
        ? <div aria-live="polite"><FieldError id={`${id}-error`} message={error} /></div>
        : <FieldError id={`${id}-error`} message={error} />}
      <input
        id={id}
        className={`input ${className ?? ''}`.trim()}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...input}
      />
    </div>
  );
}

/** A required file chooser: onFile gets the chosen file (or null when the choice is cleared). */
export function FileField({ onFile, ...field }: FieldBase & { accept: string; onFile: (file: File | null) => void }) {
  return (
    <TextField {...field} type="file" className="file-input" required onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)} />
  );
}

export function TextArea({ id, label, hint, error, required, ...rest }: FieldBase &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'>) {
  const mark = useMark();
  return mark(
    <div className={`field${error ? ' has-error' : ''}`}>
      <Label id={id} label={label} required={required} />
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      <FieldError id={`${id}-error`} message={error} />
      <textarea
        id={id}
        className="textarea"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...rest}
      />
    </div>
  );
}

export interface Option { value: string; label: string }

export function SelectField({ id, label, hint, error, required, options, placeholder, ...rest }: FieldBase &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required'> & { options: readonly Option[]; placeholder?: string }) {
  const mark = useMark();
  return mark(
    <div className={`field${error ? ' has-error' : ''}`}>
      <Label id={id} label={label} required={required} />
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      <FieldError id={`${id}-error`} message={error} />
      <select
        id={id}
        className="select"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

export interface Choice { value: string; label: ReactNode; hint?: ReactNode }

/**
 * Radio buttons or checkboxes in a fieldset whose legend names the question. The first control's id is
 * `${id}-0`: the error summary links there.
 */
export function ChoiceGroup({ id, legend, hint, error, required, type, name, choices, value, onChange, columns, legendClassName }: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  type: 'radio' | 'checkbox';
  name: string;
  choices: readonly Choice[];
  /** The chosen value (radio) or values (checkbox). */
  value: string | readonly string[] | null;
  onChange: (next: string[] | string) => void;
  columns?: boolean;
  legendClassName?: string;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const chosen = new Set(Array.isArray(value) ? value : value ? [value as string] : []);
  const toggle = (v: string, checked: boolean) => {
    if (type === 'radio') return onChange(v);
    const next = new Set(chosen);
    if (checked) next.add(v);
    else next.delete(v);
    // keep the order the choices are listed in
    onChange(choices.map((c) => c.value).filter((c) => next.has(c)));
  };
  return mark(
    <div className={`field${error ? ' has-error' : ''}`}>
      <fieldset
        id={id}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={type === 'radio' && error ? true : undefined}
        aria-required={type === 'radio' && required ? true : undefined}
        role={type === 'radio' ? 'radiogroup' : undefined}
      >
        <legend className={legendClassName}>
          {legend}
          {required && <span className="required">{t('form.required')}</span>}
        </legend>
        {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
        <FieldError id={`${id}-error`} message={error} />
        <div className={`choices${columns ? ' columns' : ''}`}>
          {choices.map((c, i) => (
            <ChoiceItem
              key={c.value}
              id={`${id}-${i}`}
              type={type}
              name={name}
              choice={c}
              checked={chosen.has(c.value)}
              onChange={(checked) => toggle(c.value, checked)}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function ChoiceItem({ id, type, name, choice, checked, onChange }: {
  id: string; type: 'radio' | 'checkbox'; name: string; choice: Choice; checked: boolean; onChange: (checked: boolean) => void;
}) {
  const mark = useMark();
  return mark(
    <div className="choice">
      <input
        id={id}
        type={type}
        name={name}
        value={choice.value}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
        aria-describedby={choice.hint ? `${id}-hint` : undefined}
      />
      <div className="choice-text">
        <label htmlFor={id}>{choice.label}</label>
        {choice.hint && <span id={`${id}-hint`} className="hint">{choice.hint}</span>}
      </div>
    </div>
  );
}

/** A single yes/no checkbox with its own label (not part of a question group). */
export function CheckboxField({ id, label, hint, error, checked, onChange }: {
  id: string; label: ReactNode; hint?: ReactNode; error?: string; checked: boolean; onChange: (checked: boolean) => void;
}) {
  const mark = useMark();
  return mark(
    <div className={`field${error ? ' has-error' : ''}`}>
      <FieldError id={`${id}-error`} message={error} />
      <div className="choice">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.currentTarget.checked)}
          aria-describedby={describedBy(id, hint, error)}
          aria-invalid={error ? true : undefined}
        />
        <div className="choice-text">
          <label htmlFor={id}>{label}</label>
          {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
        </div>
      </div>
    </div>
  );
}

/** A stable id for components used more than once on a page. */
export function useFieldId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** A password with a button that shows it as text (pasting and password managers keep working). */
export function PasswordField({ id, label, hint, error, required, value, onChange, autoComplete }: FieldBase & {
  value: string; onChange: (v: string) => void; autoComplete: 'current-password' | 'new-password';
}) {
  const mark = useMark();
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  return mark(
    <div className={`field${error ? ' has-error' : ''}`}>
      <Label id={id} label={label} required={required} />
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      <FieldError id={`${id}-error`} message={error} />
      <div className="input-with-button">
        <input
          id={id}
          className="input"
          type={shown ? 'text' : 'password'}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          autoComplete={autoComplete}
          spellCheck={false}
          autoCapitalize="off"
          aria-describedby={describedBy(id, hint, error)}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
        />
        <button type="button" className="button secondary" aria-controls={id} aria-pressed={shown} onClick={() => setShown(!shown)}>
          {t('form.showPassword')}
        </button>
      </div>
    </div>
  );
}
