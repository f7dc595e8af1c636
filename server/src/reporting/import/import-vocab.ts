// Vocabulary and policy of the registry import (残疾人实名制数据导入). Pure data.

/** Where a registry import stands; the client shows a progress bar while it is QUEUED, VALIDATING or WRITING. */
export enum ImportStatus {
  QUEUED = 'QUEUED', // uploaded, waiting for its turn in this server process
  VALIDATING = 'VALIDATING', // reading and checking every row
  WRITING = 'WRITING', // the valid rows are being written, in one transaction
  DONE = 'DONE', // written (all rows, or the valid rows when asked)
  REJECTED = 'REJECTED', // the file or some rows are wrong: nothing was written
  FAILED = 'FAILED', // the server could not finish (e.g. it restarted): nothing was written
}

export const ACTIVE_IMPORT_STATUSES: readonly ImportStatus[] = [ImportStatus.QUEUED, ImportStatus.VALIDATING, ImportStatus.WRITING];

export enum ImportFormat { XLSX = 'XLSX', CSV = 'CSV' }

/** Limits and retention of registry imports; policy, so named here once. */
export const IMPORT_RULES = {
  /** Largest upload accepted (a 50,000-row registry in .xlsx is about 3 MB). */
  maxBytes: 20 * 1024 * 1024,
  /** Data rows per file; a larger registry is imported in parts. */
  maxRows: 200_000,
  /** The rejected rows (kept encrypted, for the error report) are erased after this many days. */
  rejectedRowsRetentionDays: 30,
  /** A job whose progress has not moved for this long was cut off by a restart. */
  staleAfterMinutes: 15,
  /** Youngest and oldest plausible ages in a job-seeker registry, as for a profile saved in the app. */
  minAge: 14,
  maxAge: 100,
} as const;
