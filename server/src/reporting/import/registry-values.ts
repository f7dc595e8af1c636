// Cell values of the registry in the words staff use (男, 视力残疾, 二级, 罗山县, 农业户口, 大专, 未就业 ...),
// mapped to the domain's vocabularies. Pure functions; a miss returns null and the row check names the column.
import {
  DisabilityCategory as C, Education as E, EmploymentStatus as S, Gender, Residence,
} from '../../common/domain.js';

/** What a cell holds after reading: text from CSV; text, number, date or boolean from .xlsx. */
export type Cell = string | number | boolean | Date | null;

/** The text of a cell as a person would read it; numbers without exponent or grouping. */
export function cellText(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  return v.normalize('NFKC').trim();
}

export const isBlank = (v: Cell | undefined) => cellText(v) === '';

/** Lookup key: NFKC, no spaces, upper case (Latin letters only). */
function key(v: Cell | undefined): string {
  return cellText(v).replace(/\s+/g, '').toUpperCase();
}

function table<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): ReadonlyMap<string, T> {
  return new Map(entries.flatMap(([value, words]) => words.map((w) => [w.toUpperCase(), value] as const)));
}

const GENDERS = table<Gender>([
  [Gender.MALE, ['男', '男性', '1', 'M', 'MALE']], // GB/T 2261.1: 1 male, 2 female
  [Gender.FEMALE, ['女', '女性', '2', 'F', 'FEMALE']],
]);

const CATEGORIES = table<C>([
  [C.VISUAL, ['视力', '视力残疾', '视残', '1', 'VISUAL']],
  [C.HEARING, ['听力', '听力残疾', '听残', '2', 'HEARING']],
  [C.SPEECH, ['言语', '言语残疾', '语言', '语言残疾', '3', 'SPEECH']],
  [C.PHYSICAL, ['肢体', '肢体残疾', '肢残', '4', 'PHYSICAL']],
  [C.INTELLECTUAL, ['智力', '智力残疾', '智残', '5', 'INTELLECTUAL']],
  [C.MENTAL, ['精神', '精神残疾', '精残', '6', 'MENTAL']],
  [C.MULTIPLE, ['多重', '多重残疾', '7', 'MULTIPLE']],
]);

const LEVELS = table<number>([
  [1, ['1', '一', '一级', '壹级', '1级', '残疾一级']],
  [2, ['2', '二', '二级', '贰级', '2级', '残疾二级']],
  [3, ['3', '三', '三级', '叁级', '3级', '残疾三级']],
  [4, ['4', '四', '四级', '肆级', '4级', '残疾四级']],
]);

const RESIDENCES = table<Residence>([
  [Residence.URBAN, ['城镇', '城市', '城', '非农业', '非农', '非农业户口', '城镇户口', '城市户口', 'URBAN']],
  [Residence.RURAL, ['农村', '乡村', '农', '农业', '农业户口', '农村户口', 'RURAL']],
]);

const EDUCATION = table<E>([
  [E.NONE, ['文盲', '半文盲', '文盲或半文盲', '无', '未上学', '未上过学', '未受教育', '学前', '学龄前', 'NONE']],
  [E.PRIMARY, ['小学', 'PRIMARY']],
  [E.JUNIOR_HIGH, ['初中', '初级中学', 'JUNIOR_HIGH']],
  [E.SENIOR_HIGH, ['高中', '普通高中', 'SENIOR_HIGH']],
  [E.VOCATIONAL, ['中专', '中职', '职高', '技校', '职业高中', '技工学校', '中等专业学校', '中等职业教育', 'VOCATIONAL']],
  [E.JUNIOR_COLLEGE, ['大专', '专科', '大学专科', '高职', '高职高专', 'JUNIOR_COLLEGE']],
  [E.BACHELOR, ['本科', '大学本科', '大学', 'BACHELOR']],
  // the vocabulary stops at MASTER: a doctorate is recorded as its highest step
  [E.MASTER, ['研究生', '硕士', '硕士研究生', '博士', '博士研究生', 'MASTER']],
]);

const EMPLOYMENT = table<S>([
  [S.UNEMPLOYED, ['未就业', '失业', '待业', '无业', '未就业登记失业', 'UNEMPLOYED']],
  [S.EMPLOYED, ['已就业', '就业', '在岗', '在职', '按比例就业', '集中就业', '灵活就业', '辅助性就业', '公益性岗位', '公益性岗位就业',
    '农村种养加', '务农', 'EMPLOYED']],
  [S.SELF_EMPLOYED, ['自主创业', '个体就业', '个体经营', '自主就业', '自谋职业', '个体', 'SELF_EMPLOYED']],
  [S.STUDENT, ['在校', '在校生', '在校学生', '学生', '在读', 'STUDENT']],
  [S.NOT_SEEKING, ['无就业意愿', '不愿就业', '无意愿', '丧失劳动能力', '无劳动能力', '退休', '离退休', 'NOT_SEEKING']],
]);

