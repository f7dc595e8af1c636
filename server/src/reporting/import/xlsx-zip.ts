// Just enough of the zip format to look into an .xlsx without parsing it: the names of its entries (is this a
// workbook?) and the number of rows of its first sheet (the total for the progress bar, before the slow read).
import { createInflateRaw } from 'node:zlib';
import { Readable } from 'node:stream';

interface Entry { name: string; method: number; compressedSize: number; localOffset: number }

function centralDirectory(buf: Buffer): Entry[] | null {
  // the end-of-central-directory record sits in the last 22 bytes plus a comment of up to 65,535
  const stop = Math.max(0, buf.length - 22 - 65_535);
  let eocd = -1;
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const nameLength = buf.readUInt16LE(p + 28);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** The entry names of a zip, or null when it is not a readable zip. */
export function zipEntryNames(buf: Buffer): string[] | null {
  try {
    return centralDirectory(buf)?.map((e) => e.name) ?? null;
  } catch {
    return null;
  }
}

const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
/** A row element, with or without a namespace prefix (<row r="2"> or <x:row ...>); not <rowBreaks>. */
const ROW = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;

/** Sheet XML beyond this is no registry a person typed (200,000 rows of 13 cells take about 150 MB): a zip bomb. */
export const MAX_SHEET_XML_BYTES = 1024 * 1024 * 1024;

/**
 * Counts the <row> elements of the first worksheet by inflating it as a stream: 'TOO_LARGE' past the limit, null
 * when the file cannot be read this way. Includes the header and any formatted empty rows: an upper bound.
 */
export async function countSheetRows(buf: Buffer, maxInflatedBytes = MAX_SHEET_XML_BYTES): Promise<number | 'TOO_LARGE' | null> {
  try {
    const sheet = centralDirectory(buf)?.find((e) => SHEET.test(e.name));
    if (!sheet || (sheet.method !== 8 && sheet.method !== 0)) return null;
    const p = sheet.localOffset;
    if (buf.readUInt32LE(p) !== 0x04034b50) return null;
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const data = buf.subarray(start, start + sheet.compressedSize);
    const source = Readable.from([data]);
    const stream = sheet.method === 8 ? source.pipe(createInflateRaw()) : source;
    let rows = 0;
    let seen = 0;
    let tail = '';
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      seen += chunk.length;
      if (seen > maxInflatedBytes) return 'TOO_LARGE';
      const s = tail + chunk.toString('latin1');
      for (const m of s.matchAll(ROW)) if (m.index + m[0].length > tail.length) rows++;
      tail = s.slice(-24);
    }
    return rows;
  } catch {
    return null;
  }
}
