import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ActionLine, ContractKind, EmploymentForm, PlacementSource } from '../common/domain.js';
import { PlacementChangeKind, PlacementEndReason } from './placement-vocab.js';

const decimal = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@ObjectType({ description: '就业登记' })
@Entity('placement')
export class Placement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  seekerId: string;

  @Field(() => ID)
  @Column('uuid')
  organizationId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  postingId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The workshop or base (美丽工坊, 辅助性就业机构 …) the person works at, when staff linked one' })
  @Column({ type: 'uuid', nullable: true })
  workshopId: string | null;

  @Field(() => EmploymentForm)
  @Column({ type: 'text' })
  employmentForm: EmploymentForm;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => PlacementEndReason, { nullable: true, description: 'Why it ended (set with the end date)' })
  @Column({ type: 'text', nullable: true })
  endReason: PlacementEndReason | null;

  @Field(() => ActionLine)
  @Column({ type: 'text' })
  actionLine: ActionLine;

  /** Staff chose or corrected the line: facts recorded later (a clinic, a qualification) never move it */
  @Column({ default: false })
  actionLineChosen: boolean;

  @Field({ description: 'The job is massage work: its posting asks for a massage skill, or staff said so when recording it' })
  @Column({ default: false })
  massageRole: boolean;

  @Field()
  @Column()
  countyCode: string;

  @Field(() => PlacementSource)
  @Column({ type: 'text' })
  source: PlacementSource;

  @Field()
  @Column()
  note: string;

  @Field({ description: 'What shows the hire is real (contract seen, social insurance record, visit)' })
  @Column({ type: 'text', default: '' })
  evidence: string;

  @Field(() => ContractKind, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contractKind: ContractKind | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  contractMonths: number | null;

  @Field(() => Float, { nullable: true, description: 'Wage actually paid, yuan a month' })
  @Column({ type: 'numeric', nullable: true, transformer: decimal })
  monthlyWage: number | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  socialInsuranceFull: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  partTime: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When staff confirmed it as not genuine; it then counts nowhere' })
  @Column({ type: 'timestamptz', nullable: true })
  excludedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The note staff gave when confirming it as not genuine' })
  @Column({ type: 'text', nullable: true })
  excludedReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  excludedBy: string | null;

  @Column({ type: 'uuid', nullable: true })
  excludedFlagId: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: '就业登记变更记录' })
@Entity('placement_change')
export class PlacementChange {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') placementId: string;
  @Field(() => PlacementChangeKind) @Column({ type: 'text' }) kind: PlacementChangeKind;
  /** [{ field, from, to }] as stored; served as PlacementFieldChange (organizations by name) */
  @Column({ type: 'jsonb' }) changes: Array<{ field: string; from: unknown; to: unknown }>;
  @Field({ description: 'Why (a correction\'s reason, an end\'s note, a flag decision\'s note)' }) @Column() reason: string;
  @Column({ type: 'uuid', nullable: true }) actorUserId: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@ObjectType({ description: 'One field a history entry changed: values as stored (codes, dates), organizations by name' })
export class PlacementFieldChange {
  @Field({ description: 'A field of Placement, e.g. startDate, employmentForm, organization' }) field: string;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}
