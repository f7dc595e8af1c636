// Vocabulary of skills training (职业技能培训). Pure data; training.module.ts registers the enums.
// Sources: plan （十）实施残疾人职业技能提升行动 (就业技能培训、岗位技能提升培训、创业培训; 云客服、电商等新兴项目),
// （六） (农村实用技术、农村电商培训), （八） (盲人按摩技能培训、医疗按摩资质).

export enum CourseKind {
  EMPLOYMENT_SKILLS = 'EMPLOYMENT_SKILLS', // 就业技能培训
  SKILL_UPGRADE = 'SKILL_UPGRADE', // 岗位技能提升培训
  ENTREPRENEURSHIP = 'ENTREPRENEURSHIP', // 创业培训
  BLIND_MASSAGE = 'BLIND_MASSAGE', // 盲人按摩（保健、医疗）培训
  RURAL_PRACTICAL = 'RURAL_PRACTICAL', // 农村实用技术培训
  NEW_FORMS = 'NEW_FORMS', // 云客服、播音、新媒体营销、网络电商等新兴项目
  CRAFTS = 'CRAFTS', // 非遗、文创等特色项目
}

export enum ProviderKind {
  FEDERATION_BASE = 'FEDERATION_BASE', // 残疾人职业培训基地（挂牌认证）
  VOCATIONAL_SCHOOL = 'VOCATIONAL_SCHOOL', // 职业院校
  ENTERPRISE = 'ENTERPRISE', // 企业
  SOCIAL_ORG = 'SOCIAL_ORG', // 社会培训机构
  OTHER = 'OTHER',
}

/** What a completion gives: the résumé's certificate kinds (seekers/resume.models.ts); none is null (结业 only). */
export { CertificateKind } from '../seekers/resume.models.js';

export enum CourseMode { ONSITE = 'ONSITE', ONLINE = 'ONLINE', HYBRID = 'HYBRID' }

/** WITHDRAWN: by the person, or by staff with a reason; COURSE_CANCELLED: staff cancelled the course while the person was enrolled. */
export enum EnrolmentStatus {
  ENROLLED = 'ENROLLED', WITHDRAWN = 'WITHDRAWN', COMPLETED = 'COMPLETED', NOT_COMPLETED = 'NOT_COMPLETED', COURSE_CANCELLED = 'COURSE_CANCELLED',
}

/** The levels a vocational skill level certificate has (国家职业技能等级). */
export const VOCATIONAL_LEVELS = ['五级/初级工', '四级/中级工', '三级/高级工', '二级/技师', '一级/高级技师'] as const;
