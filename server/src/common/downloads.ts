// What the file downloads (Excel exports) share: the workbook sent as an attachment named in ASCII for old clients
// and in full (UTF-8) for the rest, and a domain error answered as JSON in the user's language with its HTTP status.
import type ExcelJS from 'exceljs';
import type { Response } from 'express';
import { DomainError } from './errors.js';
import { translate } from './messages.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 };

export async function sendWorkbook(res: Response, wb: ExcelJS.Workbook, asciiName: string, name: string): Promise<void> {
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('Content-Disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** Answers a domain error (refused, not found, bad input) as JSON; false for anything else, which the caller rethrows. */
export function sendDomainError(res: Response, e: unknown): boolean {
  if (!(e instanceof DomainError)) return false;
  res.status(STATUS[e.code] ?? 400).json({ code: e.code, message: translate(e.key, e.params) });
  return true;
}
