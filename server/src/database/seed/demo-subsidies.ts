// Demo subsidy applications (issue 17), judged by the same rules the server applies (subsidies/eligibility.ts): the
// two named employers apply for the first subsidy one of their current hires qualifies for (county or city staff
// find them waiting), the blind demo seeker (罗山) applies for a training subsidy for a course they took once it has
// begun (their massage course, demo-training.ts, has not: so the first other subsidy they qualify for, if any), and the
// graduate's job-seeking grant was approved. Amounts stay 待核实: the demo sets none.
import type { EntityManager } from 'typeorm';
import type { Education, EmploymentForm, EmploymentStatus, Residence } from '../../common/domain.js';
import { EligibilityOutcome, hireFindings, personFindings, type Finding } from '../../subsidies/eligibility.js';
import type { EnrolmentStatus } from '../../training/training-vocab.js';
import { SUBSIDY_CATALOGUE } from '../../subsidies/subsidy-catalogue.js';
import type { WorkplaceSupport } from '../../vocabulary/codes.js';
import { queryRows } from '../sql.js';

interface HireRow {
  placement_id: string; organization_id: string; county_code: string; employment_form: EmploymentForm; start_date: string; end_date: string | null;
  seeker_id: string; education: Education; graduate_year: number | null; residence: Residence; supports: WorkplaceSupport[] | null; employer: string;
}
interface PersonRow {
  id: string; user_id: string; county_code: string; birth_date: string; employment_status: EmploymentStatus; education: Education; graduate_year: number | null;
  residence: Residence;
}

const ageOn = (birth: string, day: string) => Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0);

export async function loadDemoSubsidies(m: EntityManager, now: Date, workingAge: { min: number; max: number }): Promise<number> {
  // the catalogue is also written at every start (SubsidiesService); the demo's rows refer to it
  for (const [i, s] of SUBSIDY_CATALOGUE.entries()) {
    await m.query(`INSERT INTO subsidy (code, sort_order, claimant, claimant_stated, name_zh, name_en, source, eligibility_zh, eligibility_en,
      conditions_complete, evaluated, funds) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) ON CONFLICT (code) DO NOTHING`,
    [s.code, i, s.claimant, s.claimantStated, s.name['zh-CN'], s.name.en, s.source, s.eligibility['zh-CN'], s.eligibility.en, s.conditionsComplete, s.evaluated, [...s.funds]]);
  }
  const today = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const [city] = await queryRows<{ id: string }>(m, `SELECT id FROM app_user WHERE phone = '13800000002'`);
  const insert = (claimant: string, org: string | null, seeker: string, placement: string | null, county: string, f: Finding, by: string,
    note: string, decided?: { status: 'APPROVED'; reason: string }) => m.query(
    `INSERT INTO subsidy_application (subsidy_code, claimant, organization_id, seeker_id, placement_id, enrolment_id, county_code, note, finding,
       submitted_by, submitted_at, status, decided_by, decided_at, decision_reason)
     VALUES ($1,$2,$3,$4,$5,$14,$6,$7,$8::jsonb,$9, now() - interval '5 days', $10, $11, $12, $13)`,
    [f.code, claimant, org, seeker, placement, county, note, JSON.stringify({ reason: f.reason, facts: f.facts }), by,
      decided?.status ?? 'SUBMITTED', decided ? city?.id ?? null : null, decided ? new Date(now.getTime() - 2 * 86_400_000) : null, decided?.reason ?? null, f.enrolmentId]);
  let made = 0;

  const hires = await queryRows<HireRow>(m, `
    SELECT p.id AS placement_id, p.organization_id, o.county_code, p.employment_form, p.start_date::text AS start_date, p.end_date::text AS end_date,
           s.id AS seeker_id, s.education, s.graduate_year, s.residence, po.supports, u.id AS employer
      FROM placement p JOIN organization o ON o.id = p.organization_id JOIN seeker_profile s ON s.id = p.seeker_id
      JOIN organization_member om ON om.organization_id = o.id JOIN app_user u ON u.id = om.user_id AND u.phone IN ('13800000011', '13800000012')
      LEFT JOIN posting po ON po.id = p.posting_id
     WHERE p.excluded_at IS NULL AND (p.end_date IS NULL OR p.end_date >= $1::date) ORDER BY p.start_date DESC, p.id`, [today]);
  for (const org of [...new Set(hires.map((h) => h.organization_id))]) {
    for (const h of hires.filter((x) => x.organization_id === org)) {
      const f = hireFindings({
        placementId: h.placement_id, employmentForm: h.employment_form, startDate: h.start_date, endDate: h.end_date, excluded: false,
        education: h.education, graduateYear: h.graduate_year, residence: h.residence, supportsOffered: h.supports,
      }, today).find((x) => x.outcome === EligibilityOutcome.ELIGIBLE);
      if (!f) continue;
      await insert('EMPLOYER', org, h.seeker_id, h.placement_id, h.county_code, f, h.employer, '相关凭证已备齐，可到单位现场核对。');
      made++;
      break;
    }
  }

  const people = await queryRows<PersonRow & { phone: string }>(m, `
    SELECT s.id, s.user_id, s.county_code, s.birth_date::text AS birth_date, s.employment_status, s.education, s.graduate_year, s.residence, u.phone
      FROM seeker_profile s JOIN app_user u ON u.id = s.user_id WHERE u.phone IN ('13800000021', '13800000024')`);
  const formsOn = async (seeker: string, day: string) => (await queryRows<{ f: EmploymentForm }>(m, `SELECT DISTINCT employment_form AS f FROM placement
    WHERE seeker_id = $1 AND excluded_at IS NULL AND start_date <= $2::date AND (end_date IS NULL OR end_date >= $2::date)`, [seeker, day])).map((x) => x.f);
  for (const p of people) {
    const enrolments = await queryRows<{ id: string; title: string; starts_on: string; fee_yuan: string; status: EnrolmentStatus }>(m, `
      SELECT e.id, c.title, c.starts_on::text AS starts_on, c.fee_yuan, e.status FROM training_enrolment e JOIN training_course c ON c.id = e.course_id
       WHERE e.seeker_id = $1`, [p.id]);
    const courses = await Promise.all(enrolments.map(async (e) => ({
      enrolmentId: e.id, title: e.title, startsOn: e.starts_on, feeYuan: Number(e.fee_yuan), status: e.status,
      ageAtStart: ageOn(p.birth_date, e.starts_on), formsAtStart: await formsOn(p.id, e.starts_on),
    })));
    const found = personFindings({ age: ageOn(p.birth_date, today), workingAge, employmentStatus: p.employment_status, education: p.education,
      graduateYear: p.graduate_year, residence: p.residence, currentForms: await formsOn(p.id, today), courses }, today);
    const graduate = p.phone === '13800000024';
    const f = found.find((x) => x.outcome === EligibilityOutcome.ELIGIBLE && (graduate ? x.code === 'GRADUATE_JOB_SEEKING' : x.code.startsWith('TRAINING')))
      ?? found.find((x) => x.outcome === EligibilityOutcome.ELIGIBLE);
    if (!f) continue;
    await insert('PERSON', null, p.id, null, p.county_code, f, p.user_id, graduate ? '' : '报名了县残联的培训班。',
      graduate ? { status: 'APPROVED', reason: '毕业证和残疾人证已核对。' } : undefined);
    made++;
  }
  return made;
}
