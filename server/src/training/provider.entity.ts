import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProviderKind } from './training-vocab.js';

@ObjectType({ description: '培训机构（残疾人职业培训基地、职业院校、企业、社会培训机构）' })
@Entity('training_provider')
export class TrainingProvider {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column() name: string;
  @Field(() => ProviderKind) @Column({ type: 'text' }) kind: ProviderKind;
  @Field(() => String, { nullable: true, description: 'The county whose staff manage it; null for the city' })
  @Column({ type: 'varchar', nullable: true }) countyCode: string | null;
  @Field() @Column() address: string;
  @Field() @Column() contactPhone: string;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
