import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { WorkplaceSupport } from '../vocabulary/codes.js';
import { WorkshopKind } from './workshop-vocab.js';

@InputType({ description: 'A whole workshop or base; saving replaces what was there' })
export class WorkshopInput {
  @Field(() => WorkshopKind) @IsEnum(WorkshopKind) kind: WorkshopKind;
  @Field() @Length(2, 100) name: string;
  @Field() @Length(6, 6) countyCode: string;
  @Field({ defaultValue: '' }) @MaxLength(50) town: string;
  @Field({ defaultValue: '' }) @MaxLength(200) address: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(100000) capacity: number;
  @Field(() => [WorkplaceSupport], { defaultValue: [] }) @ArrayUnique() @ArrayMaxSize(30) @IsEnum(WorkplaceSupport, { each: true }) supports: WorkplaceSupport[];
  @Field({ defaultValue: '' }) @MaxLength(1000) accessibilityNote: string;
  @Field(() => [String], { defaultValue: [] }) @ArrayUnique() @ArrayMaxSize(10) @Length(1, 30, { each: true }) workKinds: string[];
  @Field({ defaultValue: false }) @IsBoolean() homeBased: boolean;
  @Field({ defaultValue: '' }) @MaxLength(2000) description: string;
  @Field() @Length(2, 50) contactName: string;
  @Field() @Matches(/^[0-9+\-() ]{7,20}$/) contactPhone: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organizationId?: string | null;
}

@InputType()
export class WorkshopFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(6, 6) countyCode?: string;
  @Field(() => WorkshopKind, { nullable: true }) @IsOptional() @IsEnum(WorkshopKind) kind?: WorkshopKind;
  @Field(() => [WorkplaceSupport], { nullable: true, description: 'Offers every one of these' })
  @IsOptional() @ArrayMaxSize(10) @IsEnum(WorkplaceSupport, { each: true }) supports?: WorkplaceSupport[];
  @Field(() => Boolean, { nullable: true, description: 'Only places offering home-based or doorstep work' }) @IsOptional() @IsBoolean() homeBased?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Only places with room for more people' }) @IsOptional() @IsBoolean() hasRoom?: boolean;
  @Field(() => String, { nullable: true, description: 'Words in the name or the kinds of work' }) @IsOptional() @MaxLength(50) q?: string;
}
