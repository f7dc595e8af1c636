// Sends a registry file to POST /imports/seekers (multipart, field "file"), signed in by the session cookie and
// in the interface language (the server writes its refusals in it). The server answers 202 with the job.
import { activeLocale } from '../../../i18n/I18nProvider';

export type UploadResult = { ok: true; id: string } | { ok: false; message: string | null };

export async function uploadRegistry(file: File, validOnly: boolean): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  try {
    const res = await fetch(`/imports/seekers${validOnly ? '?validOnly=1' : ''}`, {
      method: 'POST', body: form, credentials: 'same-origin', headers: { 'x-locale': activeLocale() },
    });
    const body = (await res.json().catch(() => null)) as { id?: string; message?: string } | null;
    if (res.status === 202 && body?.id) return { ok: true, id: body.id };
    return { ok: false, message: body?.message ?? null };
  } catch {
    return { ok: false, message: null };
  }
}

/** The registry's column names, for the blank template (the server reads these and their common variants). */
export const TEMPLATE_HEADERS = [
  '姓名', '性别', '出生日期', '残疾人证号', '残疾类别', '残疾等级', '所属县区', '城乡', '联系电话', '文化程度', '毕业院校', '毕业年份', '就业状态',
] as const;

/** A CSV with the header row only, as a data: address (a BOM so Excel reads the Chinese as UTF-8). */
export function templateHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${TEMPLATE_HEADERS.join(',')}\r\n`)}`;
}
