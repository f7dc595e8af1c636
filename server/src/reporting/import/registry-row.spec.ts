import { describe, expect, it } from '@jest/globals';
import { translate } from '../../common/messages.js';
import { mapHeaders, type HeaderMap } from './registry-headers.js';
import { validateRow, type RowContext } from './registry-row.js';
import type { Cell } from './registry-values.js';

// Worked example: 罗山县 (411521), born 1990-05-12, sequence 001 (odd: a man). Weighted sum of the first 17 digits
// with 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 is 224; 224 mod 11 = 4, and '10X98765432'[4] = '8'.
const LUOSHAN_MAN = '411521199005120018';
// 浉河区 (411502), born 1985-03-01, sequence 002 (even: a woman): check character 9.
const SHIHE_WOMAN = '411502198503010029';

const COUNTIES = [
  { code: '411502', nameZh: '浉河区' }, { code: '411503', nameZh: '平桥区' }, { code: '411521', nameZh: '罗山县' },
  { code: '411523', nameZh: '新县' }, { code: '411528', nameZh: '息县' },
];
const CITY: RowContext = { counties: COUNTIES, scopeCountyCode: null, today: new Date('2025-06-01T00:00:00Z') };
const HEADERS = ['姓名', '性别', '出生日期', '残疾人证号', '残疾类别', '残疾等级', '所属县区', '城乡', '联系电话', '文化程度', '毕业院校', '毕业年份', '就业状态'];

function headerMap(headers: readonly string[] = HEADERS): HeaderMap {
  const m = mapHeaders(headers);
  if (!m.ok) throw new Error(JSON.stringify(m.problem));
  return m.map;
}

const ROW: Record<string, Cell> = {
  姓名: '张明', 性别: '男', 出生日期: '1990-05-12', 残疾人证号: `${LUOSHAN_MAN}12`, 残疾类别: '视力', 残疾等级: '二级', 所属县区: '罗山县',
  城乡: '农村', 联系电话: '13812345678', 文化程度: '中专', 毕业院校: '', 毕业年份: '', 就业状态: '未就业',
};

function check(over: Record<string, Cell> = {}, headers: readonly string[] = HEADERS, ctx: RowContext = CITY) {
  const row = { ...ROW, ...over };
  return validateRow(headers.map((h) => row[h] ?? null), 7, headerMap(headers), ctx);
}

function problems(over: Record<string, Cell>, headers?: readonly string[], ctx?: RowContext) {
  const r = check(over, headers, ctx);
  if (r.ok) throw new Error('expected problems');
  return r.problems.map((p) => ({ column: p.column, message: translate(p.key, p.params, 'zh-CN') }));
}

