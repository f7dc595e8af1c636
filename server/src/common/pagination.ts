// Page input shared by every list, capped; and a factory for the page types.
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import type { Type } from '@nestjs/common';

/** The cap is also configured (PAGE_SIZE_MAX); validation rejects more than 100 outright. */
export const PAGE_SIZE_LIMIT = 100;

@InputType({ description: '分页' })
export class PageInput {
  @Field(() => Int, { defaultValue: 1 })
  @IsInt() @Min(1) @Max(100000)
  page: number = 1;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt() @Min(1) @Max(PAGE_SIZE_LIMIT)
  pageSize: number = 20;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function pageOf(input: PageInput | undefined, capped: number): { offset: number; limit: number; page: number; pageSize: number } {
  const page = input?.page ?? 1;
  const pageSize = Math.min(input?.pageSize ?? 20, capped);
  return { offset: (page - 1) * pageSize, limit: pageSize, page, pageSize };
}

export function Paginated<T>(item: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name, { isAbstract: false })
  class PageType implements Page<T> {
    @Field(() => [item]) items: T[];
    @Field(() => Int) total: number;
    @Field(() => Int) page: number;
    @Field(() => Int) pageSize: number;
  }
  return PageType as Type<Page<T>>;
}
