// The employer's business licence (营业执照): what is on file, and a form to upload it or replace it. Staff look at it
// when they verify the organization; after they asked for more, uploading a new one is part of resubmitting.
import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonRow } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileField } from '../../components/fields';
import { useFormErrors } from '../../components/useFormErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { LICENCE_MAX_BYTES, uploadLicence } from './licence-upload';
import './licence.css';
import { useMark } from '../../components/Lang';

const FIELDS = [['licence', 'org-licence']] as const;
const ACCEPT = '.jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf';

export interface LicenceOnFile { fileName: string; uploadedAt: string; url: string }

export function LicenceSection({ organizationId, licence, resubmitting, onErrorsChange }: {
  organizationId: string;
  licence: LicenceOnFile | null | undefined;
  /** Staff asked for more or rejected it: after the upload, say to submit again. */
  resubmitting: boolean;
  onErrorsChange: (hasErrors: boolean) => void;
}) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const client = useApolloClient();
  const errors = useFormErrors<'licence'>(FIELDS);
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);

  const fail = (message: string) => {
    onErrorsChange(true);
    errors.fail({ licence: message });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    if (!file) return fail(t('org.licence.noFile'));
    if (file.size > LICENCE_MAX_BYTES) return fail(t('org.licence.tooLarge'));
    setSending(true);
    announce(t('org.licence.sending'));
    const result = await uploadLicence(organizationId, file);
    setSending(false);
    if (!result.ok) return fail(result.message ?? t('org.licence.failed'));
    errors.clear();
    onErrorsChange(false);
    await client.refetchQueries({ include: ['MyOrganization'] });
    announce(resubmitting ? t('org.licence.savedResubmit') : t('org.licence.saved'));
  };

  return mark(
    <section aria-labelledby="org-licence-heading">
      <h2 id="org-licence-heading">{t('org.licence.heading')}</h2>
      <p>{t('org.licence.intro')}</p>
      {licence ? (
        <p>
          {t('org.licence.current', { name: licence.fileName || t('org.licence.heading'), at: formatDateTime(licence.uploadedAt) })}
          {' '}<a href={licence.url} download>{t('org.licence.view')}</a>
        </p>
      ) : <p>{t('org.licence.none')}</p>}
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <FileField
          id="org-licence"
          accept={ACCEPT}
          label={t('org.licence.file')}
          hint={t('org.licence.fileHint')}
          error={errors.fields.licence}
          onFile={(f) => {
            setFile(f);
            errors.clearField('licence');
          }}
        />
        <ButtonRow><Button type="submit" aria-disabled={sending || undefined}>{t('org.licence.submit')}</Button></ButtonRow>
        {sending && <p>{t('org.licence.sending')}</p>}
      </form>
    </section>
  );
}
