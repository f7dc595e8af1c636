// The subsidies and rewards the city's action plan names (信阳市促进残疾人就业三年行动实施方案（2022-2024年）), as
// versioned data: loaded into the `subsidy` table at start (SubsidiesService.syncCatalogue), read by the eligibility
// rules and by search (a gap in a match names the subsidy that pays for the support that closes it).
//
// The plan names these subsidies but states no amount and, for most, no condition beyond "符合条件的" / "按规定":
// amounts are a policy setting (subsidy.amounts) that stays "待核实" until staff enter a figure with its source, and
// `conditionsComplete: false` marks that further conditions are set by local rules the plan only names (待核实).
import { WorkplaceSupport } from '../vocabulary/codes.js';

export enum SubsidyCode {
  PUBLIC_WELFARE_POST = 'PUBLIC_WELFARE_POST', // 公益性岗位补贴
  PUBLIC_WELFARE_INSURANCE = 'PUBLIC_WELFARE_INSURANCE', // 公益性岗位社保补贴
  RURAL_PUBLIC_WELFARE_POST = 'RURAL_PUBLIC_WELFARE_POST', // 乡村公益性岗位补贴
  WORKSHOP_BASE_SUPPORT = 'WORKSHOP_BASE_SUPPORT', // 就业帮扶车间、农村残疾人就业基地扶持
  GRADUATE_JOB_SEEKING = 'GRADUATE_JOB_SEEKING', // 求职创业补贴
  GRADUATE_STARTUP = 'GRADUATE_STARTUP', // 创业补贴
  GRADUATE_FLEXIBLE_INSURANCE = 'GRADUATE_FLEXIBLE_INSURANCE', // 灵活就业社保补贴
  INTERNSHIP_BASE = 'INTERNSHIP_BASE', // 大学生创业实践和就业实习基地补贴
  SELF_EMPLOYMENT = 'SELF_EMPLOYMENT', // 自主创业就业补贴
  TRAINING_FEE = 'TRAINING_FEE', // 培训费补贴
  TRAINING_LIVING = 'TRAINING_LIVING', // 生活费（含交通费）补贴
  ABOVE_QUOTA_REWARD = 'ABOVE_QUOTA_REWARD', // 超比例安排奖励
  WORKPLACE_ADAPTATION = 'WORKPLACE_ADAPTATION', // 无障碍改造补贴
  CONCENTRATED_EMPLOYMENT_TAX = 'CONCENTRATED_EMPLOYMENT_TAX', // 集中安置残疾人企业税收优惠
}

/** Who applies: the employer (for a hire, or for itself) or the person. */
export enum Claimant { EMPLOYER = 'EMPLOYER', PERSON = 'PERSON' }

type Words = { 'zh-CN': string; en: string };

export interface SubsidyEntry {
  code: SubsidyCode;
  name: Words;
  claimant: Claimant;
  /** false: the plan does not say who applies; the claimant shown is the usual one, marked 待核实 */
  claimantStated: boolean;
  /** The plan's section, quoting the words the subsidy rests on */
  source: string;
  /** The condition in the plan's words (or what it leaves to local rules) */
  eligibility: Words;
  /** false: the plan leaves further conditions to local rules (按规定、符合条件的): 待核实 */
  conditionsComplete: boolean;
  /** Workplace supports this subsidy can pay for (the match's gap names it) */
  funds: readonly WorkplaceSupport[];
  /** The eligibility rules evaluate it for an employer or a person (else it is listed only) */
  evaluated: boolean;
}

const S = WorkplaceSupport;
const PLAN = '《信阳市促进残疾人就业三年行动实施方案（2022-2024年）》';

