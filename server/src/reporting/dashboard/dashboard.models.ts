// GraphQL shapes of the dashboard and the quarterly report.
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ActionLine, PriorityGroup } from '../../common/domain.js';
import { ActionPlan } from '../plans/plan.entities.js';
import { PlanMetric, PlanStatus } from '../plans/plan-vocab.js';

@ObjectType()
export class CountModel {
  @Field({ description: 'A county code, action line, form, category or year' }) key: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class QuarterCountModel {
  @Field(() => Int) year: number;
  @Field(() => Int) quarter: number;
  @Field(() => Int) count: number;
}

@ObjectType({ description: '新增就业（就业登记）分项统计' })
export class PlacementBreakdownModel {
  @Field(() => Int) total: number;
  @Field(() => [CountModel]) byCounty: CountModel[];
  @Field(() => [CountModel]) byActionLine: CountModel[];
  @Field(() => [CountModel]) byForm: CountModel[];
  @Field(() => [CountModel]) byCategory: CountModel[];
  @Field(() => [CountModel]) byYear: CountModel[];
  @Field(() => [QuarterCountModel]) byQuarter: QuarterCountModel[];
}

@ObjectType({ description: '年度进度（由方案总目标按月平均推算，不是方案文本设定的年度目标）' })
export class YearlyPaceModel {
  @Field(() => Int, { description: 'The total spread evenly over the plan\'s months, per year (rounded up): derived' }) perYear: number;
  @Field(() => Int, { description: 'What that pace asks for from 1 January to the date (rounded up)' }) expectedToDate: number;
  @Field(() => Int, { description: 'The plan\'s total it is derived from' }) total: number;
  @Field(() => Int, { description: 'The plan\'s months it is spread over' }) months: number;
  @Field(() => Float, { nullable: true, description: 'This year\'s placements against expectedToDate' }) achievedShare: number | null;
}

@ObjectType({ description: '一届残疾人高校毕业生（应届）：毕业年份为该年、有就业意愿和能力的人；服务与就业自该年1月1日起计至统计日' })
export class CohortRatesModel {
  @Field(() => Int, { description: 'The graduation year (the cohort)' }) year: number;
  @Field(() => Int, { description: 'Graduates of the year who want and can work (the denominator)' }) wantingAndAble: number;
  @Field(() => Int, { description: 'Of them, served from 1 January of the year to the date' }) served: number;
  @Field(() => Int, { description: 'Of them, with a genuine placement starting from 1 January of the year to the date (each person once)' }) employed: number;
  @Field(() => Float, { nullable: true }) serviceRate: number | null;
  @Field(() => Float, { nullable: true }) employmentRate: number | null;
}

@ObjectType({ description: '残疾人高校毕业生服务与就业' })
export class GraduateRatesModel {
  @Field(() => Int, { description: 'Graduates of the plan years who want and can work: the cohorts summed' }) wantingAndAble: number;
  @Field(() => Int) served: number;
  @Field(() => Int) employed: number;
  @Field(() => Float, { nullable: true }) serviceRate: number | null;
  @Field(() => Float, { nullable: true }) employmentRate: number | null;
  @Field(() => [CohortRatesModel], { description: 'Each cohort (graduation year) on its own, up to the date\'s year' }) byCohort: CohortRatesModel[];
}

@ObjectType({ description: '“四个一”覆盖情况（定义同“四个一”服务：劳动年龄内未就业的人）' })
export class FourOnesCoverageModel {
  @Field(() => Int) year: number;
  @Field(() => Int, { description: 'Working-age people not employed (the denominator)' }) population: number;
  @Field(() => Int, { description: 'With a basic information check in the year' }) checked: number;
  @Field(() => Int) wantingWork: number;
  @Field(() => Int) assessed: number;
  @Field(() => Int) registered: number;
  @Field(() => Int) served: number;
  @Field(() => Int, { description: 'Checked, and if wanting work also assessed, registered and served (the numerator)' }) complete: number;
  @Field(() => Float, { nullable: true, description: 'checked / population' }) checkRate: number | null;
  @Field(() => Float, { nullable: true, description: 'complete / population' }) coverageRate: number | null;
}

@ObjectType({ description: '稳定就业：当年开始的就业登记在第N个月时仍在岗的比例（规则见 retention.ts）' })
export class RetentionFigureModel {
  @Field(() => Int) months: number;
  @Field(() => Int) retained: number;
  @Field(() => Int) left: number;
  @Field(() => Int, { description: 'Due but not confirmed either way: in the denominator, never the numerator' }) unknown: number;
  @Field(() => Int, { description: 'Not yet N months old on the date: not counted' }) notDue: number;
  @Field(() => Float, { nullable: true, description: 'retained / (retained + left + unknown)' }) rate: number | null;
}

@ObjectType({ description: '优先群体：登记人数、在岗人数、本年得到服务人数' })
export class PriorityGroupCountModel {
  @Field(() => PriorityGroup) group: PriorityGroup;
  @Field(() => Int, { description: 'People registered in the group (a person in two groups counts in each)' }) registered: number;
  @Field(() => Int, { description: 'Of them, holding a genuine placement on the date' }) employed: number;
  @Field(() => Int, { description: 'Of them, served from 1 January of the date\'s year to the date' }) served: number;
}

@ObjectType({ description: '公益性岗位安排残疾人情况' })
export class PublicWelfareModel {
  @Field(() => Int) disabledHires: number;
  @Field(() => Int, { nullable: true, description: 'New public-welfare posts reported by staff; null when none reported' }) totalPosts: number | null;
  @Field(() => Float, { nullable: true }) share: number | null;
}

@ObjectType({ description: '方案设定的一项目标及其完成情况（年度目标对该年数字，县区目标对该县区数字，行动方向目标对该方向数字）' })
export class TargetProgressModel {
  @Field(() => PlanMetric) metric: PlanMetric;
  @Field(() => Int, { description: 'The plan\'s number: people for NEW_EMPLOYMENT, percent for the rates' }) target: number;
  @Field(() => Int, { nullable: true, description: 'The year the target is for; null for the whole period' }) year: number | null;
  @Field(() => String, { nullable: true, description: 'The county the target is for; null for the whole city' }) countyCode: string | null;
  @Field(() => ActionLine, { nullable: true, description: 'The action line the target is for; null for all' }) actionLine: ActionLine | null;
  @Field({ description: 'Where in the plan\'s text the target is set (section and words)' }) source: string;
  @Field(() => String, { nullable: true, description: 'First day the figure counts (YYYY-MM-DD); null when the target\'s year has not begun' }) from: string | null;
  @Field(() => String, { nullable: true, description: 'Last day the figure counts (YYYY-MM-DD); null when the target\'s year has not begun' }) to: string | null;
  @Field(() => Float, { nullable: true, description: 'People newly employed (each once, confirmed fakes left out) for NEW_EMPLOYMENT; the rate (0 to 1) for the rates; null with no figure' })
  figure: number | null;
  @Field(() => Float, { nullable: true, description: 'The figure against the target (1 = reached); null with no figure' }) achievedShare: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the figure reaches the target; null with no figure' }) met: boolean | null;
}

@ObjectType({ description: '行动方案仪表盘' })
export class DashboardModel {
  @Field(() => ActionPlan, { nullable: true, description: 'The plan shown: the one asked for, the one in force on the date, or with none in force the last one that ended; null when there is no plan at all' })
  plan: ActionPlan | null;
  @Field({ description: 'The date the figures are as of (YYYY-MM-DD, Xinyang)' }) asOf: string;
  @Field(() => PlanStatus, { nullable: true, description: 'Where the plan shown stands on the date; null when no plan is in force' }) planStatus: PlanStatus | null;
  @Field({ description: 'True when no plan was asked for and none is in force on the date: the figures are this year\'s to the date' }) noPlanInForce: boolean;
  @Field({ description: 'First day counted' }) periodStart: string;
  @Field({ description: 'Last day counted' }) periodEnd: string;
  @Field(() => String, { nullable: true, description: 'The county shown, or null for the whole city' }) countyCode: string | null;
  @Field(() => Float, { description: 'Share of the plan period that has passed on the date (1 once ended; 0 with no plan in force)' }) elapsedShare: number;
  @Field(() => Int, { nullable: true, description: 'The plan\'s new-employment target for the area shown, where its text sets one' }) target: number | null;
  @Field(() => Float, { nullable: true }) achievedShare: number | null;
  @Field(() => YearlyPaceModel, { nullable: true, description: 'With no plan in force: this year against the last plan\'s yearly pace (derived)' }) yearlyPace: YearlyPaceModel | null;
  @Field(() => Float, { nullable: true, description: 'The plan\'s graduate service rate target (0 to 1), if set' }) graduateServiceRateTarget: number | null;
  @Field(() => Float, { nullable: true, description: 'The plan\'s graduate employment rate target (0 to 1), if set' }) graduateEmploymentRateTarget: number | null;
  @Field(() => Float, { nullable: true, description: 'The plan\'s public-welfare share target (0 to 1), if set' }) publicWelfareShareTarget: number | null;
  @Field(() => PlacementBreakdownModel) placements: PlacementBreakdownModel;
  @Field(() => GraduateRatesModel) graduates: GraduateRatesModel;
  @Field(() => PublicWelfareModel) publicWelfare: PublicWelfareModel;
  @Field(() => [PriorityGroupCountModel], { description: 'Each priority group in the area shown, as of the period\'s last day' }) priorityGroups: PriorityGroupCountModel[];
  @Field(() => [TargetProgressModel], { description: 'Every target the plan sets for the area shown (a county: its own), each against its own figure; empty with no plan in force' })
  targetProgress: TargetProgressModel[];
}

@ObjectType()
export class QuarterlyRowModel {
  @Field() countyCode: string;
  @Field() countyName: string;
  @Field(() => Int) quarter: number;
  @Field(() => Int) yearToDate: number;
  @Field(() => Int, { nullable: true, description: 'Since the plan began; null when no plan covers the quarter' }) planToDate: number | null;
  @Field(() => [CountModel]) byActionLine: CountModel[];
}

@ObjectType()
export class QuarterlyTotalsModel {
  @Field(() => Int) quarter: number;
  @Field(() => Int) yearToDate: number;
  @Field(() => Int, { nullable: true }) planToDate: number | null;
}

@ObjectType({ description: '季度报表' })
export class QuarterlyReportModel {
  @Field(() => Int) year: number;
  @Field(() => Int) quarter: number;
  @Field() from: string;
  @Field() to: string;
  @Field(() => String, { nullable: true }) countyCode: string | null;
  @Field(() => [QuarterlyRowModel]) rows: QuarterlyRowModel[];
  @Field(() => QuarterlyTotalsModel) totals: QuarterlyTotalsModel;
  @Field(() => [CountModel]) byActionLine: CountModel[];
  @Field(() => [CountModel]) byForm: CountModel[];
  @Field(() => [CountModel]) byCategory: CountModel[];
  @Field(() => ActionPlan, { nullable: true, description: 'The plan reported on: the one asked for, else the one covering the quarter' }) plan: ActionPlan | null;
  @Field(() => TargetProgressModel, { nullable: true, description: 'The plan\'s new-employment target for the quarter\'s year and the area reported on, against the year to date; null when the plan sets none' })
  yearTarget: TargetProgressModel | null;
  @Field(() => FourOnesCoverageModel, { description: '"Four ones" coverage of the quarter\'s year' }) fourOnes: FourOnesCoverageModel;
  @Field(() => [CohortRatesModel], { description: 'Graduate cohorts of the quarter\'s year and the year before, as of the quarter\'s last day' }) graduateCohorts: CohortRatesModel[];
  @Field(() => PublicWelfareModel, { description: 'Public-welfare posts from 1 January to the quarter\'s last day' }) publicWelfare: PublicWelfareModel;
  @Field(() => [RetentionFigureModel], { description: 'Retention at 6 and 12 months of placements started from 1 January, as of the quarter\'s last day' }) retention: RetentionFigureModel[];
  @Field({ description: 'Download link for the Excel workbook' }) exportUrl: string;
}
