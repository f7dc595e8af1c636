import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translate } from '../../common/messages.js';
import { ImportFormat } from './import-vocab.js';
import { checkRegistry, type CheckOutcome } from './registry-check.js';
import ExcelJS from 'exceljs';
import { readRegistry, utf8WorkbookReader } from './registry-reader.js';
import type { RowContext } from './registry-row.js';
import { csvText, encodeGbk, REGISTRY_HEADERS, xlsxFile } from './testing/registry-files.js';
import { decodeText, judgeContent } from './upload-content.js';
import { countSheetRows } from './xlsx-zip.js';

const CTX: RowContext = {
  counties: [{ code: '411502', nameZh: '浉河区' }, { code: '411521', nameZh: '罗山县' }, { code: '411528', nameZh: '息县' }],
  scopeCountyCode: null, today: new Date('2025-06-01T00:00:00Z'),
};
// 罗山县 1990-05-12 man (check 8); 浉河区 1985-03-01 woman (check 9); 息县 1978-09-15 man (check 1)
const ROWS = [
  ['张明', '男', '1990-05-12', '41152119900512001812', '视力', '二级', '罗山县', '农村', '13812345678', '中专', '', '', '未就业'],
  ['王芳', '女', '1985-03-01', '41150219850301002943', '肢体', '三级', '浉河区', '城镇', '', '本科', '信阳师范大学', '2007', '已就业'],
  ['李强', '男', '1978-09-15', '41152819780915003121', '听力', '一级', '息县', '农村', '0376-1234567', '初中', '', '', '未就业'],
];
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'registry-spec-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function checkFile(buf: Buffer, name: string): Promise<CheckOutcome> {
  const verdict = await judgeContent(buf);
  if (!verdict.ok) throw new Error(verdict.key);
  const path = join(dir, name);
  writeFileSync(path, buf);
  const source = verdict.format === ImportFormat.XLSX ? { format: ImportFormat.XLSX as const, path } : { format: ImportFormat.CSV as const, text: decodeText(buf)! };
  return checkRegistry(readRegistry(source), CTX, { maxRows: 100 });
}

describe('the content of an upload', () => {
  it('knows an .xlsx by its bytes and refuses a PNG, an old .xls, a zip that is no workbook and an empty file', async () => {
    expect(await judgeContent(await xlsxFile([[...REGISTRY_HEADERS]]))).toEqual({ ok: true, format: 'XLSX' });
    expect(await judgeContent(PNG)).toEqual({ ok: false, key: 'import.file.otherKind', params: { kind: 'PNG' } });
    expect(await judgeContent(Buffer.from('d0cf11e0a1b11ae1000000000000', 'hex'))).toEqual({ ok: false, key: 'import.file.oldExcel' });
    const notWorkbook = Buffer.from('504b0506000000000000000000000000000000000000', 'hex'); // an empty zip
    expect(await judgeContent(notWorkbook)).toEqual({ ok: false, key: 'import.file.otherKind', params: { kind: 'ZIP' } });
    expect(await judgeContent(Buffer.alloc(0))).toEqual({ ok: false, key: 'import.file.empty' });
  });

  it('refuses a file whose content is another kind, even text after the signature in a file named .csv', async () => {
    const pdfText = Buffer.from('%PDF-1.4\n姓名,性别\n张明,男\n', 'utf8');
    expect(await judgeContent(pdfText)).toEqual({ ok: false, key: 'import.file.otherKind', params: { kind: 'PDF' } });
    expect(await judgeContent(Buffer.from('{\\rtf1\\ansi 姓名,性别}', 'utf8'))).toMatchObject({ ok: false, key: 'import.file.otherKind' });
    expect(await judgeContent(Buffer.from(csvText([['姓名', '性别'], ['张明', '男']]), 'utf8'))).toEqual({ ok: true, format: 'CSV' });
  });

  it('reads CSV text in UTF-8 with or without a BOM, in UTF-16 and in GBK', async () => {
    const text = csvText([['姓名', '性别'], ['张明', '男']]);
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    const gbk = encodeGbk(text);
    expect(gbk.subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb])); // 姓名 in GBK
    expect(decodeText(gbk)).toBe(text);
    expect(await judgeContent(gbk)).toEqual({ ok: true, format: 'CSV' });
  });
});

