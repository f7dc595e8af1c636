// Ten postings the contract suite indexes: every engine must give the same answers about them.
import { DisabilityCategory as C, Education as E, EmploymentForm as F, OrganizationType as O } from '../../common/domain.js';
import { JobDemand as D, WorkplaceSupport as S } from '../../vocabulary/codes.js';
import { postingDocument, type CountyPlace, type PostingSource } from '../indexes.js';
import type { SearchDocument } from '../search-engine.js';

export const LUOSHAN = '411521';
export const PINGQIAO = '411503';
export const XIXIAN = '411528';
export const GUSHI = '411525';

export const PLACES: Record<string, CountyPlace> = {
  [LUOSHAN]: { nameZh: '罗山县', latitude: 32.2031, longitude: 114.5126 },
  [PINGQIAO]: { nameZh: '平桥区', latitude: 32.1011, longitude: 114.1259 },
  [XIXIAN]: { nameZh: '息县', latitude: 32.3427, longitude: 114.7403 },
  [GUSHI]: { nameZh: '固始县', latitude: 32.1683, longitude: 115.6544 },
};

const base: Omit<PostingSource, 'id' | 'title' | 'countyCode' | 'organizationName' | 'organizationType' | 'publishedAt'> = {
  description: '岗位职责详见面试说明。', skills: [], address: '', latitude: null, longitude: null, employmentForm: F.FULL_TIME,
  openings: 2, hiredCount: 0, salaryMin: null, salaryMax: null, educationRequired: E.NONE, reserved: false, demands: [], supports: [],
  suitableCategories: [], deadline: '2030-12-31', version: 1, organizationId: '00000000-0000-4000-8000-000000000001',
};

