// Vocabulary of recruitment events (招聘会). Pure data; graphql/enums.ts registers the enums.

export enum EventKind {
  TARGETED = 'TARGETED', // 专场招聘: one sector, employer type or disability category
  GRADUATE = 'GRADUATE', // 残疾人高校毕业生双选会
  GENERAL = 'GENERAL',
}

export enum EventMode { ONSITE = 'ONSITE', ONLINE = 'ONLINE', HYBRID = 'HYBRID' }

export enum EventStatus { DRAFT = 'DRAFT', PUBLISHED = 'PUBLISHED', CANCELLED = 'CANCELLED', FINISHED = 'FINISHED' }

/** Services an event offers, counted (e.g. 4 sign-language interpreters). */
export enum EventService {
  SIGN_LANGUAGE_INTERPRETER = 'SIGN_LANGUAGE_INTERPRETER', // 手语翻译
  REAL_TIME_CAPTIONS = 'REAL_TIME_CAPTIONS', // 实时字幕
  BRAILLE_MATERIALS = 'BRAILLE_MATERIALS', // 盲文材料
  LARGE_PRINT_MATERIALS = 'LARGE_PRINT_MATERIALS', // 大字材料
  GUIDE = 'GUIDE', // 引导员
  ACCESSIBLE_TRANSPORT = 'ACCESSIBLE_TRANSPORT', // 无障碍接送
}

export enum BoothStatus {
  INVITED = 'INVITED', APPLIED = 'APPLIED', APPROVED = 'APPROVED', DECLINED = 'DECLINED', WITHDRAWN = 'WITHDRAWN',
}

export enum RegistrationStatus { REGISTERED = 'REGISTERED', WAITLISTED = 'WAITLISTED', CANCELLED = 'CANCELLED' }

