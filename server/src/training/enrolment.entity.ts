import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CertificateKind, EnrolmentStatus } from './training-vocab.js';

@ObjectType({ description: '培训报名（含考勤、结业和证书）' })
@Entity('training_enrolment')
export class TrainingEnrolment {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') courseId: string;
  @Field(() => ID) @Column('uuid') seekerId: string;
  @Field(() => EnrolmentStatus) @Column({ type: 'text' }) status: EnrolmentStatus;
  @Field(() => Int) @Column('int') sessionsAttended: number;
  /** Federation staff who enrolled the person for them (代办), and the office they acted for (NULL: the city). */
  @Column({ type: 'uuid', nullable: true }) onBehalfBy: string | null;
  @Column({ type: 'varchar', length: 6, nullable: true }) onBehalfCountyCode: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) completedBy: string | null;
  @Field(() => CertificateKind, { nullable: true }) @Column({ type: 'text', nullable: true }) certificateKind: CertificateKind | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) certificateLevel: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) certificateNumber: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @Column({ type: 'date', nullable: true }) certificateIssuedOn: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
