import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Figure } from '../dashboard/quarterly-figures.js';
import { SubmissionStatus } from './submissions-vocab.js';

@ObjectType({ description: '季度报表中的一个数字（键名指明栏目和指标）' })
export class FigureModel {
  @Field({ description: 'Section and figure, e.g. totals.quarter, county.411521.yearToDate, graduates.2024.employmentRate' }) key: string;
  @Field(() => Float, { nullable: true }) value: number | null;
}

@ObjectType({ description: '县区签署提交的季度报表（一个版本）：提交时的数字原样保存' })
@Entity('quarterly_submission')
export class QuarterlySubmission {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column() countyCode: string;
  @Field(() => Int) @Column('smallint') year: number;
  @Field(() => Int) @Column('smallint') quarter: number;
  @Field(() => Int, { description: '1 for the first submission; a correction or a resubmission after a return adds one' }) @Column('smallint') version: number;
  @Field(() => SubmissionStatus) @Column({ type: 'text' }) status: SubmissionStatus;
  @Field(() => [FigureModel], { description: 'The report\'s figures exactly as signed' }) @Column({ type: 'jsonb' }) figures: Figure[];
  @Field(() => ID, { description: 'The staff member who signed' }) @Column('uuid') signedBy: string;
  @Field({ description: 'Their name when they signed' }) @Column() signerName: string;
  @Field() @Column({ type: 'timestamptz' }) submittedAt: Date;
  @Column({ type: 'uuid', nullable: true }) returnedBy: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) returnedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the city returned it' }) @Column({ type: 'text', nullable: true }) returnReason: string | null;
}
