import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageInput } from '../../common/pagination.js';
import { IsCalendarDate } from '../../common/validators.js';

@InputType({ description: '保留岗位与安置真实性：统计期与范围' })
export class GenuinenessFilter {
  @Field({ description: 'YYYY-MM-DD: the first day of the period' }) @IsCalendarDate() from: string;
  @Field({ description: 'YYYY-MM-DD: the last day of the period; figures are counted as of this day' }) @IsCalendarDate() to: string;
  @Field(() => String, { nullable: true, description: 'County staff: their own (the default); city staff: any or all' })
  @IsOptional() countyCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'One employer (an employer\'s own users: always their organization)' })
  @IsOptional() @IsUUID() organizationId?: string | null;
  @Field(() => PageInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PageInput) page?: PageInput | null;
}
