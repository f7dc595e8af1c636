// Easy-read summary of a posting: short sentences, one idea each, plain words (易读版).
import type { Locale } from '../common/request-context.js';
import type { Posting } from './posting.entity.js';

const FORM = {
  'zh-CN': { FULL_TIME: '全职工作', PART_TIME: '兼职工作', FLEXIBLE: '灵活就业', HOME_BASED: '在家工作', AUXILIARY: '辅助性就业', PUBLIC_WELFARE: '公益性岗位' },
  en: { FULL_TIME: 'a full-time job', PART_TIME: 'a part-time job', FLEXIBLE: 'flexible work', HOME_BASED: 'work from home', AUXILIARY: 'assisted work', PUBLIC_WELFARE: 'a public-welfare post' },
} as const;

const SUPPORT = {
  'zh-CN': {
    STEP_FREE_ACCESS: '没有台阶', ELEVATOR: '有电梯', ACCESSIBLE_TOILET: '有无障碍厕所', ADJUSTABLE_WORKSTATION: '桌椅可以调节',
    SCREEN_READER: '电脑有读屏软件', SCREEN_MAGNIFIER: '电脑可以放大字', BRAILLE: '有盲文材料', SIGN_LANGUAGE: '有人会手语',
    CAPTIONING: '开会有字幕', TEXT_COMMUNICATION: '可以用文字沟通', WRITTEN_INSTRUCTIONS: '工作要求写成文字', FLEXIBLE_HOURS: '上班时间可以商量',
    REMOTE_WORK: '可以在家工作', QUIET_SPACE: '有安静的地方', JOB_COACH: '有就业辅导员帮你', ACCESSIBLE_TRANSPORT: '有无障碍接送',
    ACCESSIBLE_DORMITORY: '有无障碍宿舍', ASSISTIVE_DEVICES: '提供辅助器具',
  },
  en: {
    STEP_FREE_ACCESS: 'no steps', ELEVATOR: 'a lift', ACCESSIBLE_TOILET: 'an accessible toilet', ADJUSTABLE_WORKSTATION: 'a desk you can adjust',
    SCREEN_READER: 'a screen reader', SCREEN_MAGNIFIER: 'screen magnifying', BRAILLE: 'Braille papers', SIGN_LANGUAGE: 'sign language',
    CAPTIONING: 'captions in meetings', TEXT_COMMUNICATION: 'talking by text', WRITTEN_INSTRUCTIONS: 'written instructions', FLEXIBLE_HOURS: 'flexible hours',
    REMOTE_WORK: 'working from home', QUIET_SPACE: 'a quiet room', JOB_COACH: 'a job coach to help you', ACCESSIBLE_TRANSPORT: 'accessible transport',
    ACCESSIBLE_DORMITORY: 'an accessible dormitory', ASSISTIVE_DEVICES: 'assistive devices',
  },
} as const;

const DEMAND = {
  'zh-CN': {
    PROLONGED_STANDING: '要站很久', WALKING: '要走很多路', LIFTING: '要搬东西', FINE_MOTOR: '要做细致的手工', VOICE_CALLS: '要打电话',
    HEARING_ALARMS: '要听警报声', READING_PRINT: '要看纸质文字', VISUAL_DETAIL: '要看清小东西', DRIVING: '要开车', NIGHT_SHIFTS: '要上夜班',
    TRAVEL: '要出差', FAST_PACE: '工作节奏快', CUSTOMER_FACING: '要接待客人',
  },
  en: {
    PROLONGED_STANDING: 'stand for a long time', WALKING: 'walk a lot', LIFTING: 'carry things', FINE_MOTOR: 'do careful hand work', VOICE_CALLS: 'make phone calls',
    HEARING_ALARMS: 'hear alarms', READING_PRINT: 'read printed text', VISUAL_DETAIL: 'see small things', DRIVING: 'drive', NIGHT_SHIFTS: 'work at night',
    TRAVEL: 'travel', FAST_PACE: 'work fast', CUSTOMER_FACING: 'meet customers',
  },
} as const;

export function easyReadSummary(
  p: Pick<Posting, 'title' | 'employmentForm' | 'salaryMin' | 'salaryMax' | 'reserved' | 'supports' | 'demands' | 'openings'>,
  place: string,
  employer: string,
  locale: Locale,
): string {
  const zh = locale === 'zh-CN';
  const s: string[] = [];
  s.push(zh ? `这份工作是${p.title}。` : `This job is ${p.title}.`);
  s.push(zh ? `招人的单位是${employer}。` : `The employer is ${employer}.`);
  s.push(zh ? `工作地点在${place}。` : `You work in ${place}.`);
  s.push(zh ? `这是${FORM[locale][p.employmentForm]}。` : `It is ${FORM[locale][p.employmentForm]}.`);
  s.push(zh ? `要招${p.openings}个人。` : `They need ${p.openings} ${p.openings === 1 ? 'person' : 'people'}.`);
  if (p.salaryMin != null || p.salaryMax != null) {
    const lo = p.salaryMin ?? p.salaryMax;
    const hi = p.salaryMax ?? p.salaryMin;
    s.push(zh ? (lo === hi ? `每个月工资${lo}元。` : `每个月工资${lo}元到${hi}元。`)
      : (lo === hi ? `The pay is ${lo} yuan a month.` : `The pay is ${lo} to ${hi} yuan a month.`));
  }
  if (p.reserved) s.push(zh ? '这个岗位专门留给残疾人。' : 'This job is kept for disabled people.');
  for (const sup of p.supports) s.push(zh ? `这里${SUPPORT[locale][sup]}。` : `There is ${SUPPORT[locale][sup]}.`);
  for (const d of p.demands) s.push(zh ? `这份工作${DEMAND[locale][d]}。` : `In this job you ${DEMAND[locale][d]}.`);
  return s.join(zh ? '' : ' ');
}
