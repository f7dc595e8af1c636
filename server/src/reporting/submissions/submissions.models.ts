// GraphQL shapes of the city's view of the quarter's submissions and of a comparison of two versions.
import { Field, Float, ObjectType } from '@nestjs/graphql';
import { QuarterlySubmission } from './quarterly-submission.entity.js';
import { QuarterSubmissionState } from './submissions-vocab.js';

@ObjectType({ description: '一个县区本季度的报送情况' })
export class CountySubmissionModel {
  @Field() countyCode: string;
  @Field() countyName: string;
  @Field(() => QuarterSubmissionState) state: QuarterSubmissionState;
  @Field(() => QuarterlySubmission, { nullable: true, description: 'The latest version; null when none was sent' }) latest: QuarterlySubmission | null;
}

@ObjectType({ description: '两个版本之间变化的一个数字：原值 → 新值' })
export class FigureChangeModel {
  @Field() key: string;
  @Field(() => Float, { nullable: true }) before: number | null;
  @Field(() => Float, { nullable: true }) after: number | null;
}
