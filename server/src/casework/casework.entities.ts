import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { GraduateStatus, LedgerEntryKind, ServiceKind, WorkIntention } from './casework-vocab.js';

@ObjectType({ description: '“四个一”服务记录' })
@Entity('service_record')
export class ServiceRecord {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') seekerId: string;
  @Field(() => Int) @Column('smallint') year: number;
  @Field(() => ServiceKind) @Column({ type: 'text' }) kind: ServiceKind;
  @Field({ description: 'YYYY-MM-DD' }) @Column({ type: 'date' }) serviceDate: string;
  @Field(() => WorkIntention, { nullable: true, description: 'Information checks: does the person want work?' })
  @Column({ type: 'text', nullable: true }) intention: WorkIntention | null;
  @Field() @Column() outcome: string;
  @Field() @Column() notes: string;
  @Field(() => ID) @Column('uuid') staffUserId: string;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@ObjectType({ description: '毕业生“一人一策”方案' })
@Entity('graduate_plan')
export class GraduatePlan {
  @Field(() => ID) @PrimaryColumn('uuid') seekerId: string;
  @Field(() => GraduateStatus) @Column({ type: 'text' }) status: GraduateStatus;
  @Field() @Column() wantsWork: boolean;
  @Field() @Column() ableToWork: boolean;
  @Field() @Column() plan: string;
  @Column({ type: 'uuid', nullable: true }) updatedBy: string | null;
  @Field() @Column({ type: 'timestamptz' }) updatedAt: Date;
}

@ObjectType({ description: '台账记录（联系、服务、推荐、招聘会、回访）' })
@Entity('ledger_entry')
export class LedgerEntry {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') seekerId: string;
  @Field(() => LedgerEntryKind) @Column({ type: 'text' }) kind: LedgerEntryKind;
  @Field({ description: 'YYYY-MM-DD' }) @Column({ type: 'date' }) entryDate: string;
  @Field(() => Int, { nullable: true }) @Column({ type: 'smallint', nullable: true }) followUpMonth: number | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) placementId: string | null;
  @Field() @Column() notes: string;
  @Field(() => ID) @Column('uuid') staffUserId: string;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
