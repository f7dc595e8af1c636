// The words for demands and supports, in both languages and two registers: the label (lists, cards, match reasons)
// and the easy-read wording (易读版: plain words, one idea per sentence). Every screen and sentence takes its words from
// here; nothing else names a demand or a support.
import { JobDemand, WorkplaceSupport, type VocabularyLocale } from './codes.js';

interface Words {
  /** zh: the noun phrase as shown and as used in sentences; en: lower case, without article */
  label: string;
  /** English only: the article a sentence puts before the label ('' for none) */
  article?: 'a' | 'an' | '';
  /** the easy-read fragment: zh follows 这里 / 这份工作, en follows "There is" / "In this job you" */
  easyRead: string;
}

type Table<C extends string> = Readonly<Record<C, Readonly<Record<VocabularyLocale, Words>>>>;

const w = (label: string, easyRead: string, article?: Words['article']): Words => ({ label, easyRead, article });

export const SUPPORT_WORDS: Table<WorkplaceSupport> = {
  STEP_FREE_ACCESS: { 'zh-CN': w('无障碍通道', '没有台阶'), en: w('step-free access', 'no steps', '') },
  ELEVATOR: { 'zh-CN': w('电梯', '有电梯'), en: w('lift', 'a lift', 'a') },
  ACCESSIBLE_TOILET: { 'zh-CN': w('无障碍卫生间', '有无障碍厕所'), en: w('accessible toilet', 'an accessible toilet', 'an') },
  ADJUSTABLE_WORKSTATION: { 'zh-CN': w('可调节的桌椅', '桌椅可以调节'), en: w('adjustable desk and chair', 'a desk you can adjust', 'an') },
  SCREEN_READER: { 'zh-CN': w('读屏软件', '电脑有读屏软件'), en: w('screen reader', 'a screen reader', 'a') },
  SCREEN_MAGNIFIER: { 'zh-CN': w('屏幕放大软件', '电脑可以放大字'), en: w('screen magnifier', 'screen magnifying', 'a') },
  BRAILLE: { 'zh-CN': w('盲文材料', '有盲文材料'), en: w('Braille materials', 'Braille papers', '') },
  SIGN_LANGUAGE: { 'zh-CN': w('手语沟通', '有人会手语'), en: w('sign language', 'sign language', '') },
  CAPTIONING: { 'zh-CN': w('会议字幕', '开会有字幕'), en: w('captions in meetings', 'captions in meetings', '') },
  TEXT_COMMUNICATION: { 'zh-CN': w('文字沟通', '可以用文字沟通'), en: w('text communication', 'talking by text', '') },
  WRITTEN_INSTRUCTIONS: { 'zh-CN': w('书面工作指引', '工作要求写成文字'), en: w('written instructions', 'written instructions', '') },
  FLEXIBLE_HOURS: { 'zh-CN': w('弹性工作时间', '上班时间可以商量'), en: w('flexible hours', 'flexible hours', '') },
  REMOTE_WORK: { 'zh-CN': w('远程办公', '可以在家工作'), en: w('remote work', 'working from home', '') },
  QUIET_SPACE: { 'zh-CN': w('安静的工作区', '有安静的地方'), en: w('quiet place to work', 'a quiet room', 'a') },
  JOB_COACH: { 'zh-CN': w('就业辅导员', '有就业辅导员帮你'), en: w('job coach', 'a job coach to help you', 'a') },
  ACCESSIBLE_TRANSPORT: { 'zh-CN': w('无障碍接送', '有无障碍接送'), en: w('accessible transport', 'accessible transport', '') },
  ACCESSIBLE_DORMITORY: { 'zh-CN': w('无障碍宿舍', '有无障碍宿舍'), en: w('accessible dormitory', 'an accessible dormitory', 'an') },
  ASSISTIVE_DEVICES: { 'zh-CN': w('辅助器具', '提供辅助器具'), en: w('assistive devices', 'assistive devices', '') },
};

export const DEMAND_WORDS: Table<JobDemand> = {
  PROLONGED_STANDING: { 'zh-CN': w('长时间站立', '要站很久'), en: w('standing for long periods', 'stand for a long time') },
  WALKING: { 'zh-CN': w('经常走动', '要走很多路'), en: w('walking a lot', 'walk a lot') },
  LIFTING: { 'zh-CN': w('搬运重物', '要搬东西'), en: w('lifting heavy things', 'carry things') },
  FINE_MOTOR: { 'zh-CN': w('精细手部操作', '要做细致的手工'), en: w('fine hand work', 'do careful hand work') },
  VOICE_CALLS: { 'zh-CN': w('打电话', '要打电话'), en: w('phone calls', 'make phone calls') },
  HEARING_ALARMS: { 'zh-CN': w('听辨警报声', '要听警报声'), en: w('hearing alarms', 'hear alarms') },
  READING_PRINT: { 'zh-CN': w('阅读纸质材料', '要看纸质文字'), en: w('reading printed text', 'read printed text') },
  VISUAL_DETAIL: { 'zh-CN': w('看清细小物件', '要看清小东西'), en: w('seeing fine detail', 'see small things') },
  DRIVING: { 'zh-CN': w('驾驶车辆', '要开车'), en: w('driving', 'drive') },
  NIGHT_SHIFTS: { 'zh-CN': w('上夜班', '要上夜班'), en: w('night shifts', 'work at night') },
  TRAVEL: { 'zh-CN': w('出差', '要出差'), en: w('travel for work', 'travel') },
  FAST_PACE: { 'zh-CN': w('快节奏工作', '工作节奏快'), en: w('fast-paced work', 'work fast') },
  CUSTOMER_FACING: { 'zh-CN': w('接待顾客', '要接待客人'), en: w('meeting customers', 'meet customers') },
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** As a list item or a heading: 读屏软件 / Screen reader. */
export function supportLabel(s: WorkplaceSupport, locale: VocabularyLocale): string {
  const x = SUPPORT_WORDS[s][locale];
  return locale === 'en' ? capitalised(x.label) : x.label;
}

/** Inside a sentence: 读屏软件 / a screen reader. */
export function supportPhrase(s: WorkplaceSupport, locale: VocabularyLocale): string {
  const x = SUPPORT_WORDS[s][locale];
  return x.article ? `${x.article} ${x.label}` : x.label;
}

/** As a list item or a heading: 长时间站立 / Standing for long periods. */
export function demandLabel(d: JobDemand, locale: VocabularyLocale): string {
  const x = DEMAND_WORDS[d][locale];
  return locale === 'en' ? capitalised(x.label) : x.label;
}

/** Inside a sentence: 长时间站立 / standing for long periods. */
export function demandPhrase(d: JobDemand, locale: VocabularyLocale): string {
  return DEMAND_WORDS[d][locale].label;
}

export const supportEasyRead = (s: WorkplaceSupport, locale: VocabularyLocale): string => SUPPORT_WORDS[s][locale].easyRead;
export const demandEasyRead = (d: JobDemand, locale: VocabularyLocale): string => DEMAND_WORDS[d][locale].easyRead;

/** 甲或乙 / a, b or c */
export function joinOr(items: readonly string[], locale: VocabularyLocale): string {
  if (locale === 'zh-CN') return items.join('或');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
