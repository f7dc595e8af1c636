// Vocabulary of casework: the "four ones" (四个一) and the graduate ledger (一人一策). Pure data.

/** The four yearly services: a basic information check for everyone of working age who is not employed;
 *  for those who want work also an ability assessment, a need registration and an employment service. */
export enum ServiceKind {
  INFORMATION_CHECK = 'INFORMATION_CHECK', // 一次基本信息核查
  ABILITY_ASSESSMENT = 'ABILITY_ASSESSMENT', // 一次职业能力评估
  NEED_REGISTRATION = 'NEED_REGISTRATION', // 一次就业需求登记
  EMPLOYMENT_SERVICE = 'EMPLOYMENT_SERVICE', // 一次就业服务
}
export const SERVICES_FOR_JOBSEEKERS: readonly ServiceKind[] = [
  ServiceKind.ABILITY_ASSESSMENT, ServiceKind.NEED_REGISTRATION, ServiceKind.EMPLOYMENT_SERVICE,
];

/** What the information check found about the person's wish to work. */
export enum WorkIntention { WANTS_WORK = 'WANTS_WORK', NOT_SEEKING = 'NOT_SEEKING', UNABLE = 'UNABLE' }

export enum GraduateStatus {
  CONTACTING = 'CONTACTING', PLAN_MADE = 'PLAN_MADE', IN_SERVICE = 'IN_SERVICE', EMPLOYED = 'EMPLOYED',
  FURTHER_STUDY = 'FURTHER_STUDY', NOT_SEEKING = 'NOT_SEEKING',
}

export enum LedgerEntryKind {
  CONTACT = 'CONTACT', SERVICE = 'SERVICE', REFERRAL = 'REFERRAL', FAIR = 'FAIR', FOLLOW_UP = 'FOLLOW_UP', NOTE = 'NOTE',
}

/** Months after a placement at which a graduate is followed up. */
export const FOLLOW_UP_MONTHS: readonly number[] = [1, 3, 6, 12];
