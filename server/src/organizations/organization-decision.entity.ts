// One step of an organization's verification history: a staff decision with its note, or the employer resubmitting.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VerificationDecision, VerificationStatus } from '../common/domain.js';

@ObjectType({ description: '单位核验记录' })
@Entity('organization_decision')
export class OrganizationDecision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Field(() => VerificationDecision)
  @Column({ type: 'text' })
  decision: VerificationDecision;

  @Field(() => VerificationStatus)
  @Column({ type: 'text' })
  fromStatus: VerificationStatus;

  @Field(() => VerificationStatus)
  @Column({ type: 'text' })
  toStatus: VerificationStatus;

  @Field(() => String, { nullable: true, description: 'The reason or the note asking for more (shown to the employer)' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  /** The deciding staff member's county when they decided; null: the city's staff (or the employer resubmitting). */
  @Column({ type: 'varchar', length: 6, nullable: true })
  decidedByCountyCode: string | null;

  @Field(() => Int, { description: 'Published postings closed by this decision' })
  @Column({ type: 'int', default: 0 })
  closedPostings: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