describe('a registry row', () => {
  it('maps a valid row to the profile fields, from the certificate number', () => {
    const r = check();
    expect(r).toEqual({
      ok: true,
      record: {
        rowNumber: 7, name: '张明', gender: 'MALE', birthDate: '1990-05-12', certificateNumber: `${LUOSHAN_MAN}12`, category: 'VISUAL', level: 2,
        countyCode: '411521', residence: 'RURAL', phone: '13812345678', education: 'VOCATIONAL', graduateSchool: null, graduateYear: null,
        employmentStatus: 'UNEMPLOYED',
      },
    });
  });

  it('accepts the values as registries write them', () => {
    const r = check({
      姓名: ' 王 芳 ', 性别: '女性', 出生日期: '1985年3月1日', 残疾人证号: `${SHIHE_WOMAN}43B1`, 残疾类别: '肢体残疾', 残疾等级: 3,
      所属县区: '信阳市浉河区', 城乡: '非农业户口', 联系电话: '0376-6221234', 文化程度: '大学本科', 毕业院校: '信阳师范大学', 毕业年份: '2007年',
      就业状态: '灵活就业',
    });
    expect(r.ok && r.record).toMatchObject({
      name: '王 芳', gender: 'FEMALE', birthDate: '1985-03-01', certificateNumber: `${SHIHE_WOMAN}43`, category: 'PHYSICAL', level: 3,
      countyCode: '411502', residence: 'URBAN', phone: '0376-6221234', education: 'BACHELOR', graduateSchool: '信阳师范大学', graduateYear: 2007,
      employmentStatus: 'EMPLOYED',
    });
  });

  it('takes the county by code or short name and Excel dates as dates', () => {
    const byCode = check({ 所属县区: 411521, 出生日期: new Date(Date.UTC(1990, 4, 12)) });
    expect(byCode.ok && byCode.record.countyCode).toBe('411521');
    const short = check({ 所属县区: '罗山', 出生日期: 33005 }); // Excel serial of 1990-05-12
    expect(short.ok && short.record).toMatchObject({ countyCode: '411521', birthDate: '1990-05-12' });
  });

  it('builds the certificate number from the ID number, category and level when there is no certificate column', () => {
    const headers = HEADERS.map((h) => (h === '残疾人证号' ? '身份证号' : h));
    const r = check({ 身份证号: LUOSHAN_MAN.toLowerCase(), 残疾类别: '4', 残疾等级: '一级' }, headers);
    expect(r.ok && r.record).toMatchObject({ certificateNumber: `${LUOSHAN_MAN}41`, category: 'PHYSICAL', level: 1 });
  });

  it('refuses a wrong check character', () => {
    expect(problems({ 残疾人证号: '41152119900512001712' })).toEqual([
      { column: '残疾人证号', message: '残疾人证号第18位（身份证号校验位）应为8，而不是7：请核对前17位' },
    ]);
    const headers = HEADERS.map((h) => (h === '残疾人证号' ? '公民身份号码' : h));
    expect(problems({ 公民身份号码: '411521199005120017' }, headers)).toEqual([
      { column: '公民身份号码', message: '公民身份号码的校验位不正确，请核对' },
    ]);
  });

  it('refuses a category or level that disagrees with the certificate number', () => {
    expect(problems({ 残疾类别: '听力', 残疾等级: '三级' })).toEqual([
      { column: '残疾类别', message: '残疾类别“听力”与残疾人证号第19位（1，视力）不一致' },
      { column: '残疾等级', message: '残疾等级“三级”与残疾人证号第20位（二级）不一致' },
    ]);
  });

  it('refuses a birth date or gender that disagrees with the ID number', () => {
    expect(problems({ 出生日期: '1990-05-21', 性别: '女' })).toEqual([
      { column: '性别', message: '性别“女”与身份证号第17位不一致（应为男）' },
      { column: '出生日期', message: '出生日期1990-05-21与身份证号中的1990-05-12不一致' },
    ]);
    // a registry that records only the year and month is checked on those
    expect(check({ 出生日期: '1990-05' }).ok).toBe(true);
    expect(problems({ 出生日期: '1990-06' })[0].column).toBe('出生日期');
  });

  it('refuses an unknown county, a functional zone, and a county outside the staff member\'s area', () => {
    expect(problems({ 所属县区: '羊山新区' })).toEqual([
      { column: '所属县区', message: '所属县区“羊山新区”不是本市的县区，请填写县区名称或代码，例如 罗山县 或 411521' },
    ]);
    expect(problems({ 所属县区: '411599' })[0].column).toBe('所属县区');
    const xixianStaff = { ...CITY, scopeCountyCode: '411528' };
    expect(problems({}, HEADERS, xixianStaff)).toEqual([{ column: '所属县区', message: '该行属于罗山县，不在您负责的县区内' }]);
  });

  it('names every problem of a row at once, with the column as headed in the file', () => {
    const headers = HEADERS.map((h) => (h === '联系电话' ? '手机号码' : h === '性别' ? '*性别' : h));
    const r = problems({ 姓名: '', '*性别': '未知', 手机号码: '1381234567', 文化程度: '初中及以下', 毕业年份: '1890', 城乡: '' }, headers);
    expect(r).toEqual([
      { column: '姓名', message: '姓名不能为空' },
      { column: '*性别', message: '*性别“未知”无法识别，可填写：男、女' },
      { column: '城乡', message: '城乡不能为空' },
      { column: '手机号码', message: '手机号码“1381234567”格式不正确：手机号为11位，座机请带区号，例如 0376-1234567' },
      { column: '文化程度', message: '文化程度“初中及以下”无法识别，可填写：文盲、小学、初中、高中、中专、大专、本科、研究生' },
      { column: '毕业年份', message: '毕业年份“1890”不在合理范围内（1950到2031年）' },
    ]);
  });

  it('refuses a certificate number Excel stored as a number (its last digits are gone)', () => {
    expect(problems({ 残疾人证号: 41152119900512001812 })).toEqual([
      { column: '残疾人证号', message: '残疾人证号被Excel存成了数字，后几位已经丢失；请把该列设为“文本”格式后重新录入' },
    ]);
  });

  it('refuses a person too young for the job-seeker registry', () => {
    const child = '41152120200101001'; // born 2020
    const id = child + '10X98765432'[[...child].reduce((s, d, i) => s + Number(d) * [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i], 0) % 11];
    expect(problems({ 残疾人证号: `${id}52`, 出生日期: '2020-01-01', 残疾类别: '智力', 残疾等级: '二级' })[0].message)
      .toBe('出生日期2020-01-01不在合理范围内（年龄应在14到100岁之间）');
  });
});
