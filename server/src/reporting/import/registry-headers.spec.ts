import { describe, expect, it } from '@jest/globals';
import { translate } from '../../common/messages.js';
import { fieldOfHeader, mapHeaders } from './registry-headers.js';
import { parseCategory, parseCounty, parseDate, parseEducation, parseEmploymentStatus, parseLevel, parsePhone, parseResidence } from './registry-values.js';

describe('registry headers', () => {
  it('maps the federation\'s headers and their variants, in any order', () => {
    const m = mapHeaders(['序号', '所属县区', '*姓名', '性 别', '出生年月', '残疾证号', '户口性质', '手机号码', '学历', '备注']);
    expect(m.ok && m.map.index).toEqual({ county: 1, name: 2, gender: 3, birthDate: 4, certificateNumber: 5, residence: 6, phone: 7, education: 8 });
    expect(m.ok && m.map.header.name).toBe('*姓名');
    expect(fieldOfHeader('县（市、区）')).toBe('county');
    expect(fieldOfHeader('残疾人证号（必填）')).toBe('certificateNumber');
    expect(fieldOfHeader('备注')).toBeNull();
  });

  it('names every missing required column', () => {
    const m = mapHeaders(['姓名', '联系电话']);
    expect(m.ok).toBe(false);
    if (!m.ok) {
      expect(translate(m.problem.key, m.problem.params, 'zh-CN')).toBe('缺少必需的列：性别、出生日期、所属县区、城乡、残疾人证号（或身份证号）');
    }
  });

  it('asks for category and level when the ID number stands in for the certificate number', () => {
    const m = mapHeaders(['姓名', '性别', '出生日期', '身份证号', '所属县区', '城乡', '残疾类别']);
    expect(!m.ok && m.problem.params).toEqual({ columns: '残疾等级' });
  });

  it('refuses a column named twice', () => {
    const m = mapHeaders(['姓名', '性别', '出生日期', '残疾人证号', '所属县区', '城乡', '联系电话', '手机号']);
    expect(!m.ok && translate(m.problem.key, m.problem.params, 'zh-CN')).toBe('列“手机号”出现了不止一次，请只保留一列');
  });
});

describe('registry values', () => {
  const counties = [{ code: '411521', nameZh: '罗山县' }, { code: '411523', nameZh: '新县' }, { code: '411528', nameZh: '息县' }];

  it('maps Chinese words to the vocabularies', () => {
    expect(['视力', '听力残疾', '言语', '肢体类', '5', '精神残疾', '多重'].map(parseCategory))
      .toEqual(['VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE']);
    expect(['一级', '2', '叁级', '四级', 4, '五级'].map(parseLevel)).toEqual([1, 2, 3, 4, 4, null]);
    expect(['城镇', '农村', '农业户口', '非农业'].map(parseResidence)).toEqual(['URBAN', 'RURAL', 'RURAL', 'URBAN']);
    expect(['文盲', '小学', '初中', '高中', '中专', '技校', '大专', '本科', '研究生', '博士', '大专毕业'].map(parseEducation))
      .toEqual(['NONE', 'PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR', 'MASTER', 'MASTER', 'JUNIOR_COLLEGE']);
    expect(['未就业', '已就业', '自主创业', '在校', '无就业意愿', '待定'].map(parseEmploymentStatus))
      .toEqual(['UNEMPLOYED', 'EMPLOYED', 'SELF_EMPLOYED', 'STUDENT', 'NOT_SEEKING', null]);
  });

  it('finds counties by code, name, prefixed name and short name, but not by one character', () => {
    expect(['411528', '息县', '河南省信阳市新县', '罗山', '新', '羊山新区'].map((v) => parseCounty(v, counties)))
      .toEqual(['411528', '411528', '411523', '411521', null, null]);
  });

  it('reads dates in the ways registries hold them', () => {
    expect(['1990-5-12', '1990/05/12', '1990.05.12', '19900512', '1990年5月12日', '1990-05-12 00:00:00', 19900512].map(parseDate))
      .toEqual(Array(7).fill({ date: '1990-05-12' }));
    expect(parseDate('1990年5月')).toEqual({ yearMonth: '1990-05' });
    expect(['1990-02-30', '12/05/1990', 'abc'].map(parseDate)).toEqual([null, null, null]);
  });

  it('reads phone numbers', () => {
    expect(['138 1234 5678', '+86 13812345678', '0376-6221234', '(0376)6221234', '0376-6221234/13812345678', '12345', '138123456789']
      .map(parsePhone)).toEqual(['13812345678', '13812345678', '0376-6221234', '0376-6221234', '13812345678', null, null]);
  });
});
