// Words for match reasons and gaps, Chinese first, English second.
import type { Education, EmploymentForm, JobDemand, WorkplaceSupport } from '../common/domain.js';

export type MatchLocale = 'zh-CN' | 'en';

export const SUPPORT_LABEL: Record<MatchLocale, Record<WorkplaceSupport, string>> = {
  'zh-CN': {
    STEP_FREE_ACCESS: '无障碍通道', ELEVATOR: '电梯', ACCESSIBLE_TOILET: '无障碍卫生间', ADJUSTABLE_WORKSTATION: '可调节工位',
    SCREEN_READER: '读屏软件', SCREEN_MAGNIFIER: '屏幕放大软件', BRAILLE: '盲文材料', SIGN_LANGUAGE: '手语沟通', CAPTIONING: '字幕',
    TEXT_COMMUNICATION: '文字沟通', WRITTEN_INSTRUCTIONS: '书面工作指引', FLEXIBLE_HOURS: '弹性工作时间', REMOTE_WORK: '远程办公',
    QUIET_SPACE: '安静的工作区', JOB_COACH: '就业辅导员', ACCESSIBLE_TRANSPORT: '无障碍接送', ACCESSIBLE_DORMITORY: '无障碍宿舍',
    ASSISTIVE_DEVICES: '辅助器具',
  },
  en: {
    STEP_FREE_ACCESS: 'step-free access', ELEVATOR: 'a lift', ACCESSIBLE_TOILET: 'an accessible toilet', ADJUSTABLE_WORKSTATION: 'an adjustable workstation',
    SCREEN_READER: 'a screen reader', SCREEN_MAGNIFIER: 'screen magnification', BRAILLE: 'Braille materials', SIGN_LANGUAGE: 'sign language',
    CAPTIONING: 'captioning', TEXT_COMMUNICATION: 'text communication', WRITTEN_INSTRUCTIONS: 'written instructions', FLEXIBLE_HOURS: 'flexible hours',
    REMOTE_WORK: 'remote work', QUIET_SPACE: 'a quiet space', JOB_COACH: 'a job coach', ACCESSIBLE_TRANSPORT: 'accessible transport',
    ACCESSIBLE_DORMITORY: 'an accessible dormitory', ASSISTIVE_DEVICES: 'assistive devices',
  },
};

/** "需要…" / "asks for …" */
export const DEMAND_LABEL: Record<MatchLocale, Record<JobDemand, string>> = {
  'zh-CN': {
    PROLONGED_STANDING: '长时间站立', WALKING: '经常走动', LIFTING: '搬运重物', FINE_MOTOR: '精细手部操作', VOICE_CALLS: '打电话',
    HEARING_ALARMS: '听辨警报声', READING_PRINT: '阅读纸质材料', VISUAL_DETAIL: '看清细小物件', DRIVING: '驾驶车辆', NIGHT_SHIFTS: '上夜班',
    TRAVEL: '出差', FAST_PACE: '快节奏工作', CUSTOMER_FACING: '接待顾客',
  },
  en: {
    PROLONGED_STANDING: 'standing for long periods', WALKING: 'walking a lot', LIFTING: 'lifting', FINE_MOTOR: 'fine hand work', VOICE_CALLS: 'phone calls',
    HEARING_ALARMS: 'hearing alarms', READING_PRINT: 'print reading', VISUAL_DETAIL: 'seeing fine detail', DRIVING: 'driving', NIGHT_SHIFTS: 'night shifts',
    TRAVEL: 'travel', FAST_PACE: 'a fast pace', CUSTOMER_FACING: 'meeting customers',
  },
};

export const FORM_LABEL: Record<MatchLocale, Record<EmploymentForm, string>> = {
  'zh-CN': { FULL_TIME: '全职', PART_TIME: '兼职', FLEXIBLE: '灵活就业', HOME_BASED: '居家就业', AUXILIARY: '辅助性就业', PUBLIC_WELFARE: '公益性岗位' },
  en: { FULL_TIME: 'full-time', PART_TIME: 'part-time', FLEXIBLE: 'flexible work', HOME_BASED: 'home-based work', AUXILIARY: 'assisted employment', PUBLIC_WELFARE: 'a public-welfare post' },
};

export const EDUCATION_LABEL: Record<MatchLocale, Record<Education, string>> = {
  'zh-CN': { NONE: '不限', PRIMARY: '小学', JUNIOR_HIGH: '初中', SENIOR_HIGH: '高中', VOCATIONAL: '中专/职高', JUNIOR_COLLEGE: '大专', BACHELOR: '本科', MASTER: '硕士' },
  en: { NONE: 'none', PRIMARY: 'primary school', JUNIOR_HIGH: 'junior high school', SENIOR_HIGH: 'senior high school', VOCATIONAL: 'vocational school', JUNIOR_COLLEGE: 'a junior college degree', BACHELOR: 'a bachelor\'s degree', MASTER: 'a master\'s degree' },
};

export function joinOr(items: string[], locale: MatchLocale): string {
  if (locale === 'zh-CN') return items.join('或');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
