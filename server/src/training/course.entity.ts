import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CertificateKind, CourseKind, CourseMode } from './training-vocab.js';

const money = { to: (v: number | null) => v, from: (v: string | null) => (v == null ? null : Number(v)) };

@ObjectType({ description: '培训课程（（十）实施残疾人职业技能提升行动）' })
@Entity('training_course')
export class TrainingCourse {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') providerId: string;
  @Field(() => CourseKind) @Column({ type: 'text' }) kind: CourseKind;
  @Field() @Column() title: string;
  @Field() @Column() description: string;
  @Field(() => [String], { description: 'Skills taught: a completion adds them to the person\'s skills' })
  @Column('text', { array: true }) skills: string[];
  @Field(() => CertificateKind, { nullable: true, description: 'What completing gives; null: no certificate (结业 only)' })
  @Column({ type: 'text', nullable: true }) certificateKind: CertificateKind | null;
  @Field({ description: 'e.g. 五级/初级工; empty when the certificate has no level' }) @Column() certificateLevel: string;
  @Field(() => String, { nullable: true, description: 'County scope; null for the whole city' })
  @Column({ type: 'varchar', nullable: true }) countyCode: string | null;
  @Field({ description: 'YYYY-MM-DD' }) @Column({ type: 'date' }) startsOn: string;
  @Field({ description: 'YYYY-MM-DD' }) @Column({ type: 'date' }) endsOn: string;
  @Field({ description: 'When it meets, e.g. 每周一至周五 9:00-16:00' }) @Column() schedule: string;
  @Field(() => Int, { description: 'Sessions (days) planned; attendance is counted against the sessions held (dates of the register, docs/counting.md)' })
  @Column('int') sessions: number;
  @Field(() => CourseMode) @Column({ type: 'text' }) mode: CourseMode;
  @Field() @Column() venueName: string;
  @Field() @Column() address: string;
  @Field({ description: '无障碍通道' }) @Column() stepFreeRoute: boolean;
  @Field({ description: '无障碍卫生间' }) @Column() accessibleToilets: boolean;
  @Field({ description: '助听环路' }) @Column() hearingLoop: boolean;
  @Field({ description: '盲道' }) @Column() tactilePaving: boolean;
  @Field() @Column() accessibilityNote: string;
  @Field({ description: '手语授课或手语翻译' }) @Column() signLanguage: boolean;
  @Field({ description: '盲文教材' }) @Column() brailleMaterials: boolean;
  @Field({ description: '大字教材' }) @Column() largePrint: boolean;
  @Field({ description: '字幕' }) @Column() captions: boolean;
  @Field(() => Float, { description: 'Fee to the person, yuan; 0 is free' }) @Column({ type: 'numeric', transformer: money }) feeYuan: number;
  @Field({ description: 'Which subsidy applies, in words (e.g. 培训费、生活费（含交通费）补贴)' }) @Column() subsidyNote: string;
  @Field(() => Float, { nullable: true, description: 'Subsidy per person, yuan, when a source states it; null: 待核实 (unverified)' })
  @Column({ type: 'numeric', nullable: true, transformer: money }) subsidyYuan: number | null;
  @Field({ description: 'The document that states the subsidy amount; empty when unverified' }) @Column() subsidySource: string;
  @Field(() => Int) @Column('int') capacity: number;
  @Field(() => Int) @Column('int') enrolledCount: number;
  @Field({ description: 'Taking enrolments' }) @Column() open: boolean;
  @Field(() => Date, { nullable: true, description: 'When staff cancelled it; null: not cancelled' })
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) cancelledBy: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was cancelled (told to everyone enrolled)' })
  @Column({ type: 'text', nullable: true }) cancelReason: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