describe('checking a registry file', () => {
  it('reads an .xlsx with a title row above the headers, skipping empty rows', async () => {
    const buf = await xlsxFile([['信阳市残疾人实名制数据（2025年5月）'], [...REGISTRY_HEADERS], ...ROWS, [], [null, '']]);
    expect(await countSheetRows(buf)).toBe(6); // an upper bound for the progress bar: title, header, data and the blank-text row
    const r = await checkFile(buf, 'registry.xlsx');
    expect(r.ok && { total: r.total, rows: r.records.map((x) => [x.rowNumber, x.countyCode, x.category, x.level]), rejected: r.rejected }).toEqual({
      total: 3, rows: [[3, '411521', 'VISUAL', 2], [4, '411502', 'PHYSICAL', 3], [5, '411528', 'HEARING', 1]], rejected: [],
    });
  });

  it('keeps Chinese characters whole where the XML stream splits them (exceljs\'s reader alone turns them into ��)', async () => {
    const digits = '零一二三四五六七八九';
    const names = Array.from({ length: 6000 }, (_, i) => `欧阳${[...String(i)].map((d) => digits[Number(d)]).join('')}残疾人就业服务`);
    const path = join(dir, 'chinese.xlsx');
    writeFileSync(path, await xlsxFile(names.map((n) => [n])));
    const read = async (reader: ExcelJS.stream.xlsx.WorkbookReader) => {
      const out: string[] = [];
      for await (const sheet of reader) for await (const row of sheet) out.push(String(row.getCell(1).value));
      return out;
    };
    const plain = await read(new ExcelJS.stream.xlsx.WorkbookReader(path, {}));
    expect(plain.filter((n) => n.includes('\ufffd')).length).toBeGreaterThan(0); // when this fails, exceljs is fixed: drop Utf8WorkbookReader
    const { createReadStream } = await import('node:fs');
    expect(await read(utf8WorkbookReader(createReadStream(path), {}))).toEqual(names);
    const rows: string[] = [];
    for await (const r of readRegistry({ format: ImportFormat.XLSX, path })) rows.push(String(r.cells[0]));
    expect(rows).toEqual(names);
  });

  it('reads a GBK-encoded CSV as Excel in China saves it', async () => {
    const r = await checkFile(encodeGbk(csvText([[...REGISTRY_HEADERS], ...ROWS])), 'registry.csv');
    expect(r.ok && r.records.map((x) => x.name)).toEqual(['张明', '王芳', '李强']);
  });

  it('reports each wrong row with the row number as the spreadsheet shows it, and repeated certificates', async () => {
    const wrong = [...ROWS[2]];
    wrong[3] = '41152819780915003021'; // check character 0 instead of 1
    const r = await checkFile(Buffer.from(csvText([[...REGISTRY_HEADERS], ROWS[0], wrong, ROWS[1], ROWS[0]])), 'errors.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.records.map((x) => x.rowNumber)).toEqual([2, 4]);
    expect(r.rejected.map((x) => ({ row: x.rowNumber, cells: x.cells[0], problems: x.problems.map((p) => translate(p.key, p.params, 'zh-CN')) }))).toEqual([
      { row: 3, cells: '李强', problems: ['残疾人证号第18位（身份证号校验位）应为1，而不是0：请核对前17位'] },
      { row: 5, cells: '张明', problems: ['残疾人证号与第2行重复'] },
    ]);
  });

  it('refuses a file missing required columns, naming them, and a file without a header row', async () => {
    const r = await checkFile(Buffer.from(csvText([['姓名', '残疾人证号', '联系电话'], ['张明', '41152119900512001812', '']])), 'missing.csv');
    expect(!r.ok && translate(r.problem.key, r.problem.params, 'zh-CN')).toBe('缺少必需的列：性别、出生日期、所属县区、城乡');
    const none = await checkFile(Buffer.from(csvText([['a', 'b'], ['1', '2']])), 'none.csv');
    expect(!none.ok && none.problem.key).toBe('import.file.noHeader');
  });

  it('calls a damaged workbook unreadable', async () => {
    const buf = await xlsxFile([[...REGISTRY_HEADERS], ...ROWS]);
    buf.fill(0xff, Math.floor(buf.length * 0.1), Math.floor(buf.length * 0.6)); // the central directory at the end survives
    expect(await judgeContent(buf)).toEqual({ ok: true, format: 'XLSX' });
    const path = join(dir, 'damaged.xlsx');
    writeFileSync(path, buf);
    await expect(checkRegistry(readRegistry({ format: ImportFormat.XLSX, path }), CTX, { maxRows: 100 }))
      .rejects.toMatchObject({ key: 'import.file.unreadable' });
  });

  it('stops at the row limit', async () => {
    const many = Array.from({ length: 101 }, () => ROWS[0]);
    const r = await checkFile(Buffer.from(csvText([[...REGISTRY_HEADERS], ...many])), 'many.csv');
    expect(!r.ok && r.problem).toEqual({ key: 'import.file.tooManyRows', params: { max: 100 } });
  });

  it('refuses rows the screen refuses (a profile of another county), keeping their cells for the report', async () => {
    const path = join(dir, 'screen.csv');
    const text = csvText([[...REGISTRY_HEADERS], ...ROWS]);
    writeFileSync(path, text);
    const r = await checkRegistry(readRegistry({ format: ImportFormat.CSV, text }), CTX, {
      maxRows: 100, screen: async (batch) => new Map(batch.filter((x) => x.name === '王芳').map((x) => [x.rowNumber, { key: 'import.row.existingOutOfScope', params: { county: '平桥区' } }])),
    });
    expect(r.ok && r.rejected.map((x) => [x.rowNumber, x.cells[0], translate(x.problems[0].key, x.problems[0].params, 'zh-CN')]))
      .toEqual([[3, '王芳', '该残疾人证号的档案属于平桥区，不在您负责的县区内']]);
  });
});
