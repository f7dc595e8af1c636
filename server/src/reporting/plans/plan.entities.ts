// An action plan (行动方案) and its targets, as the plan's own text states them.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionLine } from '../../common/domain.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PlanMetric } from './plan-vocab.js';

@ObjectType({ description: '方案依据的文件' })
export class PlanBasisDocument {
  @Field({ description: 'The document\'s title as the plan cites it' }) title: string;
  @Field(() => String, { nullable: true, description: 'Its document number (文号), e.g. 豫政办〔2022〕106号' }) documentNumber: string | null;
}

@ObjectType({ description: '行动方案的一项目标（只记方案文本设定的目标）' })
@Entity('action_plan_target')
export class ActionPlanTarget {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) planId: string;
  @Column({ type: 'smallint' }) position: number;
  @Field(() => PlanMetric) @Column({ type: 'text' }) metric: PlanMetric;
  @Field(() => Int, { description: 'People for NEW_EMPLOYMENT; percent for the rates and shares' }) @Column({ type: 'integer' }) value: number;
  @Field(() => Int, { nullable: true, description: 'The year the target is for; null for the whole period' }) @Column({ type: 'smallint', nullable: true }) year: number | null;
  @Field(() => String, { nullable: true, description: 'The county the target is for; null for the whole city' }) @Column({ type: 'varchar', nullable: true }) countyCode: string | null;
  @Field(() => ActionLine, { nullable: true, description: 'The action line the target is for; null for all' }) @Column({ type: 'text', nullable: true }) actionLine: ActionLine | null;
  @Field({ description: 'Where in the plan\'s text the target is set (section and words)' }) @Column({ type: 'text' }) source: string;
}

@ObjectType({ description: '行动方案' })
@Entity('action_plan')
export class ActionPlan {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field({ description: 'The title exactly as the plan\'s text names it' }) @Column({ type: 'text' }) title: string;
  @Field(() => String, { nullable: true, description: 'The issuing body, only if the text states it' }) @Column({ type: 'text', nullable: true }) issuingBody: string | null;
  @Field(() => String, { nullable: true, description: 'The plan\'s own document number, only if the text states it' }) @Column({ type: 'text', nullable: true }) documentNumber: string | null;
  @Field(() => [PlanBasisDocument], { description: 'The documents the text names as its basis' }) @Column({ type: 'jsonb' }) basis: PlanBasisDocument[];
  @Field({ description: 'First day of the period, YYYY-MM-DD' }) @Column({ type: 'date' }) startDate: string;
  @Field({ description: 'Last day of the period (included), YYYY-MM-DD' }) @Column({ type: 'date' }) endDate: string;
  @Field({ description: 'Notes on what the text does and does not set' }) @Column({ type: 'text' }) notes: string;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ type: 'uuid', nullable: true }) updatedBy: string | null;
  @Field() @Column({ type: 'timestamptz' }) updatedAt: Date;
  /** Loaded with the plan (a plan has a handful). */
  targets?: ActionPlanTarget[];
}
