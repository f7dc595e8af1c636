// Domain vocabularies from ../shared/DOMAIN.md. Pure data: graphql/enums.ts registers them with GraphQL.

export enum Role { SEEKER = 'SEEKER', EMPLOYER = 'EMPLOYER', STAFF = 'STAFF', ADMIN = 'ADMIN' }

/** 残疾类别: the digit is the one printed in the certificate number. */
export enum DisabilityCategory {
  VISUAL = 'VISUAL', HEARING = 'HEARING', SPEECH = 'SPEECH', PHYSICAL = 'PHYSICAL',
  INTELLECTUAL = 'INTELLECTUAL', MENTAL = 'MENTAL', MULTIPLE = 'MULTIPLE',
}
export const CATEGORY_DIGIT: Record<DisabilityCategory, string> = {
  VISUAL: '1', HEARING: '2', SPEECH: '3', PHYSICAL: '4', INTELLECTUAL: '5', MENTAL: '6', MULTIPLE: '7',
};

export enum OrganizationType {
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY', // 党政机关
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION', // 事业单位
  STATE_OWNED = 'STATE_OWNED', // 国有企业
  PRIVATE = 'PRIVATE', // 民营企业
  PLATFORM = 'PLATFORM', // 平台、电商、快递: new employment forms
  SOCIAL_ORG = 'SOCIAL_ORG', // 社会组织、残疾人组织、美丽工坊
  AUXILIARY_INSTITUTION = 'AUXILIARY_INSTITUTION', // 辅助性就业机构
}

/** 单位核验: PENDING and INFO_REQUESTED are in staff's queue; only VERIFIED organizations (and their postings) are public. */
export enum VerificationStatus {
  PENDING = 'PENDING', VERIFIED = 'VERIFIED', REJECTED = 'REJECTED',
  INFO_REQUESTED = 'INFO_REQUESTED', // 待补充材料: staff asked the employer for more; resubmitting returns it to PENDING
  SUSPENDED = 'SUSPENDED', // 暂停: a verified organization staff stopped, with a reason
}

/** A staff decision on an organization, or the employer's resubmission, kept as its verification history. */
export enum VerificationDecision {
  APPROVE = 'APPROVE', REJECT = 'REJECT', REQUEST_INFO = 'REQUEST_INFO', SUSPEND = 'SUSPEND', RESUBMIT = 'RESUBMIT',
}

export enum EmploymentForm {
  FULL_TIME = 'FULL_TIME', PART_TIME = 'PART_TIME', FLEXIBLE = 'FLEXIBLE', HOME_BASED = 'HOME_BASED',
  AUXILIARY = 'AUXILIARY', // 辅助性就业 assisted employment
  PUBLIC_WELFARE = 'PUBLIC_WELFARE', // 公益性岗位 public-welfare post
}

export enum Education {
  NONE = 'NONE', PRIMARY = 'PRIMARY', JUNIOR_HIGH = 'JUNIOR_HIGH', SENIOR_HIGH = 'SENIOR_HIGH',
  VOCATIONAL = 'VOCATIONAL', JUNIOR_COLLEGE = 'JUNIOR_COLLEGE', BACHELOR = 'BACHELOR', MASTER = 'MASTER',
}
export const EDUCATION_RANK: Record<Education, number> = {
  NONE: 0, PRIMARY: 1, JUNIOR_HIGH: 2, SENIOR_HIGH: 3, VOCATIONAL: 3, JUNIOR_COLLEGE: 4, BACHELOR: 5, MASTER: 6,
};

export enum PostingStatus { DRAFT = 'DRAFT', PUBLISHED = 'PUBLISHED', CLOSED = 'CLOSED' }

export enum Gender { MALE = 'MALE', FEMALE = 'FEMALE' }
export enum Residence { URBAN = 'URBAN', RURAL = 'RURAL' }

