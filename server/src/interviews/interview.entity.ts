import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { InterviewAccommodation } from '../common/domain.js';
import {
  AccommodationStatus, InterviewMode, InterviewOutcome, InterviewStatus, ServiceRequestKind, ServiceRequestStatus, VenueAccess,
} from './interview-vocab.js';

@ObjectType({ description: '面试安排' })
@Entity('interview')
export class Interview {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') applicationId: string;
  @Field({ description: 'When it starts (shown in China time, Asia/Shanghai)' }) @Column({ type: 'timestamptz' }) startsAt: Date;
  @Field(() => Int) @Column('smallint') durationMinutes: number;
  @Field(() => InterviewMode) @Column({ type: 'text' }) mode: InterviewMode;
  @Field({ description: 'Address and room (in person)' }) @Column() place: string;
  @Field(() => [VenueAccess]) @Column('text', { array: true }) accessFeatures: VenueAccess[];
  @Field({ description: 'More about the way in: floor, lift, entrance' }) @Column() accessNote: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) onlineUrl: string | null;
  @Field({ description: 'How to reach the employer by text (SMS number, WeChat, e-mail)' }) @Column() contact: string;
  @Field() @Column() message: string;
  @Field(() => InterviewStatus) @Column({ type: 'text' }) status: InterviewStatus;
  @Field(() => String, { nullable: true, description: 'The seeker\'s note when asking for another time' }) @Column({ type: 'text', nullable: true }) seekerNote: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) cancelReason: string | null;
  @Field(() => InterviewOutcome, { nullable: true }) @Column({ type: 'text', nullable: true }) outcome: InterviewOutcome | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) outcomeNote: string | null;
  @Column({ type: 'timestamptz', nullable: true }) remindedAt: Date | null;
  @Column('uuid') createdBy: string;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@ObjectType({ description: '面试便利的落实情况' })
@Entity('interview_accommodation')
export class InterviewAccommodationItem {
  @PrimaryColumn('uuid') interviewId: string;
  @Field(() => InterviewAccommodation) @PrimaryColumn({ type: 'text' }) accommodation: InterviewAccommodation;
  @Field(() => AccommodationStatus) @Column({ type: 'text' }) status: AccommodationStatus;
  @Field({ description: 'How it is arranged, or why it cannot be' }) @Column() arrangement: string;
  @Field() @Column({ type: 'timestamptz' }) updatedAt: Date;
}

@ObjectType({ description: '残联服务申请（如手语翻译）' })
@Entity('service_request')
export class ServiceRequest {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ServiceRequestKind) @Column({ type: 'text' }) kind: ServiceRequestKind;
  @Column('uuid') seekerId: string;
  @Field() @Column({ type: 'varchar', length: 6 }) countyCode: string;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) interviewId: string | null;
  @Field() @Column() note: string;
  @Field(() => ServiceRequestStatus) @Column({ type: 'text' }) status: ServiceRequestStatus;
  @Column('uuid') requestedBy: string;
  @Column({ type: 'uuid', nullable: true }) handledBy: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) handledNote: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) handledAt: Date | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
