// Checks a whole registry file row by row: finds the header row, maps the columns, validates every data row
// and finds certificate numbers that occur twice. No I/O of its own: rows come in, records and problems go out.
import type { MessageParams } from '../../common/errors.js';
import { HEADER_SEARCH_ROWS, knownHeaderCount, mapHeaders, REGISTRY_COLUMNS } from './registry-headers.js';
import type { RawRow } from './registry-reader.js';
import { isEmptyRow, type RegistryRecord, type RowContext, type RowProblem, validateRow } from './registry-row.js';
import { cellText } from './registry-values.js';

export interface RejectedRow {
  rowNumber: number;
  /** The row as written, cell by cell, for the error report staff correct and import again. */
  cells: string[];
  problems: RowProblem[];
}

export interface FileProblem { key: string; params: MessageParams }

export type CheckOutcome =
  | { ok: false; problem: FileProblem; headers: string[] }
  | { ok: true; headers: string[]; records: RegistryRecord[]; rejected: RejectedRow[]; total: number };

export interface CheckOptions {
  maxRows: number;
  /** Called every `progressEvery` data rows with the number checked so far; awaited, so it can yield. */
  onProgress?: (checked: number) => unknown;
  progressEvery?: number;
  /**
   * Looks at valid rows in batches against what is stored (e.g. a profile of another county that county staff
   * may not change); returns the problems of the rows it refuses, by row number.
   */
  screen?: (batch: readonly RegistryRecord[]) => Promise<ReadonlyMap<number, FileProblem>>;
  screenBatch?: number;
}

/** A header row has at least this many known column names; a title line above it has one cell. */
const MIN_HEADER_CELLS = 2;

export async function checkRegistry(rows: AsyncIterable<RawRow>, ctx: RowContext, opts: CheckOptions): Promise<CheckOutcome> {
  const every = opts.progressEvery ?? 500;
  const iterator = rows[Symbol.asyncIterator]();
  // the header row: the first of the top rows with several known column names
  let headerRow: RawRow | null = null;
  let firstNonEmpty: RawRow | null = null;
  for (let i = 0; i < HEADER_SEARCH_ROWS; i++) {
    const next = await iterator.next();
    if (next.done) break;
    if (!firstNonEmpty && !isEmptyRow(next.value.cells)) firstNonEmpty = next.value;
    if (knownHeaderCount(next.value.cells) >= MIN_HEADER_CELLS) {
      headerRow = next.value;
      break;
    }
  }
  if (!headerRow) {
    await closeQuietly(iterator);
    if (!firstNonEmpty) return { ok: false, problem: { key: 'import.file.empty', params: {} }, headers: [] };
    return { ok: false, problem: { key: 'import.file.noHeader', params: { example: exampleHeaders() } }, headers: firstNonEmpty.cells.map(cellText) };
  }
  const headers = headerRow.cells.map(cellText);
  const mapped = mapHeaders(headerRow.cells);
  if (!mapped.ok) {
    await closeQuietly(iterator);
    return { ok: false, problem: mapped.problem, headers };
  }

  const identityColumn = mapped.map.header.certificateNumber ?? mapped.map.header.residentId ?? REGISTRY_COLUMNS.certificateNumber.label;
  const records: RegistryRecord[] = [];
  const rejected: RejectedRow[] = [];
  const firstRowOf = new Map<string, number>();
  let pending: Array<{ record: RegistryRecord; cells: string[] }> = [];
  const flush = async () => {
    const refused = opts.screen && pending.length ? await opts.screen(pending.map((p) => p.record)) : new Map<number, FileProblem>();
    for (const p of pending) {
      const problem = refused.get(p.record.rowNumber);
      if (problem) {
        rejected.push({ rowNumber: p.record.rowNumber, cells: p.cells, problems: [{ column: identityColumn, key: problem.key, params: { column: identityColumn, ...problem.params } }] });
      } else {
        records.push(p.record);
      }
    }
    pending = [];
  };
  let total = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    const { rowNumber, cells } = next.value;
    if (isEmptyRow(cells)) continue;
    total++;
    if (total > opts.maxRows) {
      await closeQuietly(iterator);
      return { ok: false, problem: { key: 'import.file.tooManyRows', params: { max: opts.maxRows } }, headers };
    }
    const result = validateRow(cells, rowNumber, mapped.map, ctx);
    if (result.ok) {
      const first = firstRowOf.get(result.record.certificateNumber);
      if (first === undefined) {
        firstRowOf.set(result.record.certificateNumber, rowNumber);
        pending.push({ record: result.record, cells: opts.screen ? cells.map(cellText) : [] });
        if (pending.length >= (opts.screenBatch ?? 2000)) await flush();
      } else {
        rejected.push({
          rowNumber, cells: cells.map(cellText),
          problems: [{ column: identityColumn, key: 'import.row.duplicate', params: { column: identityColumn, row: first } }],
        });
      }
    } else {
      rejected.push({ rowNumber, cells: cells.map(cellText), problems: result.problems });
    }
    if (total % every === 0) await opts.onProgress?.(total);
  }
  await flush();
  await opts.onProgress?.(total);
  rejected.sort((a, b) => a.rowNumber - b.rowNumber);
  return { ok: true, headers, records, rejected, total };
}

async function closeQuietly(iterator: AsyncIterator<RawRow>): Promise<void> {
  try {
    await iterator.return?.(undefined);
  } catch {
    // the reader is being abandoned; its own errors no longer matter
  }
}

function exampleHeaders(): string {
  return [REGISTRY_COLUMNS.name, REGISTRY_COLUMNS.gender, REGISTRY_COLUMNS.certificateNumber].map((c) => `“${c.label}”`).join('、');
}
