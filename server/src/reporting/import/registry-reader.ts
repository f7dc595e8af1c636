// Reads the rows of an uploaded registry as cells: the first worksheet of an .xlsx (streamed with exceljs's
// WorkbookReader, so a large file never sits in memory as a workbook) or the records of a CSV text.
import type ExcelJS from 'exceljs';
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { excelJs } from '../../common/excel.js';
import { ImportFormat } from './import-vocab.js';
import type { Cell } from './registry-values.js';
import { detectDelimiter } from './upload-content.js';

export interface RawRow {
  /** 1-based, as the spreadsheet shows it. */
  rowNumber: number;
  cells: Cell[];
}

/** The file could not be read as its format; `key` names the message, `params` its details. */
export class UnreadableFileError extends Error {
  constructor(readonly key: string, readonly params: Record<string, string | number> = {}) {
    super(key);
  }
}

/** An .xlsx is streamed from its file; a CSV is decoded first (see decodeText), so it comes as text. */
export type RegistrySource = { format: ImportFormat.XLSX; path: string } | { format: ImportFormat.CSV; text: string };

export function readRegistry(source: RegistrySource): AsyncGenerator<RawRow> {
  return source.format === ImportFormat.XLSX ? readXlsx(source.path) : readCsv(source.text);
}

/** Rich text, formulas, hyperlinks and errors as the text or value a person sees in the cell. */
function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return toCell(o.result);
    if (typeof o.text === 'string') return o.text;
    if (typeof o.error === 'string') return o.error;
  }
  return null;
}

type ReaderOptions = Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>;
interface ReaderInternals extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

/** Decodes UTF-8 across chunk boundaries: a character split between two chunks is completed, not replaced. */
async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * exceljs's streaming reader (4.4) decodes each chunk of XML on its own, so a Chinese character that straddles two
 * chunks comes back as "��" (a few names in every 50,000 rows; exceljs issues #2063, #2084 and #2316, still open).
 * This reader hands its XML parser text decoded across chunk boundaries, which the parser passes through as is.
 * registry-file.spec.ts shows the corruption with the plain reader and none with this one.
 */
export function utf8WorkbookReader(input: Readable, options: ReaderOptions): ReaderInternals {
  utf8Reader ??= utf8ReaderClass();
  return new utf8Reader(input, options);
}

type ReaderClass = new (input: Readable, options: ReaderOptions) => ReaderInternals;
let utf8Reader: ReaderClass | undefined;

/** The class is made at the first read: exceljs is loaded then, not when the server starts (common/lazy-module.ts). */
function utf8ReaderClass(): ReaderClass {
  const BaseReader = excelJs().stream.xlsx.WorkbookReader as unknown as ReaderClass;
  if (typeof BaseReader.prototype._parseSharedStrings !== 'function' || typeof BaseReader.prototype._parseWorksheet !== 'function') {
    throw new Error('exceljs changed its WorkbookReader: review utf8WorkbookReader in registry-reader.ts');
  }
  return class Utf8WorkbookReader extends BaseReader {
    override _parseSharedStrings(entry: Readable) {
      entry.setEncoding('utf8');
      return super._parseSharedStrings(entry);
    }

    override _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: string) {
      return super._parseWorksheet(decodeUtf8(chunks), sheetNo);
    }
  };
}

async function* readXlsx(path: string): AsyncGenerator<RawRow> {
  const input = createReadStream(path);
  const reader = utf8WorkbookReader(input, {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(toCell(values[i]));
        yield { rowNumber: row.number, cells };
      }
      break; // the first worksheet is the registry; others (notes, code lists) are ignored
    }
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    throw new UnreadableFileError('import.file.unreadable');
  } finally {
    input.destroy();
  }
}

async function* readCsv(text: string): AsyncGenerator<RawRow> {
  const parser = parse({ delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  // fed in slices so a large file never blocks the server's event loop for long
  Readable.from((function* () {
    for (let i = 0; i < text.length; i += 65_536) yield text.slice(i, i + 65_536);
  })()).pipe(parser);
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      yield { rowNumber, cells: record };
    }
  } catch (e) {
    throw new UnreadableFileError('import.file.badCsv', { row: rowNumber + 1 });
  }
}