/** The allowed words shown in a message when a value is not recognised. */
export const ALLOWED_WORDS: Readonly<Record<'gender' | 'category' | 'level' | 'residence' | 'education' | 'employmentStatus', string>> = {
  gender: '男、女',
  category: '视力、听力、言语、肢体、智力、精神、多重（或1-7）',
  level: '一级、二级、三级、四级（或1-4）',
  residence: '城镇、农村',
  education: '文盲、小学、初中、高中、中专、大专、本科、研究生',
  employmentStatus: '未就业、已就业、自主创业、在校、无就业意愿',
};

export const parseGender = (v: Cell | undefined): Gender | null => GENDERS.get(key(v)) ?? null;
export const parseCategory = (v: Cell | undefined): C | null => CATEGORIES.get(key(v).replace(/类$/, '')) ?? null;
export const parseLevel = (v: Cell | undefined): number | null => LEVELS.get(key(v)) ?? null;
export const parseResidence = (v: Cell | undefined): Residence | null => RESIDENCES.get(key(v)) ?? null;
export const parseEducation = (v: Cell | undefined): E | null => EDUCATION.get(key(v).replace(/(毕业|肄业|及以上|学历)$/, '')) ?? null;
export const parseEmploymentStatus = (v: Cell | undefined): S | null => EMPLOYMENT.get(key(v)) ?? null;

/** nameEn where known: a problem names the county in the reader's language. */
export interface CountyName { code: string; nameZh: string; nameEn?: string }

/**
 * A county by code (411521), by name (罗山县), by a name with the city or province before it (信阳市罗山县), or by its
 * short name (罗山) when that is at least two characters. Functional zones (羊山新区 ...) are not divisions.
 */
export function parseCounty(v: Cell | undefined, counties: readonly CountyName[]): string | null {
  const k = key(v);
  if (!k) return null;
  const exact = counties.find((c) => c.code === k || c.nameZh === k);
  if (exact) return exact.code;
  const suffixed = counties.filter((c) => k.endsWith(c.nameZh));
  if (suffixed.length === 1) return suffixed[0].code;
  const short = counties.filter((c) => {
    const s = c.nameZh.replace(/(县|区|市)$/, '');
    return s.length >= 2 && s === k;
  });
  return short.length === 1 ? short[0].code : null;
}

/** A calendar date, or only a year and month (出生年月). */
export type PartialDate = { date: string } | { yearMonth: string };

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function validYmd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

/**
 * Dates as registries hold them: an Excel date, an Excel serial number, 1990-05-01, 1990/5/1, 1990.05.01,
 * 19900501, 1990年5月1日, or a year and month (1990-05, 1990年5月) where only that was recorded.
 */
export function parseDate(v: Cell | undefined): PartialDate | null {
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? null : { date: v.toISOString().slice(0, 10) };
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 19000101 && v <= 22001231) return parseDate(String(v));
    if (v >= 1 && v < 100000) return { date: new Date(EXCEL_EPOCH + Math.floor(v) * 86_400_000).toISOString().slice(0, 10) };
    return null;
  }
  const s = cellText(v).replace(/\s+(0?0:00(:00)?(\.0+)?)$/, '').replace(/T00:00(:00)?(\.\d+)?Z?$/, '');
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const date = validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { date } : null;
  }
  m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
  if (m) {
    const date = validYmd(Number(m[1]), Number(m[2]), 1);
    return date ? { yearMonth: date.slice(0, 7) } : null;
  }
  return null;
}

/** A year: 2023, 2023年, 2023-06, 2023/6/30, or an Excel date. */
export function parseYear(v: Cell | undefined): number | null {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2200) return v;
  const d = parseDate(v);
  if (d) return Number(('date' in d ? d.date : d.yearMonth).slice(0, 4));
  const m = /^(\d{4})(年|届)?$/.exec(cellText(v));
  return m ? Number(m[1]) : null;
}

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/**
 * A mobile number (11 digits, spaces and dashes allowed, +86 dropped) or a landline with its area code
 * (0376-1234567). Where a cell holds several numbers, the first mobile number is kept.
 */
export function parsePhone(v: Cell | undefined): string | null {
  const parts = cellText(v).split(/[/,，、;；]+|\s{2,}/).map((p) => p.trim()).filter(Boolean);
  if (!parts.length) return null;
  const numbers: string[] = [];
  for (const part of parts) {
    const p = part.replace(/^(\+86|0086)[-\s]?/, '').replace(/[()（）]/g, (c) => (c === ')' || c === '）' ? '-' : ''));
    const digits = p.replace(/[\s-]/g, '');
    if (MOBILE.test(digits)) numbers.push(digits);
    else if (LANDLINE.test(p.replace(/\s/g, '').replace(/--+/g, '-'))) numbers.push(p.replace(/\s/g, '').replace(/--+/g, '-'));
    else return null;
  }
  return numbers.find((n) => MOBILE.test(n)) ?? numbers[0];
}
