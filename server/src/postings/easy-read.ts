// Easy-read summary of a posting: short sentences, one idea each, plain words (易读版). The words for supports and
// demands come from the vocabulary; this file only builds the sentences.
import type { Locale } from '../common/request-context.js';
import type { Posting } from './posting.entity.js';
import { demandEasyRead, supportEasyRead } from '../vocabulary/labels.js';

const FORM = {
  'zh-CN': { FULL_TIME: '全职工作', PART_TIME: '兼职工作', FLEXIBLE: '灵活就业', HOME_BASED: '在家工作', AUXILIARY: '辅助性就业', PUBLIC_WELFARE: '公益性岗位' },
  en: { FULL_TIME: 'a full-time job', PART_TIME: 'a part-time job', FLEXIBLE: 'flexible work', HOME_BASED: 'work from home', AUXILIARY: 'assisted work', PUBLIC_WELFARE: 'a public-welfare post' },
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
  for (const sup of p.supports) s.push(zh ? `这里${supportEasyRead(sup, locale)}。` : `There is ${supportEasyRead(sup, locale)}.`);
  for (const d of p.demands) s.push(zh ? `这份工作${demandEasyRead(d, locale)}。` : `In this job you ${demandEasyRead(d, locale)}.`);
  return s.join(zh ? '' : ' ');
}
