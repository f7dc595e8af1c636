// A plan as city staff enter it. Field names are the form's (planTitle, periodStart, targetValue ...) so an error
// names the field the person sees; the rules (end after start, targets whole and positive, counties of the city, no
// two plans in force on one day) are checked in PlansService.save, all at once.
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ActionLine } from '../../common/domain.js';
import { PlanMetric } from './plan-vocab.js';

@InputType()
export class PlanBasisInput {
  @Field({ description: 'The title of a document the text names as its basis' }) basisTitle: string;
  @Field(() => String, { nullable: true, description: 'Its document number (文号), if the text gives it' }) basisNumber?: string | null;
}

@InputType()
export class PlanTargetInput {
  @Field(() => PlanMetric) @IsEnum(PlanMetric) metric: PlanMetric;
  @Field(() => Int, { description: 'People for NEW_EMPLOYMENT; percent for the rates and shares' }) targetValue: number;
  @Field(() => Int, { nullable: true, description: 'Only when the text sets a number for one year' }) targetYear?: number | null;
  @Field(() => String, { nullable: true, description: 'Only when the text sets a number for one county' }) targetCounty?: string | null;
  @Field(() => ActionLine, { nullable: true, description: 'Only when the text sets a number for one action line' })
  @IsOptional() @IsEnum(ActionLine) targetLine?: ActionLine | null;
  @Field({ description: 'Where in the text the target is set (section and words)' }) targetSource: string;
}

@InputType()
export class PlanInput {
  @Field(() => ID, { nullable: true, description: 'The plan to change; leave out to add a plan' }) @IsOptional() @IsUUID() id?: string | null;
  @Field({ description: 'The title exactly as the text names it' }) planTitle: string;
  @Field(() => String, { nullable: true, description: 'Only if the text states it' }) issuingBody?: string | null;
  @Field(() => String, { nullable: true, description: 'The plan\'s own document number, only if the text states it' }) documentNumber?: string | null;
  @Field(() => [PlanBasisInput], { defaultValue: [] })
  @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => PlanBasisInput) basis: PlanBasisInput[];
  @Field({ description: 'YYYY-MM-DD' }) periodStart: string;
  @Field({ description: 'YYYY-MM-DD, the last day (included)' }) periodEnd: string;
  @Field({ defaultValue: '' }) notes: string;
  @Field(() => [PlanTargetInput])
  @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => PlanTargetInput) targets: PlanTargetInput[];
}
