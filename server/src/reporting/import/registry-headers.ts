// The columns of the federation's real-name registry (残疾人实名制数据) and how Chinese headers map to them.
// Header order is free, unknown columns are ignored, and a file missing a required column is refused whole.

export type RegistryField =
  | 'name' | 'gender' | 'birthDate' | 'certificateNumber' | 'residentId' | 'category' | 'level' | 'county'
  | 'residence' | 'phone' | 'education' | 'graduateSchool' | 'graduateYear' | 'employmentStatus';

/** The label used in messages (the registry's own wording) and the headers that mean the same column. */
export const REGISTRY_COLUMNS: Readonly<Record<RegistryField, { label: string; aliases: readonly string[] }>> = {
  name: { label: '姓名', aliases: ['姓名', '残疾人姓名'] },
  gender: { label: '性别', aliases: ['性别'] },
  birthDate: { label: '出生日期', aliases: ['出生日期', '出生年月', '出生年月日'] },
  certificateNumber: {
    label: '残疾人证号',
    aliases: ['残疾人证号', '残疾证号', '残疾人证号码', '残疾证号码', '残疾人证编号', '残疾证编号', '第二代残疾人证号', '残疾人证'],
  },
  residentId: { label: '身份证号', aliases: ['身份证号', '身份证号码', '公民身份号码', '居民身份证号', '居民身份证号码', '身份证'] },
  category: { label: '残疾类别', aliases: ['残疾类别', '残疾类型', '残疾种类'] },
  level: { label: '残疾等级', aliases: ['残疾等级', '残疾级别'] },
  county: {
    label: '所属县区',
    aliases: ['所属县区', '所属区县', '县区', '区县', '县(市、区)', '县(区)', '县市区', '所在县区', '户籍所在县区', '县区代码', '行政区划代码'],
  },
  residence: { label: '城乡', aliases: ['城乡', '城乡类别', '城乡属性', '户口性质', '户籍性质', '户口类别', '户籍类别'] },
  phone: { label: '联系电话', aliases: ['联系电话', '手机号', '手机号码', '联系方式', '电话', '手机'] },
  education: { label: '文化程度', aliases: ['文化程度', '学历', '最高学历', '受教育程度'] },
  graduateSchool: { label: '毕业院校', aliases: ['毕业院校', '毕业学校'] },
  graduateYear: { label: '毕业年份', aliases: ['毕业年份', '毕业时间', '毕业年度', '毕业年月'] },
  employmentStatus: { label: '就业状态', aliases: ['就业状态', '就业情况', '是否就业'] },
};

/** Always required; the identity (certificate number, or ID number with category and level) is checked apart. */
const ALWAYS_REQUIRED: readonly RegistryField[] = ['name', 'gender', 'birthDate', 'county', 'residence'];

/**
 * Headers as people type them: full-width brackets and spaces (NFKC), line breaks inside a cell, a leading
 * asterisk marking a required column, a trailing note such as （必填）.
 */
export function normalizeHeader(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  return String(raw).normalize('NFKC').replace(/\s+/g, '').replace(/^\*+/, '').replace(/\*+$/, '')
    .replace(/\((必填|选填|可选|必填项|选填项)\)$/, '');
}

const BY_ALIAS: ReadonlyMap<string, RegistryField> = new Map(
  (Object.entries(REGISTRY_COLUMNS) as Array<[RegistryField, { aliases: readonly string[] }]>)
    .flatMap(([field, c]) => c.aliases.map((a) => [normalizeHeader(a), field] as const)),
);

export function fieldOfHeader(raw: unknown): RegistryField | null {
  return BY_ALIAS.get(normalizeHeader(raw)) ?? null;
}

export interface HeaderMap {
  /** Column index (0-based) of each field found. */
  index: Partial<Record<RegistryField, number>>;
  /** The header as written in the file, for messages and the error report. */
  header: Partial<Record<RegistryField, string>>;
}

export type HeaderProblem =
  | { key: 'import.file.missingColumns'; params: { columns: string } }
  | { key: 'import.file.duplicateColumn'; params: { column: string } };

/** Maps a header row; refuses a row missing required columns (naming all of them) or naming one twice. */
export function mapHeaders(cells: readonly unknown[]): { ok: true; map: HeaderMap } | { ok: false; problem: HeaderProblem } {
  const map: HeaderMap = { index: {}, header: {} };
  for (const [i, cell] of cells.entries()) {
    const field = fieldOfHeader(cell);
    if (!field) continue;
    if (map.index[field] !== undefined) {
      return { ok: false, problem: { key: 'import.file.duplicateColumn', params: { column: String(cell).trim() } } };
    }
    map.index[field] = i;
    map.header[field] = String(cell).trim();
  }
  const missing: string[] = ALWAYS_REQUIRED.filter((f) => map.index[f] === undefined).map((f) => REGISTRY_COLUMNS[f].label);
  const has = (f: RegistryField) => map.index[f] !== undefined;
  if (!has('certificateNumber') && !has('residentId')) {
    missing.push(`${REGISTRY_COLUMNS.certificateNumber.label}（或${REGISTRY_COLUMNS.residentId.label}）`);
  }
  if (!has('certificateNumber') && has('residentId')) {
    // without the certificate number, category and level make it up with the ID number
    for (const f of ['category', 'level'] as const) if (!has(f)) missing.push(REGISTRY_COLUMNS[f].label);
  }
  if (missing.length) return { ok: false, problem: { key: 'import.file.missingColumns', params: { columns: missing.join('、') } } };
  return { ok: true, map };
}

/** How many cells of a row are known headers: the header row is the first with several (title rows above it have one). */
export function knownHeaderCount(cells: readonly unknown[]): number {
  return cells.filter((c) => fieldOfHeader(c) !== null).length;
}

/** Rows looked at for the header row; registry exports put a title and a date line above it. */
export const HEADER_SEARCH_ROWS = 10;
