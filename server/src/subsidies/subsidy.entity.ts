// The catalogue's rows (filled from subsidy-catalogue.ts at start) and applications for a subsidy with staff's decision.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Claimant, SubsidyCode } from './subsidy-catalogue.js';
import { ApplicationState } from './subsidy-vocab.js';

@Entity('subsidy')
export class SubsidyRow {
  @PrimaryColumn('text') code: SubsidyCode;
  @Column('smallint') sortOrder: number;
  @Column('text') claimant: Claimant;
  @Column() claimantStated: boolean;
  @Column() nameZh: string;
  @Column() nameEn: string;
  @Column() source: string;
  @Column() eligibilityZh: string;
  @Column() eligibilityEn: string;
  @Column() conditionsComplete: boolean;
  @Column() evaluated: boolean;
  @Column('text', { array: true }) funds: string[];
}

@ObjectType({ description: '补贴申请（单位为某次招用、所办工坊或单位本身申请，个人为本人或所参加的培训申请），及县区残联工作人员的审核或申请人的撤回' })
@Entity('subsidy_application')
export class SubsidyApplication {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => SubsidyCode) @Column('text') subsidyCode: SubsidyCode;
  @Field(() => Claimant) @Column('text') claimant: Claimant;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  /** the person: not a field (an employer reads a hire's person masked, through subjectName) */
  @Column({ type: 'uuid', nullable: true }) seekerId: string | null;
  @Field(() => ID, { nullable: true, description: 'The hire it is for' }) @Column({ type: 'uuid', nullable: true }) placementId: string | null;
  @Field(() => ID, { nullable: true, description: 'The workshop or base of the register it is for (its support)' })
  @Column({ type: 'uuid', nullable: true }) workshopId: string | null;
  @Field(() => ID, { nullable: true, description: 'The person\'s enrolment in the course it is for (training subsidies)' })
  @Column({ type: 'uuid', nullable: true }) enrolmentId: string | null;
  @Field(() => Int, { nullable: true, description: 'The quota year (超比例奖励)' }) @Column({ type: 'smallint', nullable: true }) year: number | null;
  @Field() @Column() countyCode: string;
  @Field(() => ApplicationState) @Column({ type: 'text' }) status: ApplicationState;
  @Field({ description: 'What the applicant added' }) @Column() note: string;
  /** the eligibility finding when it was submitted: { reason, facts } */
  @Column({ type: 'jsonb' }) finding: { reason: string; facts: Array<{ key: string; value: unknown }> };
  @Column('uuid') submittedBy: string;
  @Field() @Column({ type: 'timestamptz' }) submittedAt: Date;
  @Column({ type: 'uuid', nullable: true }) decidedBy: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was approved or rejected' }) @Column({ type: 'text', nullable: true }) decisionReason: string | null;
  @Field(() => Date, { nullable: true, description: 'When the applicant withdrew it (while it was waiting)' })
  @Column({ type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) withdrawnBy: string | null;
}
