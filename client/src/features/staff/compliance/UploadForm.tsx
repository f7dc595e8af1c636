// The form that sends a registry file. On the import page it offers one button and a "correct rows only"
// checkbox; after a file with errors it offers the two ways forward as two buttons (corrected file, or the
// correct rows of the same file). A refused upload is shown on the file field and in the error summary.
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField, FileField } from '../../../components/fields';
import { useFormErrors } from '../../../components/useFormErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { uploadRegistry } from './upload';
import { useMark } from '../../../components/Lang';

const FIELDS = [['file', 'registry-file']] as const;
const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

export function UploadForm({ twoWays = false, onErrorsChange }: {
  /** After a file with errors: two submit buttons instead of the checkbox. */
  twoWays?: boolean;
  /** The page title shows "错误：" while the form has errors. */
  onErrorsChange?: (hasErrors: boolean) => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const errors = useFormErrors<'file'>(FIELDS);
  const [file, setFile] = useState<File | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [sending, setSending] = useState(false);
  const pressed = useRef<'fixed' | 'validOnly'>('fixed');

  const fail = (message: string) => {
    errors.fail({ file: message });
    onErrorsChange?.(true);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    if (!file) return fail(t('compliance.upload.noFile'));
    setSending(true);
    announce(t('compliance.upload.sending'));
    const result = await uploadRegistry(file, twoWays ? pressed.current === 'validOnly' : validOnly);
    setSending(false);
    if (!result.ok) return fail(result.message ?? t('compliance.upload.failed'));
    onErrorsChange?.(false);
    navigate(`/staff/imports/${result.id}`);
  };

  return mark(
    <form onSubmit={submit} noValidate>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <FileField
        id="registry-file"
        accept={ACCEPT}
        label={t('compliance.upload.file')}
        hint={t('compliance.upload.fileHint')}
        error={errors.fields.file}
        onFile={(f) => {
          setFile(f);
          errors.clearField('file');
        }}
      />
      {twoWays ? (
        <ButtonRow>
          <Button type="submit" aria-disabled={sending || undefined} onClick={() => { pressed.current = 'fixed'; }}>{t('compliance.next.submitFixed')}</Button>
          <Button type="submit" variant="secondary" aria-disabled={sending || undefined} onClick={() => { pressed.current = 'validOnly'; }}>
            {t('compliance.next.submitValidOnly')}
          </Button>
        </ButtonRow>
      ) : (
        <>
          <CheckboxField id="registry-valid-only" label={t('compliance.upload.validOnly')} hint={t('compliance.upload.validOnlyHint')}
            checked={validOnly} onChange={setValidOnly} />
          <ButtonRow><Button type="submit" aria-disabled={sending || undefined}>{t('compliance.upload.submit')}</Button></ButtonRow>
        </>
      )}
      {sending && <p>{t('compliance.upload.sending')}</p>}
    </form>
  );
}