export const FIXTURES: Record<string, PostingSource> = {
  p1: { ...base, id: 'p1', title: '盲人保健按摩师', countyCode: LUOSHAN, skills: ['保健按摩', '推拿'], salaryMin: 3000, salaryMax: 4500,
    supports: [S.SCREEN_READER, S.BRAILLE], demands: [D.FINE_MOTOR, D.CUSTOMER_FACING], suitableCategories: [C.VISUAL], reserved: true,
    organizationName: '罗山县明光盲人按摩中心', organizationType: O.SOCIAL_ORG, publishedAt: '2025-03-01T02:00:00Z', latitude: 32.21, longitude: 114.52,
    address: '罗山县城关镇宝城路8号', description: '为顾客提供保健按摩服务，店内配有读屏电脑和盲文价目表。' },
  p2: { ...base, id: 'p2', title: '中医推拿理疗师', countyCode: LUOSHAN, skills: ['推拿', '中医基础'], employmentForm: F.PART_TIME,
    salaryMin: 2500, salaryMax: 3500, supports: [S.SCREEN_READER], demands: [D.FINE_MOTOR], suitableCategories: [C.VISUAL],
    organizationName: '罗山县康复理疗有限公司', organizationType: O.PRIVATE, publishedAt: '2025-04-01T02:00:00Z', latitude: 32.19, longitude: 114.50 },
  p3: { ...base, id: 'p3', title: '足疗按摩师', countyCode: XIXIAN, skills: ['按摩'], salaryMin: 3500, salaryMax: 6000,
    supports: [S.BRAILLE, S.ACCESSIBLE_DORMITORY], reserved: true, organizationName: '息县足道养生馆', organizationType: O.PRIVATE,
    publishedAt: '2025-02-01T02:00:00Z', latitude: 32.35, longitude: 114.74 },
  p4: { ...base, id: 'p4', title: '电商客服（文字）', countyCode: PINGQIAO, skills: ['电商客服', '电脑打字'], employmentForm: F.HOME_BASED,
    salaryMin: 2000, salaryMax: 4400, supports: [S.TEXT_COMMUNICATION, S.REMOTE_WORK], demands: [D.FAST_PACE],
    suitableCategories: [C.HEARING, C.SPEECH, C.PHYSICAL], reserved: true, organizationName: '信阳市平桥区云帆电子商务有限公司',
    organizationType: O.PLATFORM, publishedAt: '2025-05-01T02:00:00Z', latitude: 32.10, longitude: 114.12 },
  p5: { ...base, id: 'p5', title: '电话客服专员', countyCode: PINGQIAO, skills: ['普通话', '电话客服'], salaryMin: 2200, salaryMax: 4000,
    supports: [S.SCREEN_READER, S.STEP_FREE_ACCESS], demands: [D.VOICE_CALLS], suitableCategories: [C.VISUAL, C.PHYSICAL],
    organizationName: '信阳市平桥区云帆电子商务有限公司', organizationType: O.PLATFORM, publishedAt: '2025-05-10T02:00:00Z', latitude: 32.11, longitude: 114.13 },
  p6: { ...base, id: 'p6', title: '会计', countyCode: GUSHI, skills: ['会计', 'Excel'], salaryMin: 2800, salaryMax: 5500,
    supports: [S.STEP_FREE_ACCESS, S.ACCESSIBLE_TOILET], demands: [D.READING_PRINT, D.VISUAL_DETAIL], suitableCategories: [C.PHYSICAL, C.HEARING],
    educationRequired: E.JUNIOR_COLLEGE, organizationName: '固始县财务代理有限公司', organizationType: O.PRIVATE,
    publishedAt: '2025-01-15T02:00:00Z', latitude: 32.17, longitude: 115.65, description: '负责记账、报销审核和纳税申报。' },
  p7: { ...base, id: 'p7', title: '快递分拣员', countyCode: PINGQIAO, skills: ['分拣', '扫码枪'], employmentForm: F.FLEXIBLE,
    supports: [S.WRITTEN_INSTRUCTIONS], demands: [D.LIFTING], organizationName: '平桥快递驿站', organizationType: O.PRIVATE,
    publishedAt: '2025-03-20T02:00:00Z', deadline: null },
  p8: { ...base, id: 'p8', title: '网店美工', countyCode: LUOSHAN, skills: ['Photoshop', '剪映'], employmentForm: F.HOME_BASED,
    salaryMin: 2500, salaryMax: 5800, supports: [S.REMOTE_WORK, S.STEP_FREE_ACCESS], organizationName: '罗山县茶乡网络科技有限公司',
    organizationType: O.PRIVATE, publishedAt: '2025-06-01T02:00:00Z', latitude: 32.22, longitude: 114.53,
    description: '为按摩器材网店处理商品图片和详情页。' },
  p9: { ...base, id: 'p9', title: '手工编织', countyCode: XIXIAN, skills: ['手工编织'], employmentForm: F.HOME_BASED, salaryMin: 1500,
    salaryMax: 3200, supports: [S.REMOTE_WORK, S.FLEXIBLE_HOURS], reserved: true, organizationName: '息县美丽工坊',
    organizationType: O.SOCIAL_ORG, publishedAt: '2025-06-15T02:00:00Z', latitude: 32.30, longitude: 114.70 },
  p10: { ...base, id: 'p10', title: '特殊"字符"岗位 AND OR', countyCode: LUOSHAN, skills: ['a "quoted" AND b', 'back\\slash'],
    salaryMin: 3000, salaryMax: 3000, organizationName: '罗山县测试单位', organizationType: O.GOVERNMENT_AGENCY,
    publishedAt: '2025-01-01T02:00:00Z', latitude: 32.20, longitude: 114.51 },
};

export function fixtureDocument(source: PostingSource): SearchDocument {
  return postingDocument(source, PLACES[source.countyCode]);
}

export const FIXTURE_DOCUMENTS: SearchDocument[] = Object.values(FIXTURES).map(fixtureDocument);

export const COUNTY_WORDS = Object.values(PLACES).map((p) => p.nameZh);
