import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CertificateKind, EnrolmentStatus } from './training-vocab.js';

@ObjectType({ description: '培训报名（含考勤、结业和证书）' })
@Entity('training_enrolment')
export class TrainingEnrolment {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') courseId: string;
  @Field(() => ID) @Column('uuid') seekerId: string;
  @Field(() => EnrolmentStatus) @Column({ type: 'text' }) status: EnrolmentStatus;
  /** Federation staff who enrolled the person for them (代办), and the office they acted for (NULL: the city). */
  @Column({ type: 'uuid', nullable: true }) onBehalfBy: string | null;
  @Column({ type: 'varchar', length: 6, nullable: true }) onBehalfCountyCode: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;
  /** Staff who withdrew the person (NULL: the person withdrew), the office they acted for (NULL: the city), and why. */
  @Column({ type: 'uuid', nullable: true }) withdrawnBy: string | null;
  @Column({ type: 'varchar', length: 6, nullable: true }) withdrawnByCountyCode: string | null;
  @Field(() => String, { nullable: true, description: 'Why staff withdrew the person; null when the person withdrew' })
  @Column({ type: 'text', nullable: true }) withdrawReason: string | null;
  /** Attendance counted before the register (undated; see the migration TrainingRegister1767400000000). */
  @Column('int') carriedAttended: number;
  @Column('int') carriedHeld: number;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) completedBy: string | null;
  @Field(() => CertificateKind, { nullable: true }) @Column({ type: 'text', nullable: true }) certificateKind: CertificateKind | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) certificateLevel: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) certificateNumber: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @Column({ type: 'date', nullable: true }) certificateIssuedOn: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
