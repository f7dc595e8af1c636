// A campaign (专项行动) staff define: the plan's named projects, e.g. 二、主要措施（四）“千企万人助残就业计划”.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CampaignKind } from './campaign-vocab.js';

@ObjectType({ description: '专项行动（如“千企万人助残就业计划”“万名学子回归工程”）' })
@Entity('campaign')
export class Campaign {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'text' }) nameZh: string;
  @Field() @Column({ type: 'text' }) nameEn: string;
  @Field(() => CampaignKind) @Column({ type: 'text' }) kind: CampaignKind;
  @Field({ description: 'First day, YYYY-MM-DD' }) @Column({ type: 'date' }) startDate: string;
  @Field({ description: 'Last day (included), YYYY-MM-DD' }) @Column({ type: 'date' }) endDate: string;
  @Field(() => Int, { nullable: true, description: 'People to place in the period' }) @Column({ type: 'integer', nullable: true }) targetPeople: number | null;
  @Field(() => Int, { nullable: true, description: 'Organisations to take part' }) @Column({ type: 'integer', nullable: true }) targetOrganizations: number | null;
  @Field(() => String, { nullable: true, description: 'Where the targets are set (a document and its words); null: unverified (待核实)' })
  @Column({ type: 'text', nullable: true }) targetSource: string | null;
  @Field(() => [String], { description: 'Counties it covers; empty for the whole city' }) @Column('text', { array: true }) countyCodes: string[];
  @Field({ description: 'The plan\'s section it serves, e.g. 二、主要措施（四）' }) @Column({ type: 'text' }) source: string;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ type: 'uuid', nullable: true }) updatedBy: string | null;
  @Field() @Column({ type: 'timestamptz' }) createdAt: Date;
  @Field() @Column({ type: 'timestamptz' }) updatedAt: Date;
}
