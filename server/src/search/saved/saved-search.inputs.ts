import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validators.js';
import { PostingSearchFilter } from '../search.inputs.js';
import { SavedSearchFrequency } from './saved-search.entity.js';

/** Longest name of a saved search, in characters. */
export const SAVED_SEARCH_NAME_MAX = 60;

@InputType({ description: '保存一个搜索：关键词、筛选条件、名称和提醒频率' })
export class SaveSearchInput {
  @Field(() => String, { nullable: true, description: 'At most 60 characters; made from the words and filters when left out' })
  @IsOptional() @IsString() @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The words, at most 50 characters' })
  @IsOptional() @IsString() @MaxLength(200)
  query?: string | null;

  @Field(() => PostingSearchFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => PostingSearchFilter)
  filter?: PostingSearchFilter | null;

  @Field(() => SavedSearchFrequency, { defaultValue: SavedSearchFrequency.DAILY })
  @IsOptionalNotNull() @IsEnum(SavedSearchFrequency)
  frequency: SavedSearchFrequency = SavedSearchFrequency.DAILY;
}

@InputType({ description: '修改保存的搜索：名称和提醒频率' })
export class UpdateSavedSearchInput {
  @Field(() => String, { nullable: true })
  @IsOptionalNotNull() @IsString() @MaxLength(200)
  name?: string;

  @Field(() => SavedSearchFrequency, { nullable: true })
  @IsOptionalNotNull() @IsEnum(SavedSearchFrequency)
  frequency?: SavedSearchFrequency;
}
