// Sends the business licence to POST /imports/organization-licence/:id (multipart, field "file"), signed in by the
// session cookie and in the interface language (the server words its refusals in it). The server answers 200 with
// the licence's facts, or a refusal naming the field.
import { activeLocale } from '../../i18n/I18nProvider';

export type LicenceUploadResult = { ok: true } | { ok: false; message: string | null };

/** 5 MB, as the server allows: a larger file is refused before it is sent. */
export const LICENCE_MAX_BYTES = 5 * 1024 * 1024;

export async function uploadLicence(organizationId: string, file: File): Promise<LicenceUploadResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  try {
    const res = await fetch(`/imports/organization-licence/${encodeURIComponent(organizationId)}`, {
      method: 'POST', body: form, credentials: 'same-origin', headers: { 'x-locale': activeLocale() },
    });
    if (res.ok) return { ok: true };
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    return { ok: false, message: body?.message ?? null };
  } catch {
    return { ok: false, message: null };
  }
}
