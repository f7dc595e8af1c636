// What an uploaded file is, judged by its bytes and never by its name: an .xlsx workbook (a zip holding
// xl/workbook.xml) or CSV text in UTF-8 (with or without a BOM), UTF-16 with a BOM, or GB18030/GBK, which Excel
// in China writes when it saves "CSV (逗号分隔)". Anything `file-type` recognises by its signature (a PDF, an image, a
// Word file...) is refused at upload, even when it is plain text after the signature and the name ends in .csv.
import { fileTypeFromBuffer } from 'file-type';
import { ImportFormat } from './import-vocab.js';
import { zipEntryNames } from './xlsx-zip.js';

export type ContentVerdict =
  | { ok: true; format: ImportFormat }
  | { ok: false; key: 'import.file.empty' | 'import.file.oldExcel' | 'import.file.notSpreadsheet' }
  | { ok: false; key: 'import.file.otherKind'; params: { kind: string } };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .xls, .doc and other legacy Office files

const startsWith = (buf: Uint8Array, sig: readonly number[]) => sig.every((b, i) => buf[i] === b);

/** Judges a whole file (uploads are at most IMPORT_RULES.maxBytes, so they fit in memory). */
export async function judgeContent(buf: Buffer): Promise<ContentVerdict> {
  if (buf.length === 0) return { ok: false, key: 'import.file.empty' };
  if (startsWith(buf, ZIP)) {
    const names = zipEntryNames(buf);
    return names?.includes('xl/workbook.xml') ? { ok: true, format: ImportFormat.XLSX } : { ok: false, key: 'import.file.notSpreadsheet' };
  }
  if (startsWith(buf, OLE)) return { ok: false, key: 'import.file.oldExcel' };
  const known = await fileTypeFromBuffer(buf);
  if (known) return { ok: false, key: 'import.file.otherKind', params: { kind: known.ext.toUpperCase() } };
  return decodeText(buf) === null ? { ok: false, key: 'import.file.notSpreadsheet' } : { ok: true, format: ImportFormat.CSV };
}

/** Control characters no spreadsheet text holds (tab, line feed and carriage return are fine). */
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Decodes CSV bytes: UTF-16 when a BOM says so, else UTF-8 (a BOM is dropped), else GB18030 (a superset of GBK
 * and GB2312). Null when the bytes are none of these, or are binary (a PNG renamed .csv has NUL bytes).
 */
export function decodeText(buf: Uint8Array): string | null {
  const attempts: string[] = buf[0] === 0xff && buf[1] === 0xfe ? ['utf-16le']
    : buf[0] === 0xfe && buf[1] === 0xff ? ['utf-16be']
      : ['utf-8', 'gb18030'];
  for (const encoding of attempts) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(buf);
    } catch {
      continue;
    }
    return BINARY.test(text) ? null : text;
  }
  return null;
}

/** The field separator of a CSV text, from its first line: comma, or tab (Excel's "Unicode text"), or semicolon. */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const counts = [',', '\t', ';'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}
