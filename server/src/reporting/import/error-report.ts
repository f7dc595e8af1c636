// The error report staff download, correct and import again: the rejected rows as they were written, in the
// file's own columns, with an added 错误说明 column and each wrong cell shaded. Streamed, so a file of many
// rejected rows never sits in memory as a workbook.
import type ExcelJS from 'exceljs';
import { excelJs } from '../../common/excel.js';
import type { Writable } from 'node:stream';

export interface ReportRow {
  rowNumber: number;
  cells: string[];
  problems: Array<{ column: string; message: string }>;
}

export interface ReportLabels {
  sheet: string;
  explanation: string;
  rowNumber: string;
  separator: string;
}

export const ZH_LABELS: ReportLabels = { sheet: '错误行', explanation: '错误说明', rowNumber: '原行号', separator: '；' };

const WRONG_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE0E0' } };

export async function writeErrorReport(out: Writable, headers: readonly string[], rows: AsyncIterable<ReportRow>, labels = ZH_LABELS): Promise<number> {
  const wb = new (excelJs().stream.xlsx.WorkbookWriter)({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = '助业通';
  const sheet = wb.addWorksheet(labels.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const width = headers.length;
  // text format throughout: certificate and ID numbers stay text when the sheet is edited and saved again
  sheet.columns = [
    ...headers.map((h, i) => ({ header: h, key: `c${i}`, width: Math.max(10, Math.min(28, h.length * 2 + 6)), style: { numFmt: '@' } })),
    { header: labels.explanation, key: 'explanation', width: 60, style: { numFmt: '@' } },
    { header: labels.rowNumber, key: 'row', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const columnIndex = new Map(headers.map((h, i) => [h, i]));
  let count = 0;
  for await (const r of rows) {
    const values: Array<string | number> = [];
    for (let i = 0; i < width; i++) values.push(r.cells[i] ?? '');
    values.push(r.problems.map((p) => p.message).join(labels.separator), r.rowNumber);
    const row = sheet.addRow(values);
    for (const p of r.problems) {
      const i = columnIndex.get(p.column);
      if (i !== undefined) row.getCell(i + 1).fill = WRONG_FILL;
    }
    row.getCell(width + 1).alignment = { wrapText: true, vertical: 'top' };
    row.commit();
    count++;
  }
  sheet.commit();
  await wb.commit();
  return count;
}
