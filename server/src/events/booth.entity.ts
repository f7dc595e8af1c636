import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BoothStatus } from './event-vocab.js';

@ObjectType({ description: '招聘会展位' })
@Entity('event_booth')
export class EventBooth {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') eventId: string;
  @Field(() => ID) @Column('uuid') organizationId: string;
  @Field(() => BoothStatus) @Column({ type: 'text' }) status: BoothStatus;
  @Field(() => [ID]) @Column('uuid', { array: true }) postingIds: string[];
  @Field() @Column() note: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) declineReason: string | null;
  @Column({ type: 'uuid', nullable: true }) decidedBy: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
