// GraphQL shapes of the dashboard and the quarterly report.
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

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

@ObjectType({ description: '行动方案' })
export class ActionPlanModel {
  @Field() name: string;
  @Field({ description: 'The document the figures come from' }) source: string;
  @Field() startDate: string;
  @Field() endDate: string;
  @Field(() => Int) target: number;
  @Field(() => Float) graduateServiceRateTarget: number;
  @Field(() => Float) graduateEmploymentRateTarget: number;
  @Field(() => Float) publicWelfareShareTarget: number;
}

@ObjectType({ description: '残疾人高校毕业生服务与就业' })
export class GraduateRatesModel {
  @Field(() => Int, { description: 'Graduates of the plan years who want and can work' }) wantingAndAble: number;
  @Field(() => Int) served: number;
  @Field(() => Int) employed: number;
  @Field(() => Float, { nullable: true }) serviceRate: number | null;
  @Field(() => Float, { nullable: true }) employmentRate: number | null;
}

@ObjectType({ description: '公益性岗位安排残疾人情况' })
export class PublicWelfareModel {
  @Field(() => Int) disabledHires: number;
  @Field(() => Int, { nullable: true, description: 'New public-welfare posts reported by staff; null when none reported' }) totalPosts: number | null;
  @Field(() => Float, { nullable: true }) share: number | null;
}

@ObjectType({ description: '行动方案仪表盘' })
export class DashboardModel {
  @Field(() => ActionPlanModel) plan: ActionPlanModel;
  @Field(() => String, { nullable: true, description: 'The county shown, or null for the whole city' }) countyCode: string | null;
  @Field(() => Float, { description: 'Share of the plan period that has passed' }) elapsedShare: number;
  @Field(() => Int, { nullable: true, description: 'The city-wide target (counties have none of their own)' }) target: number | null;
  @Field(() => Float, { nullable: true }) achievedShare: number | null;
  @Field(() => PlacementBreakdownModel) placements: PlacementBreakdownModel;
  @Field(() => GraduateRatesModel) graduates: GraduateRatesModel;
  @Field(() => PublicWelfareModel) publicWelfare: PublicWelfareModel;
}

@ObjectType()
export class QuarterlyRowModel {
  @Field() countyCode: string;
  @Field() countyName: string;
  @Field(() => Int) quarter: number;
  @Field(() => Int) yearToDate: number;
  @Field(() => Int) planToDate: number;
  @Field(() => [CountModel]) byActionLine: CountModel[];
}

@ObjectType()
export class QuarterlyTotalsModel {
  @Field(() => Int) quarter: number;
  @Field(() => Int) yearToDate: number;
  @Field(() => Int) planToDate: number;
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
  @Field({ description: 'Download link for the Excel workbook' }) exportUrl: string;
}
