import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLJSON } from '../../graphql/json.scalar.js';
import { FlagKind, FlagStatus } from './integrity-vocab.js';

@ObjectType({ description: '虚假安置风险提示' })
@Entity('integrity_flag')
export class IntegrityFlag {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => FlagKind) @Column({ type: 'text' }) kind: FlagKind;
  @Column() subjectKey: string;
  @Field() @Column() countyCode: string;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) seekerId: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  @Field(() => [ID]) @Column('uuid', { array: true }) placementIds: string[];
  @Field(() => GraphQLJSON) @Column({ type: 'jsonb' }) details: Record<string, unknown>;
  @Field(() => FlagStatus) @Column({ type: 'text' }) status: FlagStatus;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'uuid', nullable: true }) decidedBy: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
