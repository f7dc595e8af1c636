import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EventService, RegistrationStatus } from './event-vocab.js';

@ObjectType({ description: '招聘会报名' })
@Entity('event_registration')
export class EventRegistration {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') eventId: string;
  @Field(() => ID) @Column('uuid') seekerId: string;
  @Field(() => RegistrationStatus) @Column({ type: 'text' }) status: RegistrationStatus;
  /** Arrival order at the event; the waiting list is promoted in this order. */
  @Column('bigint') arrival: string;
  /** Shown only to the seeker (and encoded in their QR code). */
  @Column() ticketCode: string;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) checkedInAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) checkedInBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) remindedAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) promotedAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  /** Federation staff who registered the person for them (代办), and the office they acted for (NULL: the city). */
  @Column({ type: 'uuid', nullable: true }) onBehalfBy: string | null;
  @Column({ type: 'varchar', length: 6, nullable: true }) onBehalfCountyCode: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@ObjectType({ description: '服务需求（手语翻译、引导、接送等）' })
@Entity('event_service_request')
export class EventServiceRequest {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') registrationId: string;
  @Field(() => EventService) @Column({ type: 'text' }) service: EventService;
  @Field() @Column() notes: string;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
