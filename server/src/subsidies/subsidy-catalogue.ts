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
  ASSISTED_EMPLOYMENT_SUPPORT = 'ASSISTED_EMPLOYMENT_SUPPORT', // 辅助性就业机构、美丽工坊扶持
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

/**
 * What a claim is for, so which record an application names: a hire (placement), a workshop or base of the register
 * (server/src/workshops), a course the person took (server/src/training), or the claimant itself.
 */
export enum ClaimFor { SELF = 'SELF', HIRE = 'HIRE', WORKSHOP = 'WORKSHOP', COURSE = 'COURSE' }

type Words = { 'zh-CN': string; en: string };
type Pair = readonly [zh: string, en: string];

export interface SubsidyEntry {
  code: SubsidyCode;
  name: Words;
  claimant: Claimant;
  claimFor: ClaimFor;
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
  /**
   * Can be claimed online: the rules can find someone eligible. false: the rules can at most rule a claimant out or
   * say the rest cannot be judged here (the plan states no condition the platform records); it is claimed in person.
   */
  evaluated: boolean;
  /**
   * For a hire: it pays for something of the hired person's own job (their post's social insurance, their
   * workplace's adaptation), so the person hears the decision as well (docs/subsidies.md).
   */
  paysForTheJob: boolean;
}

const S = WorkplaceSupport;
const { EMPLOYER, PERSON } = Claimant;
const { SELF, HIRE, WORKSHOP, COURSE } = ClaimFor;
const PLAN = '《信阳市促进残疾人就业三年行动实施方案（2022-2024年）》';
const words = ([zh, en]: Pair): Words => ({ 'zh-CN': zh, en });

/** An entry with what holds for most: the plan names who applies, leaves conditions to local rules, funds no support. */
function entry(code: SubsidyCode, claimant: Claimant, claimFor: ClaimFor, name: Pair, source: string, eligibility: Pair,
  more: Partial<Pick<SubsidyEntry, 'claimantStated' | 'funds' | 'evaluated' | 'paysForTheJob'>> = {}): SubsidyEntry {
  return {
    code, claimant, claimFor, name: words(name), source, eligibility: words(eligibility),
    claimantStated: true, conditionsComplete: false, funds: [], evaluated: true, paysForTheJob: false, ...more,
  };
}

// Sources several entries rest on
const WELFARE_POSTS = `${PLAN}二（五）：“各地新开发的公益性岗位应按照不低于10%的比例优先安排残疾人就业……按规定给予公益性岗位补贴和社保补贴”`;
const GRADUATE_POLICIES = `${PLAN}二（七）：“落实残疾人高校毕业生求职创业补贴、创业补贴、灵活就业社保补贴等政策”`;
const TRAINING = `${PLAN}二（十）：“对有就业需求和就业条件的就业年龄段未就业残疾人开展就业技能培训、岗位技能提升培训或者创业培训……对符合条件的残疾人按规定给予培训费、生活费（含交通费）补贴”`;
const TRAINING_CONDITION: Pair = ['参加登记的职业技能培训课程、开课时在就业年龄段、未就业且有就业需求的残疾人；是否须结业等条件按规定（待核实）',
  'A disabled person who took a registered training course and, when it began, was of working age, without work and wanting work; whether it must be completed is set by local rules (unverified)'];

