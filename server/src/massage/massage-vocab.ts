// Blind massage (（八）实施盲人按摩就业促进行动): clinics, the qualifications of the people who work there, and the
// exam and continuing-education records the plan asks the federation to keep.

export enum MassageClinicKind {
  /** 盲人医疗按摩所 */
  MEDICAL = 'MEDICAL',
  /** 盲人保健按摩店 */
  HEALTH = 'HEALTH',
}

export enum MassageQualificationKind {
  /** 盲人医疗按摩人员资格证 */
  MEDICAL_MASSAGE_CERTIFICATE = 'MEDICAL_MASSAGE_CERTIFICATE',
  /** 保健按摩（盲人保健按摩）职业技能等级证书 */
  HEALTH_MASSAGE_SKILL_LEVEL = 'HEALTH_MASSAGE_SKILL_LEVEL',
}

export enum MassageRecordKind {
  /** 考试 */
  EXAM = 'EXAM',
  /** 继续教育 */
  CONTINUING_EDUCATION = 'CONTINUING_EDUCATION',
}

export const MASSAGE_SOURCE = '（八）实施盲人按摩就业促进行动';
