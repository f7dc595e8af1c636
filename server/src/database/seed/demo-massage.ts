// Demo blind-massage clinics and qualifications (plan （八）), and demo workshops and bases (（四）（五）（六）).
// The blind-massage action line is counted from these facts (docs/counting.md), so the demo registers its massage
// shops as clinics and its blind masseurs' qualifications before any placement is derived: the demo keeps its
// blind-massage figures. Pure rules here; the loader writes the rows in the demo transaction.
import type { EntityManager } from 'typeorm';
import { DisabilityCategory, OrganizationType } from '../../common/domain.js';
import { isMassageRole } from '../../placements/action-line.js';
import type { OrganizationRow } from './generator.js';
import type { SeekerRow } from './seekers.js';

/** A demo employer that posts only massage jobs is a massage shop: registered as a clinic (a hospital is not). */
export function isDemoClinic(o: Pick<OrganizationRow, 'jobs'>): boolean {
  return o.jobs.length > 0 && o.jobs.every((j) => j === 'MASSAGE');
}

/** A blind demo seeker whose skills are massage holds a health-massage skill certificate. */
export function isDemoQualified(s: Pick<SeekerRow, 'category' | 'skills'>): boolean {
  return s.category === DisabilityCategory.VISUAL && isMassageRole(s.skills);
}

/** Issued before the plan's first year, so it is held at every demo placement's start. */
export const DEMO_QUALIFICATION_ISSUED_ON = '2019-06-28';

export async function loadDemoMassage(m: EntityManager, organizations: readonly OrganizationRow[], seekers: readonly SeekerRow[]): Promise<{ clinics: number; qualifications: number }> {
  const clinics = organizations.filter(isDemoClinic);
  for (const [i, o] of clinics.entries()) {
    // social organisations of massage are the counties' 盲人按摩指导中心 / 医疗按摩所; private ones are 保健按摩店
    const medical = o.type === OrganizationType.SOCIAL_ORG;
    await m.query(
      `INSERT INTO massage_clinic (organization_id, kind, registration_number, county_code, address, medical_insurance_designated, registered_on, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [o.id, medical ? 'MEDICAL' : 'HEALTH', `${medical ? 'PDY' : 'JY'}${o.countyCode}${String(i + 1).padStart(4, '0')}`, o.countyCode, o.address,
        medical && i % 2 === 0, o.createdAt.slice(0, 10), o.createdAt]);
  }
  const qualified = seekers.filter(isDemoQualified);
  for (const s of qualified) {
    await m.query(
      `INSERT INTO massage_qualification (seeker_id, kind, skill_level, issuer, issued_on, county_code, created_at)
       VALUES ($1, 'HEALTH_MASSAGE_SKILL_LEVEL', 4, '河南省残疾人联合会职业技能鉴定站', $2, $3, $4)`,
      [s.id, DEMO_QUALIFICATION_ISSUED_ON, s.countyCode, s.createdAt]);
  }
  // the demo's blind masseur 张明 (13800000021) also passed the medical massage exam and keeps up his continuing education
  const [zhang] = await m.query(`SELECT s.id, s.county_code FROM seeker_profile s JOIN app_user u ON u.id = s.user_id WHERE u.phone = '13800000021'`) as Array<{ id: string; county_code: string }>;
  if (zhang) {
    const [q] = await m.query(
      `INSERT INTO massage_qualification (seeker_id, kind, skill_level, issuer, issued_on, county_code)
       VALUES ($1, 'MEDICAL_MASSAGE_CERTIFICATE', NULL, '河南省卫生健康委员会', '2018-11-10', $2) ON CONFLICT DO NOTHING RETURNING id`,
      [zhang.id, zhang.county_code]) as Array<{ id: string }>;
    if (q) {
      await m.query(`INSERT INTO massage_record (qualification_id, kind, held_on, hours, passed, note) VALUES
        ($1, 'EXAM', '2018-09-15', NULL, true, '盲人医疗按摩人员考试'),
        ($1, 'CONTINUING_EDUCATION', '2024-06-20', 24, NULL, '罗山县盲人按摩继续教育培训班')`, [q.id]);
    }
  }
  return { clinics: clinics.length, qualifications: qualified.length };
}

const WORK_KINDS: Partial<Record<OrganizationType, string[]>> = {
  [OrganizationType.AUXILIARY_INSTITUTION]: ['手工编织', '简单组装', '农副产品分拣'],
  [OrganizationType.SOCIAL_ORG]: ['手工编织', '茶叶包装', '电商客服'],
};

/**
 * A workshop or base at every assisted-employment institution (辅助性就业机构) and every social organisation with
 * handcraft work (美丽工坊); their ongoing home-based and assisted placements are linked to them.
 */
export async function loadDemoWorkshops(m: EntityManager, organizations: readonly OrganizationRow[], staffUserId: string): Promise<number> {
  let n = 0;
  for (const o of organizations) {
    const assisted = o.type === OrganizationType.AUXILIARY_INSTITUTION;
    const beautiful = o.type === OrganizationType.SOCIAL_ORG && o.jobs.includes('HANDCRAFT');
    if (!assisted && !beautiful) continue;
    const [w] = await m.query(
      `INSERT INTO workshop (kind, name, county_code, town, address, capacity, supports, accessibility_note, work_kinds, home_based, description,
                             contact_name, contact_phone, organization_id, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, '', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id`,
      [assisted ? 'ASSISTED_EMPLOYMENT' : 'BEAUTIFUL_WORKSHOP', assisted ? `${o.name}（阳光家园）` : `${o.name}美丽工坊`, o.countyCode, o.address,
        assisted ? 30 : 20, assisted ? ['STEP_FREE_ACCESS', 'ACCESSIBLE_TOILET', 'JOB_COACH'] : ['FLEXIBLE_HOURS', 'REMOTE_WORK', 'WRITTEN_INSTRUCTIONS'],
        assisted ? '一楼作业，无台阶，有无障碍卫生间，配有就业辅导员。' : '材料送到家门口，做好的成品上门收取。',
        WORK_KINDS[o.type] ?? ['手工编织'], !assisted,
        assisted ? '为智力、精神和重度残疾人提供辅助性就业，按件计酬。' : '残联“美丽工坊”项目：居家或家门口做手工，按件计酬。',
        o.contactName, o.contactPhone, o.id, staffUserId, o.createdAt]) as Array<{ id: string }>;
    await m.query(
      `UPDATE placement SET workshop_id = $1
        WHERE organization_id = $2 AND end_date IS NULL AND employment_form IN ('AUXILIARY', 'HOME_BASED', 'FLEXIBLE', 'PART_TIME')
          AND id IN (SELECT id FROM placement WHERE organization_id = $2 AND end_date IS NULL ORDER BY start_date, id LIMIT $3)`,
      [w.id, o.id, assisted ? 30 : 20]);
    n++;
  }
  return n;
}
