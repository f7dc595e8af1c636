import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ApplicationStatus, InterviewAccommodation } from '../common/domain.js';

@ObjectType({ description: '职位申请' })
@Entity('application')
export class Application {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  seekerId: string;

  @Field(() => ID)
  @Column('uuid')
  postingId: string;

  @Field()
  @Column()
  note: string;

  @Field(() => [InterviewAccommodation])
  @Column('text', { array: true })
  accommodations: InterviewAccommodation[];

  @Field()
  @Column()
  accommodationNote: string;

  @Field(() => ApplicationStatus)
  @Column({ type: 'text' })
  status: ApplicationStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The recruitment event the application was made at' })
  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  /** Federation staff who made it for the person (代办), and the office they acted for (NULL: the city). */
  @Column({ type: 'uuid', nullable: true })
  onBehalfBy: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  onBehalfCountyCode: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: '申请状态变更记录' })
@Entity('application_status_change')
export class ApplicationStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: string;

  @Column('uuid')
  applicationId: string;

  @Field(() => ApplicationStatus, { nullable: true })
  @Column({ type: 'text', nullable: true })
  fromStatus: ApplicationStatus | null;

  @Field(() => ApplicationStatus)
  @Column({ type: 'text' })
  toStatus: ApplicationStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
