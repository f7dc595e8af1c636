import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DisabilityCategory, Education, EmploymentForm, PostingStatus } from '../common/domain.js';
import { JobDemand, WorkplaceSupport } from '../vocabulary/codes.js';

@ObjectType({ description: '职位' })
@Entity('posting')
export class Posting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  organizationId: string;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column()
  description: string;

  /** Stored easy-read text; the resolver falls back to one generated from the fields. */
  @Column()
  easyRead: string;

  @Field()
  @Column()
  countyCode: string;

  @Field()
  @Column()
  address: string;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Field(() => EmploymentForm)
  @Column({ type: 'text' })
  employmentForm: EmploymentForm;

  @Field(() => Int)
  @Column('int')
  openings: number;

  @Field(() => Int)
  @Column('int')
  hiredCount: number;

  @Field(() => Int, { nullable: true, description: 'Monthly pay in yuan' })
  @Column({ type: 'int', nullable: true })
  salaryMin: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  salaryMax: number | null;

  @Field(() => Education)
  @Column({ type: 'text' })
  educationRequired: Education;

  @Field(() => [String])
  @Column('text', { array: true })
  skills: string[];

  @Field({ description: '为残疾人预留的岗位' })
  @Column()
  reserved: boolean;

  @Field({ description: '放宽年龄限制' })
  @Column()
  relaxedAge: boolean;

  @Field({ description: '放宽户籍限制' })
  @Column()
  relaxedHousehold: boolean;

  @Field({ description: '放宽开考比例' })
  @Column()
  relaxedExamRatio: boolean;

  @Field()
  @Column()
  relaxationNote: string;

  @Field(() => [JobDemand])
  @Column('text', { array: true })
  demands: JobDemand[];

  @Field(() => [WorkplaceSupport])
  @Column('text', { array: true })
  supports: WorkplaceSupport[];

  @Field(() => [DisabilityCategory], { description: 'Empty means every category' })
  @Column('text', { array: true })
  suitableCategories: DisabilityCategory[];

  @Field(() => PostingStatus)
  @Column({ type: 'text' })
  status: PostingStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Send back with an update to detect concurrent edits' })
  @VersionColumn()
  version: number;
}