export const SUBSIDY_CATALOGUE: readonly SubsidyEntry[] = [
  {
    code: SubsidyCode.PUBLIC_WELFARE_POST, name: { 'zh-CN': '公益性岗位补贴', en: 'Public-welfare post subsidy' },
    claimant: Claimant.PERSON, claimantStated: false,
    source: `${PLAN}二（五）：“各地新开发的公益性岗位应按照不低于10%的比例优先安排残疾人就业……按规定给予公益性岗位补贴和社保补贴”`,
    eligibility: { 'zh-CN': '在公益性岗位就业的残疾人；具体条件按规定（待核实）', en: 'A disabled person employed in a public-welfare post; further conditions by local rules (unverified)' },
    conditionsComplete: false, funds: [], evaluated: true,
  },
  {
    code: SubsidyCode.PUBLIC_WELFARE_INSURANCE, name: { 'zh-CN': '公益性岗位社保补贴', en: 'Social-insurance subsidy for public-welfare posts' },
    claimant: Claimant.EMPLOYER, claimantStated: false,
    source: `${PLAN}二（五）：“按规定给予公益性岗位补贴和社保补贴”`,
    eligibility: { 'zh-CN': '安排残疾人在公益性岗位就业的单位；具体条件按规定（待核实）', en: 'An employer with a disabled person in a public-welfare post; further conditions by local rules (unverified)' },
    conditionsComplete: false, funds: [], evaluated: true,
  },
  {
    code: SubsidyCode.RURAL_PUBLIC_WELFARE_POST, name: { 'zh-CN': '乡村公益性岗位补贴', en: 'Rural public-welfare post subsidy' },
    claimant: Claimant.PERSON, claimantStated: false,
    source: `${PLAN}二（六）：“优先从集中照护对象残疾家庭中聘用护理人员，符合条件的给予乡村公益性岗位补贴”`,
    eligibility: { 'zh-CN': '从集中照护对象残疾家庭中聘用的护理人员，符合条件的（条件待核实）', en: 'Carers hired from the families of people in centralised care, where they qualify (conditions unverified)' },
    conditionsComplete: false, funds: [], evaluated: false,
  },
  {
    code: SubsidyCode.WORKSHOP_BASE_SUPPORT, name: { 'zh-CN': '就业帮扶车间和农村残疾人就业基地扶持', en: 'Support for assisted-employment workshops and rural employment bases' },
    claimant: Claimant.EMPLOYER, claimantStated: true,
    source: `${PLAN}二（六）：“对符合条件的就业帮扶车间和农村残疾人就业基地按规定通过现有资金渠道予以支持”`,
    eligibility: { 'zh-CN': '吸纳农村残疾人就业的就业帮扶车间或农村残疾人就业基地；认定条件待核实', en: 'A workshop or rural base employing rural disabled people; the recognition conditions are unverified' },
    conditionsComplete: false, funds: [], evaluated: true,
  },
  {
    code: SubsidyCode.GRADUATE_JOB_SEEKING, name: { 'zh-CN': '求职创业补贴', en: 'Job-seeking and start-up grant for graduates' },
    claimant: Claimant.PERSON, claimantStated: true,
    source: `${PLAN}二（七）：“落实残疾人高校毕业生求职创业补贴、创业补贴、灵活就业社保补贴等政策”`,
    eligibility: { 'zh-CN': '残疾人高校毕业生；毕业年限等条件待核实', en: 'A disabled college graduate; the years after graduation and other conditions are unverified' },
    conditionsComplete: false, funds: [], evaluated: true,
  },
  {
    code: SubsidyCode.GRADUATE_STARTUP, name: { 'zh-CN': '创业补贴', en: 'Start-up subsidy for graduates' },
    claimant: Claimant.PERSON, claimantStated: true,
    source: `${PLAN}二（七）：“落实残疾人高校毕业生求职创业补贴、创业补贴、灵活就业社保补贴等政策”`,
    eligibility: { 'zh-CN': '自主创业的残疾人高校毕业生；其他条件待核实', en: 'A disabled college graduate who runs their own business; other conditions unverified' },
    conditionsComplete: false, funds: [], evaluated: true,
  },
  {
    code: SubsidyCode.GRADUATE_FLEXIBLE_INSURANCE, name: { 'zh-CN': '灵活就业社保补贴', en: 'Social-insurance subsidy for flexible employment' },
    claimant: Claimant.PERSON, claimantStated: true,
    source: `${PLAN}二（七）：“落实残疾人高校毕业生求职创业补贴、创业补贴、灵活就业社保补贴等政策”`,
    eligibility: { 'zh-CN': '灵活就业的残疾人高校毕业生；其他条件待核实', en: 'A disabled college graduate in flexible employment; other conditions unverified' },
    conditionsComplete: false, funds: [], evaluated: true,
  },
  {
    code: SubsidyCode.INTERNSHIP_BASE, name: { 'zh-CN': '大学生创业实践和就业实习基地补贴', en: 'Subsidy for graduate start-up and internship bases' },
    claimant: Claimant.EMPLOYER, claimantStated: true,
    source: `${PLAN}二（七）：“对吸纳残疾人就业的大学生创业实践和就业实习基地按规定给予补贴”`,
    eligibility: { 'zh-CN': '吸纳残疾人高校毕业生就业的大学生创业实践或就业实习基地；基地认定条件待核实', en: 'A graduate start-up or internship base employing a disabled graduate; the recognition of bases is unverified' },
    conditionsComplete: false, funds: [], evaluated: true,
  },
  {
    code: SubsidyCode.SELF_EMPLOYMENT, name: { 'zh-CN': '自主创业就业补贴', en: 'Self-employment support' },
    claimant: Claimant.PERSON, claimantStated: true,
    source: `${PLAN}二（三）：“加强对残疾人自主创业企业及个体工商户的指导”；三（二）：“对符合条件的就业创业残疾人，按规定落实相关就业补贴政策”`,
    eligibility: { 'zh-CN': '自主创业的残疾人（含个体工商户）；补贴条件按规定（待核实）', en: 'A disabled person running their own business (incl. sole traders); the conditions are set by local rules (unverified)' },
    conditionsComplete: false, funds: [], evaluated: true,
  },
  {
    code: SubsidyCode.TRAINING_FEE, name: { 'zh-CN': '培训费补贴', en: 'Training fee subsidy' },
    claimant: Claimant.PERSON, claimantStated: true,
    source: `${PLAN}二（十）：“对有就业需求和就业条件的就业年龄段未就业残疾人开展就业技能培训……对符合条件的残疾人按规定给予培训费、生活费（含交通费）补贴”`,
    eligibility: { 'zh-CN': '就业年龄段、未就业、有就业需求的残疾人参加职业技能培训', en: 'A disabled person of working age, not employed and wanting work, who takes vocational training' },
    conditionsComplete: false, funds: [], evaluated: true,
  },
  {
    code: SubsidyCode.TRAINING_LIVING, name: { 'zh-CN': '培训生活费（含交通费）补贴', en: 'Living and travel allowance during training' },
    claimant: Claimant.PERSON, claimantStated: true,
    source: `${PLAN}二（十）：“对符合条件的残疾人按规定给予培训费、生活费（含交通费）补贴”`,
    eligibility: { 'zh-CN': '就业年龄段、未就业、有就业需求的残疾人参加职业技能培训', en: 'A disabled person of working age, not employed and wanting work, who takes vocational training' },
    conditionsComplete: false, funds: [], evaluated: true,
  },
  {
    code: SubsidyCode.ABOVE_QUOTA_REWARD, name: { 'zh-CN': '超比例安排残疾人就业奖励', en: 'Reward for employing disabled people above the quota' },
    claimant: Claimant.EMPLOYER, claimantStated: true,
    source: `${PLAN}三（三）资金保障：“加大对超比例安排残疾人就业用人单位的奖励力度”`,
    eligibility: { 'zh-CN': '按比例就业计入人数超过本单位在职职工总数乘以规定比例的用人单位；奖励标准待核实', en: 'An employer whose counted disabled staff exceed its staff × the quota ratio; the reward is unverified' },
    conditionsComplete: false, funds: [], evaluated: true,
  },
  {
    code: SubsidyCode.WORKPLACE_ADAPTATION, name: { 'zh-CN': '无障碍改造补贴', en: 'Workplace accessibility adaptation subsidy' },
    claimant: Claimant.EMPLOYER, claimantStated: true,
    source: `${PLAN}二（九）：“为安排残疾人就业的用人单位提供……无障碍环境建设等指导服务”；三（三）：“制定残疾人就业补贴奖励重点项目实施办法，合理确定补贴和奖励标准、条件”。方案未列明此项补贴，依地方实施办法（待核实）`,
    eligibility: { 'zh-CN': '安排残疾人就业并为其进行无障碍改造或配置辅助器具的用人单位；条件以地方办法为准（待核实）', en: 'An employer of a disabled person that adapts the workplace or provides assistive devices for them; conditions by local rules (unverified)' },
    conditionsComplete: false,
    funds: [S.STEP_FREE_ACCESS, S.ELEVATOR, S.ACCESSIBLE_TOILET, S.ADJUSTABLE_WORKSTATION, S.SCREEN_READER, S.SCREEN_MAGNIFIER,
      S.BRAILLE, S.CAPTIONING, S.ASSISTIVE_DEVICES],
    evaluated: true,
  },
  {
    code: SubsidyCode.CONCENTRATED_EMPLOYMENT_TAX, name: { 'zh-CN': '集中安置残疾人企业税收优惠', en: 'Tax relief for enterprises employing many disabled people' },
    claimant: Claimant.EMPLOYER, claimantStated: true,
    source: `${PLAN}三（二）政策保障：“对集中安置残疾人企业依法享受税收优惠”`,
    eligibility: { 'zh-CN': '集中安置残疾人的企业；认定条件以税务部门规定为准（待核实）', en: 'An enterprise employing disabled people in numbers; recognised by the tax authority (conditions unverified)' },
    conditionsComplete: false, funds: [], evaluated: false,
  },
];

export function subsidyEntry(code: string): SubsidyEntry | undefined {
  return SUBSIDY_CATALOGUE.find((s) => s.code === code);
}

/** The subsidies that can pay for any of these supports (a match's gap names them). */
export function subsidiesFunding(supports: readonly WorkplaceSupport[]): SubsidyEntry[] {
  return SUBSIDY_CATALOGUE.filter((s) => s.funds.some((f) => supports.includes(f)));
}
