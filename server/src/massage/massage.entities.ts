import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MassageClinicKind, MassageQualificationKind, MassageRecordKind } from './massage-vocab.js';

@ObjectType({ description: '盲人按摩机构（盲人医疗按摩所、盲人保健按摩店）' })
@Entity('massage_clinic')
export class MassageClinic {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The employer the clinic is: its hires count under the blind-massage action line' }) @Column('uuid') organizationId: string;
  @Field(() => MassageClinicKind) @Column({ type: 'text' }) kind: MassageClinicKind;
  @Field({ description: 'Registration number (医疗机构执业许可证 or business registration)' }) @Column() registrationNumber: string;
  @Field() @Column() countyCode: string;
  @Field() @Column() address: string;
  @Field({ description: '医保定点: designated for medical insurance' }) @Column() medicalInsuranceDesignated: boolean;
  @Field({ description: 'YYYY-MM-DD' }) @Column({ type: 'date' }) registeredOn: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last day it worked (停业, 注销); none while it works' })
  @Column({ type: 'date', nullable: true }) endedOn: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@ObjectType({ description: '按摩资格（盲人医疗按摩人员资格证、保健按摩职业技能等级证书）' })
@Entity('massage_qualification')
export class MassageQualification {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') seekerId: string;
  @Field(() => MassageQualificationKind) @Column({ type: 'text' }) kind: MassageQualificationKind;
  @Field(() => Int, { nullable: true, description: 'Skill level 1 (一级/高级技师) to 5 (五级/初级工); none for the medical certificate' })
  @Column({ type: 'smallint', nullable: true }) skillLevel: number | null;
  @Field() @Column() issuer: string;
  @Field({ description: 'YYYY-MM-DD' }) @Column({ type: 'date' }) issuedOn: string;
  @Field({ description: "The person's county when it was recorded (who may see it)" }) @Column() countyCode: string;
  @Column({ type: 'uuid', nullable: true }) recordedBy: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@ObjectType({ description: '按摩资格的考试与继续教育记录' })
@Entity('massage_record')
export class MassageRecord {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') qualificationId: string;
  @Field(() => MassageRecordKind) @Column({ type: 'text' }) kind: MassageRecordKind;
  @Field({ description: 'YYYY-MM-DD' }) @Column({ type: 'date' }) heldOn: string;
  @Field(() => Int, { nullable: true, description: 'Hours of continuing education' }) @Column({ type: 'smallint', nullable: true }) hours: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the exam was passed' }) @Column({ type: 'boolean', nullable: true }) passed: boolean | null;
  @Field() @Column() note: string;
  @Column({ type: 'uuid', nullable: true }) recordedBy: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