export enum PriorityGroup {
  MINIMUM_INCOME = 'MINIMUM_INCOME', // 低保
  MULTIPLE_DISABLED_HOUSEHOLD = 'MULTIPLE_DISABLED_HOUSEHOLD', // 一户多残
  ELDERLY_PARENTS = 'ELDERLY_PARENTS', // 依老养残
  POVERTY_MONITORING = 'POVERTY_MONITORING', // 防返贫监测
}

export enum EmploymentStatus {
  UNEMPLOYED = 'UNEMPLOYED', EMPLOYED = 'EMPLOYED', SELF_EMPLOYED = 'SELF_EMPLOYED',
  STUDENT = 'STUDENT', NOT_SEEKING = 'NOT_SEEKING',
}

/** Purposes a seeker consents to separately (PIPL: sensitive personal information). */
export enum ConsentPurpose {
  SENSITIVE_DATA = 'SENSITIVE_DATA', // store and use disability data to provide the service
  JOB_MATCHING = 'JOB_MATCHING', // score jobs against the profile
  DISCOVERABLE = 'DISCOVERABLE', // employers may find the (masked) profile
  SHARE_WITH_EMPLOYERS = 'SHARE_WITH_EMPLOYERS', // employers of applied postings see disability category and needs
  ACT_ON_BEHALF = 'ACT_ON_BEHALF', // 残联工作人员可以代我办理: staff of the person's county may apply, register and update the profile for them
}

export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED', REVIEWING = 'REVIEWING', INTERVIEW = 'INTERVIEW', OFFERED = 'OFFERED',
  HIRED = 'HIRED', REJECTED = 'REJECTED', WITHDRAWN = 'WITHDRAWN',
}

export enum InterviewAccommodation {
  SIGN_LANGUAGE_INTERPRETER = 'SIGN_LANGUAGE_INTERPRETER', CAPTIONS = 'CAPTIONS', TEXT_INTERVIEW = 'TEXT_INTERVIEW',
  STEP_FREE_VENUE = 'STEP_FREE_VENUE', SCREEN_READER_MATERIALS = 'SCREEN_READER_MATERIALS', LARGE_PRINT = 'LARGE_PRINT',
  EXTRA_TIME = 'EXTRA_TIME', COMPANION = 'COMPANION', REMOTE_INTERVIEW = 'REMOTE_INTERVIEW', QUIET_ROOM = 'QUIET_ROOM',
}

/** 行动 lines of the action plan; a placement counts under one. */
export enum ActionLine {
  PUBLIC_SECTOR = 'PUBLIC_SECTOR', STATE_OWNED = 'STATE_OWNED', PRIVATE = 'PRIVATE', DISABILITY_ORG = 'DISABILITY_ORG',
  HARD_TO_EMPLOY = 'HARD_TO_EMPLOY', RURAL = 'RURAL', GRADUATE = 'GRADUATE', BLIND_MASSAGE = 'BLIND_MASSAGE',
  SERVICE = 'SERVICE', SKILLS = 'SKILLS',
}
/** Lines that are services or training, never placements. */
export const NON_PLACEMENT_LINES: ReadonlySet<ActionLine> = new Set([ActionLine.SERVICE, ActionLine.SKILLS]);

export enum PlacementSource { PLATFORM = 'PLATFORM', EXTERNAL = 'EXTERNAL' }

/** How a disabled employee is engaged; decides whether they can count towards the quota (registered by reporting/quota). */
export enum ContractKind {
  FORMAL_POST = 'FORMAL_POST', // 在编: an established post
  CONTRACT = 'CONTRACT', // 劳动合同 / 服务协议 with the organization itself
  DISPATCHED = 'DISPATCHED', // 劳务派遣: employed by an agency, working at the organization
}

/** Why a staff member may see an unmasked certificate or ID number. */
export enum AccessPurpose {
  CASEWORK = 'CASEWORK', QUOTA_REVIEW = 'QUOTA_REVIEW', PLACEMENT_VERIFICATION = 'PLACEMENT_VERIFICATION',
  STATISTICS = 'STATISTICS', SELF = 'SELF',
}