export const SUBSIDY_CATALOGUE: readonly SubsidyEntry[] = [
  entry(SubsidyCode.PUBLIC_WELFARE_POST, PERSON, SELF, ['公益性岗位补贴', 'Public-welfare post subsidy'], WELFARE_POSTS,
    ['在公益性岗位就业的残疾人；具体条件按规定（待核实）', 'A disabled person employed in a public-welfare post; further conditions by local rules (unverified)'],
    { claimantStated: false }),
  entry(SubsidyCode.PUBLIC_WELFARE_INSURANCE, EMPLOYER, HIRE, ['公益性岗位社保补贴', 'Social-insurance subsidy for public-welfare posts'], WELFARE_POSTS,
    ['安排残疾人在公益性岗位就业的单位；具体条件按规定（待核实）', 'An employer with a disabled person in a public-welfare post; further conditions by local rules (unverified)'],
    { claimantStated: false, paysForTheJob: true }),
  entry(SubsidyCode.RURAL_PUBLIC_WELFARE_POST, PERSON, SELF, ['乡村公益性岗位补贴', 'Rural public-welfare post subsidy'],
    `${PLAN}二（六）：“鼓励农村残疾人及其家庭成员参与农村重度残疾人集中照护服务，优先从集中照护对象残疾家庭中聘用护理人员，符合条件的给予乡村公益性岗位补贴”`,
    ['受聘参与农村重度残疾人集中照护的农村残疾人或其家庭成员，符合条件的；平台没有照护岗位的记录，须到县残联核对（待核实）',
      'A rural disabled person or family member hired as a carer in the centralised care of severely disabled people, where they qualify; the platform does not record care posts, so the county federation checks (unverified)'],
    { claimantStated: false, evaluated: false }),
  entry(SubsidyCode.WORKSHOP_BASE_SUPPORT, EMPLOYER, WORKSHOP, ['就业帮扶车间和农村残疾人就业基地扶持', 'Support for assisted-employment workshops and rural employment bases'],
    `${PLAN}二（六）：“对符合条件的就业帮扶车间和农村残疾人就业基地按规定通过现有资金渠道予以支持”`,
    ['县残联登记的、由本单位开办并吸纳农村残疾人就业的就业帮扶车间或农村残疾人就业基地；“符合条件的”认定标准待核实',
      'An employment support workshop or rural base in the federation\'s register, run by the employer and employing rural disabled people; what "qualifying" means is unverified']),
  entry(SubsidyCode.ASSISTED_EMPLOYMENT_SUPPORT, EMPLOYER, WORKSHOP, ['辅助性就业机构和美丽工坊扶持', 'Support for assisted-employment institutions and 美丽工坊'],
    `${PLAN}二（五）：“各县区建立的“阳光家园”、“残疾人之家”……要认真开展辅助性就业……推动辅助性就业加快发展”；二（四）：“持续开展并打造具有信阳特色的“美丽工坊”助残就业服务品牌”；三（三）：“对各类就业帮扶、培训基地建设按规定给予扶持”。方案未列明这项扶持的名称和方式（待核实）`,
    ['县残联登记的、由本单位开办并有残疾人在此就业的辅助性就业机构或美丽工坊；扶持方式和条件按规定（待核实）',
      'An assisted-employment institution or 美丽工坊 in the federation\'s register, run by the employer, with disabled people working there; the form of support and its conditions are set by local rules (unverified)']),
  entry(SubsidyCode.GRADUATE_JOB_SEEKING, PERSON, SELF, ['求职创业补贴', 'Job-seeking and start-up grant for graduates'], GRADUATE_POLICIES,
    ['残疾人高校毕业生；毕业年限等条件待核实', 'A disabled college graduate; the years after graduation and other conditions are unverified']),
  entry(SubsidyCode.GRADUATE_STARTUP, PERSON, SELF, ['创业补贴', 'Start-up subsidy for graduates'], GRADUATE_POLICIES,
    ['自主创业的残疾人高校毕业生；其他条件待核实', 'A disabled college graduate who runs their own business; other conditions unverified']),
  entry(SubsidyCode.GRADUATE_FLEXIBLE_INSURANCE, PERSON, SELF, ['灵活就业社保补贴', 'Social-insurance subsidy for flexible employment'], GRADUATE_POLICIES,
    ['灵活就业的残疾人高校毕业生；其他条件待核实', 'A disabled college graduate in flexible employment; other conditions unverified']),
  entry(SubsidyCode.INTERNSHIP_BASE, EMPLOYER, HIRE, ['大学生创业实践和就业实习基地补贴', 'Subsidy for graduate start-up and internship bases'],
    `${PLAN}二（七）：“对吸纳残疾人就业的大学生创业实践和就业实习基地按规定给予补贴”`,
    ['吸纳残疾人高校毕业生就业的大学生创业实践或就业实习基地；基地认定条件待核实', 'A graduate start-up or internship base employing a disabled graduate; the recognition of bases is unverified']),
  entry(SubsidyCode.SELF_EMPLOYMENT, PERSON, SELF, ['自主创业就业补贴', 'Self-employment support'],
    `${PLAN}二（三）：“加强对残疾人自主创业企业及个体工商户的指导”；三（二）：“对符合条件的就业创业残疾人，按规定落实相关就业补贴政策”`,
    ['自主创业的残疾人（含个体工商户）；补贴条件按规定（待核实）', 'A disabled person running their own business (incl. sole traders); the conditions are set by local rules (unverified)']),
  entry(SubsidyCode.TRAINING_FEE, PERSON, COURSE, ['培训费补贴', 'Training fee subsidy'], TRAINING, TRAINING_CONDITION),
  entry(SubsidyCode.TRAINING_LIVING, PERSON, COURSE, ['培训生活费（含交通费）补贴', 'Living and travel allowance during training'], TRAINING, TRAINING_CONDITION),
  entry(SubsidyCode.ABOVE_QUOTA_REWARD, EMPLOYER, SELF, ['超比例安排残疾人就业奖励', 'Reward for employing disabled people above the quota'],
    `${PLAN}三（三）资金保障：“加大对超比例安排残疾人就业用人单位的奖励力度”`,
    ['按比例就业计入人数超过本单位在职职工总数乘以规定比例的用人单位；奖励标准待核实', 'An employer whose counted disabled staff exceed its staff × the quota ratio; the reward is unverified']),
  entry(SubsidyCode.WORKPLACE_ADAPTATION, EMPLOYER, HIRE, ['无障碍改造补贴', 'Workplace accessibility adaptation subsidy'],
    `${PLAN}二（九）：“为安排残疾人就业的用人单位提供……无障碍环境建设等指导服务”；三（三）：“制定残疾人就业补贴奖励重点项目实施办法，合理确定补贴和奖励标准、条件”。方案未列明此项补贴，依地方实施办法（待核实）`,
    ['安排残疾人就业并为其进行无障碍改造或配置辅助器具的用人单位；条件以地方办法为准（待核实）', 'An employer of a disabled person that adapts the workplace or provides assistive devices for them; conditions by local rules (unverified)'],
    { paysForTheJob: true, funds: [S.STEP_FREE_ACCESS, S.ELEVATOR, S.ACCESSIBLE_TOILET, S.ADJUSTABLE_WORKSTATION, S.SCREEN_READER, S.SCREEN_MAGNIFIER, S.BRAILLE, S.CAPTIONING, S.ASSISTIVE_DEVICES] }),
  entry(SubsidyCode.CONCENTRATED_EMPLOYMENT_TAX, EMPLOYER, SELF, ['集中安置残疾人企业税收优惠', 'Tax relief for enterprises employing many disabled people'],
    `${PLAN}三（二）政策保障：“对集中安置残疾人企业依法享受税收优惠”`,
    ['集中安置残疾人的企业（机关、事业单位和社会组织不是企业）；“集中安置”的认定标准由税收法规规定，方案未写明（待核实）',
      'An enterprise employing disabled people in numbers (agencies, public institutions and social organisations are not enterprises); what counts as "in numbers" is set by tax law, not by the plan (unverified)'],
    { evaluated: false }),
];

export function subsidyEntry(code: string): SubsidyEntry | undefined {
  return SUBSIDY_CATALOGUE.find((s) => s.code === code);
}

/** The codes claimed for one kind of record (or for the claimant itself). */
export const codesFor = (claimant: Claimant, claimFor: ClaimFor): SubsidyCode[] =>
  SUBSIDY_CATALOGUE.filter((s) => s.claimant === claimant && s.claimFor === claimFor).map((s) => s.code);

/** The subsidies that can pay for any of these supports (a match's gap names them). */
export function subsidiesFunding(supports: readonly WorkplaceSupport[]): SubsidyEntry[] {
  return SUBSIDY_CATALOGUE.filter((s) => s.funds.some((f) => supports.includes(f)));
}
