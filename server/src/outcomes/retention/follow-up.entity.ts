import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FollowUpSource, FollowUpStatus } from '../outcomes-vocab.js';

@ObjectType({ description: '就业回访：第N个月是否仍在岗（每个月份每个来源一条，后一次回答取代前一次）' })
@Entity('placement_follow_up')
export class PlacementFollowUp {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') placementId: string;
  @Field(() => Int, { description: 'Months after the start date' }) @Column('smallint') month: number;
  @Field(() => FollowUpStatus) @Column({ type: 'text' }) status: FollowUpStatus;
  @Field(() => FollowUpSource) @Column({ type: 'text' }) source: FollowUpSource;
  @Field({ description: 'YYYY-MM-DD: when the answer was given' }) @Column({ type: 'date' }) checkedOn: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last day in the job (LEFT only)' })
  @Column({ type: 'date', nullable: true }) leftOn: string | null;
  @Field() @Column() note: string;
  @Column({ type: 'uuid', nullable: true }) recordedBy: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
