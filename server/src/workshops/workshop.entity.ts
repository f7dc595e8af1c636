import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { WorkplaceSupport } from '../vocabulary/codes.js';
import { WorkshopKind } from './workshop-vocab.js';

@ObjectType({ description: '就业工坊与基地（美丽工坊、辅助性就业机构、就业帮扶车间、农村残疾人就业基地、居家就业）' })
@Entity('workshop')
export class Workshop {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => WorkshopKind) @Column({ type: 'text' }) kind: WorkshopKind;
  @Field() @Column() name: string;
  @Field() @Column() countyCode: string;
  @Field({ description: 'Town or street (乡镇/街道)' }) @Column() town: string;
  @Field() @Column() address: string;
  @Field(() => Int, { description: 'How many people it can employ' }) @Column('int') capacity: number;
  @Field(() => [WorkplaceSupport], { description: 'The accessibility and supports it offers' }) @Column('text', { array: true }) supports: WorkplaceSupport[];
  @Field() @Column() accessibilityNote: string;
  @Field(() => [String], { description: 'Kinds of work done there, e.g. 手工编织, 电商客服' }) @Column('text', { array: true }) workKinds: string[];
  @Field({ description: 'Work can be done at home or at the doorstep (居家或家门口就业)' }) @Column() homeBased: boolean;
  @Field() @Column() description: string;
  @Field() @Column() contactName: string;
  @Field() @Column() contactPhone: string;
  @Field(() => ID, { nullable: true, description: 'The employer it belongs to, when it is registered as one' })
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  @Column('uuid') createdBy: string;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
