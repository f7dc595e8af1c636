// Employer templates for generated organizations: what kind of unit, how it is named, which jobs it offers.
import { OrganizationType as T } from '../../common/domain.js';
import type { JobKind } from './catalog.js';

export interface EmployerTemplate {
  type: T;
  /** {city} 信阳市, {county} 罗山县, {short} 罗山, {firm} 字号, {town} 乡镇 */
  names: readonly string[];
  weight: number;
  /** GB 32100 registration authority + kind: 11 机关, 12 事业单位, 51/52 社会组织, 91 企业, 92 个体工商户 */
  creditPrefix: string;
  staff: readonly [number, number];
  jobs: readonly JobKind[];
  /** City-level units sit in the two districts of the city seat. */
  cityLevel?: boolean;
  isSchool?: boolean;
  /** Weight multipliers per county code, e.g. blind massage is a local speciality of 罗山县. */
  countyBias?: Readonly<Record<string, number>>;
  description: string;
}

const CITY_SEAT = { '411502': 1, '411503': 1 };

export const EMPLOYER_TEMPLATES: readonly EmployerTemplate[] = [
  {
    type: T.GOVERNMENT_AGENCY, weight: 3, creditPrefix: '11', staff: [60, 260], cityLevel: true, jobs: ['OFFICE', 'CALL', 'CLEAN', 'SECURITY'],
    names: ['{city}人力资源和社会保障局', '{city}民政局', '{city}财政局', '{city}市场监督管理局', '{city}农业农村局', '{city}医疗保障局',
      '{city}退役军人事务局', '{city}统计局', '{city}自然资源和规划局', '{city}住房和城乡建设局', '{city}文化广电和旅游局', '{city}生态环境局'],
    description: '市直党政机关，按照行动方案带头安排残疾人就业。',
  },
  {
    type: T.GOVERNMENT_AGENCY, weight: 4, creditPrefix: '11', staff: [25, 140], jobs: ['OFFICE', 'CALL', 'PUBLIC_WELFARE', 'CLEAN'],
    names: ['{county}人力资源和社会保障局', '{county}民政局', '{county}农业农村局', '{county}乡村振兴局', '{county}{town}人民政府',
      '{county}林业局', '{county}水利局', '{county}城市管理局'],
    description: '县级机关及乡镇政府，开发公益性岗位并优先安排残疾人。',
  },
  {
    type: T.PUBLIC_INSTITUTION, weight: 4, creditPrefix: '12', staff: [80, 900], jobs: ['HEALTH', 'OFFICE', 'CLEAN', 'KITCHEN', 'MASSAGE'],
    names: ['{county}人民医院', '{county}中医院', '{county}妇幼保健院', '{county}{town}卫生院', '{county}残疾人康复中心'],
    description: '公立医疗卫生机构，设有无障碍通道和康复科室。',
  },
  {
    type: T.PUBLIC_INSTITUTION, weight: 3, creditPrefix: '12', staff: [40, 400], isSchool: true, jobs: ['TEACH', 'OFFICE', 'CLEAN', 'KITCHEN'],
    names: ['{county}特殊教育学校', '{county}职业教育中心', '{county}第一高级中学', '{county}实验小学', '{county}{town}中心学校'],
    description: '学校，可提供助教、后勤和档案类岗位。',
  },
  {
    type: T.PUBLIC_INSTITUTION, weight: 3, creditPrefix: '12', staff: [30, 220], jobs: ['OFFICE', 'CALL', 'PUBLIC_WELFARE', 'CLEAN'],
    names: ['{county}政务服务中心', '{county}公共就业服务中心', '{county}图书馆', '{county}档案馆', '{county}社会保险中心', '{city}12345政务服务便民热线中心'],
    description: '事业单位，窗口与后台岗位并重。',
  },
  {
    type: T.STATE_OWNED, weight: 5, creditPrefix: '91', staff: [50, 1200], jobs: ['RETAIL', 'OFFICE', 'CALL', 'LOGISTICS', 'CLEAN', 'SECURITY'],
    names: ['信阳{firm}国有控股集团有限公司', '{county}供销合作社{firm}商贸有限公司', '中国邮政集团有限公司{county}分公司', '国网{county}供电公司',
      '{county}城市发展投资有限公司', '信阳市福利彩票发行中心{short}代销站', '{county}烟草专卖局（分公司）', '{county}水务有限公司', '{county}公共交通有限公司'],
    description: '国有企业，设有残疾人专门岗位和便民服务亭。',
  },
  {
    type: T.PRIVATE, weight: 14, creditPrefix: '91', staff: [8, 600], jobs: ['DATA', 'CS_TEXT', 'ECOM', 'OFFICE', 'CLEAN', 'TECH', 'SEWING', 'KITCHEN'],
    names: ['{short}{firm}电子商务有限公司', '信阳{firm}信息技术有限公司', '{short}{firm}服装有限公司', '信阳{firm}食品有限公司', '{short}{firm}茶业有限公司',
      '信阳{firm}数据科技有限公司', '{short}{firm}商贸有限公司', '{short}{firm}物业服务有限公司', '{short}{firm}餐饮管理有限公司', '{short}{firm}农业开发有限公司'],
    description: '民营企业，吸纳残疾人就业享受超比例奖励和岗位补贴。',
  },
  {
    type: T.PRIVATE, weight: 5, creditPrefix: '92', staff: [3, 25], jobs: ['MASSAGE'], countyBias: { '411521': 5, ...CITY_SEAT },
    names: ['{short}{firm}盲人按摩店', '{short}{firm}盲人推拿中心', '{county}{town}{firm}保健按摩店', '信阳{firm}中医推拿馆'],
    description: '盲人保健按摩机构，由盲人按摩师开办，带徒传艺。',
  },
  {
    type: T.PRIVATE, weight: 4, creditPrefix: '93', staff: [5, 120], jobs: ['AGRI', 'ECOM'],
    names: ['{county}{town}{firm}茶叶专业合作社', '{county}{town}{firm}种养殖专业合作社', '{county}{firm}食用菌专业合作社', '{county}{town}{firm}稻虾共作合作社'],
    description: '农民专业合作社，带动农村残疾人在家门口就业。',
  },
  {
    type: T.PLATFORM, weight: 6, creditPrefix: '91', staff: [20, 800], jobs: ['CS_TEXT', 'ECOM', 'LOGISTICS', 'DATA', 'TECH'],
    names: ['{short}{firm}网络科技有限公司', '信阳{firm}快递服务有限公司', '{short}{firm}电子商务有限公司', '信阳{firm}供应链管理有限公司',
      '{short}{firm}直播电商产业园有限公司', '信阳{firm}数据标注科技有限公司', '{county}{firm}快递分拨中心'],
    description: '平台经济与新就业形态企业：电商、快递、数据服务，可居家或灵活就业。',
  },
  {
    type: T.SOCIAL_ORG, weight: 5, creditPrefix: '52', staff: [3, 60], jobs: ['HANDCRAFT', 'CS_TEXT', 'OFFICE', 'AGRI'],
    names: ['{county}{town}美丽工坊', '{county}{firm}残疾人手工艺协会', '{county}盲人协会', '{county}聋人协会', '{county}{firm}助残服务中心',
      '{county}肢残人协会', '信阳{firm}公益服务中心'],
    description: '残疾人组织与社会组织，“美丽工坊”提供居家和就近就业。',
  },
  {
    type: T.SOCIAL_ORG, weight: 2, creditPrefix: '52', staff: [4, 40], jobs: ['MASSAGE'], countyBias: { '411521': 4 },
    names: ['{county}盲人按摩指导中心', '{county}{firm}盲人医疗按摩所'],
    description: '盲人按摩指导与医疗按摩机构。',
  },
  {
    type: T.AUXILIARY_INSTITUTION, weight: 5, creditPrefix: '52', staff: [5, 50], jobs: ['AUX', 'HANDCRAFT', 'CLEAN', 'KITCHEN'],
    names: ['{county}{town}阳光家园', '{county}{town}残疾人之家', '{county}{firm}辅助性就业中心', '{county}{firm}庇护工场'],
    description: '辅助性就业机构，为智力、精神和重度残疾人提供有支持的工作。',
  },
];

/** Share of each county in the city's population (2020 census, rounded): employers and people follow it. */
export const COUNTY_WEIGHTS: Readonly<Record<string, number>> = {
  '411502': 6.5, '411503': 8.5, '411521': 5.5, '411522': 6.5, '411523': 2.8,
  '411524': 6.2, '411525': 14, '411526': 6.7, '411527': 5.6, '411528': 8,
};

/** 字号 built from two characters: enough combinations that bulk runs rarely repeat a firm name. */
export const FIRM_FIRST = '鑫华宏恒金博天瑞豫淮申弘绿嘉众惠福康兴永德百信和明春曙长顺云汇茂盛佳新诚卓锦益荣'.split('');
export const FIRM_SECOND = '源茂达信诚远润丰通泰祥隆发昌晟辉瑞鑫业邦越航康禾安成益和创景'.split('');
