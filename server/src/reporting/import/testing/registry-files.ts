// Registry files for tests and the benchmark: rows in the federation's Chinese wording, written as .xlsx, as
// CSV, or as CSV in GBK the way Excel in China saves it.
import ExcelJS from 'exceljs';
import { DisabilityCategory, Education, EmploymentStatus, Gender, Residence } from '../../../common/domain.js';

export const REGISTRY_HEADERS = [
  '姓名', '性别', '出生日期', '残疾人证号', '残疾类别', '残疾等级', '所属县区', '城乡', '联系电话', '文化程度', '毕业院校', '毕业年份', '就业状态',
] as const;

const CATEGORY_ZH: Record<DisabilityCategory, string> = {
  VISUAL: '视力', HEARING: '听力', SPEECH: '言语', PHYSICAL: '肢体', INTELLECTUAL: '智力', MENTAL: '精神', MULTIPLE: '多重',
};
const EDUCATION_ZH: Record<Education, string> = {
  NONE: '文盲', PRIMARY: '小学', JUNIOR_HIGH: '初中', SENIOR_HIGH: '高中', VOCATIONAL: '中专', JUNIOR_COLLEGE: '大专', BACHELOR: '本科', MASTER: '研究生',
};
const EMPLOYMENT_ZH: Record<EmploymentStatus, string> = {
  UNEMPLOYED: '未就业', EMPLOYED: '已就业', SELF_EMPLOYED: '自主创业', STUDENT: '在校', NOT_SEEKING: '无就业意愿',
};
const LEVEL_ZH = ['', '一级', '二级', '三级', '四级'];

export interface RegistryPerson {
  name: string; gender: Gender; birthDate: string; certificate: string; category: DisabilityCategory; level: number;
  countyName: string; residence: Residence; phone: string | null; education: Education; graduateSchool: string | null;
  graduateYear: number | null; employmentStatus: EmploymentStatus;
}

/** One row under REGISTRY_HEADERS, in the words a federation clerk writes. */
export function registryCells(p: RegistryPerson): string[] {
  return [
    p.name, p.gender === Gender.MALE ? '男' : '女', p.birthDate, p.certificate, CATEGORY_ZH[p.category], LEVEL_ZH[p.level], p.countyName,
    p.residence === Residence.URBAN ? '城镇' : '农村', p.phone ?? '', EDUCATION_ZH[p.education], p.graduateSchool ?? '',
    p.graduateYear ? String(p.graduateYear) : '', EMPLOYMENT_ZH[p.employmentStatus],
  ];
}

/** A workbook whose first sheet holds the rows, every cell as text (as a careful clerk formats them). */
export async function xlsxFile(rows: ReadonlyArray<ReadonlyArray<string | number | Date | null>>, sheetName = '残疾人名册'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow([...r]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function csvText(rows: ReadonlyArray<ReadonlyArray<string>>, delimiter = ','): string {
  const quote = (v: string) => (/[",\n\r\t;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

let gbk: Map<string, number[]> | undefined;

/**
 * Encodes text as GB18030/GBK two-byte characters (ASCII stays one byte), the bytes Excel in China writes for
 * "CSV (逗号分隔)". Built from the platform's GB18030 decoder, so no encoding library is needed.
 */
export function encodeGbk(text: string): Buffer {
  if (!gbk) {
    gbk = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbk.has(ch)) gbk.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbk.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}
