// Shapes that are not rows: coverage per county, ledger rows and follow-up states.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraduatePlan } from './casework.entities.js';

@ObjectType({ description: '“四个一”覆盖情况（按县区）' })
export class CoverageRowModel {
  @Field() countyCode: string;
  @Field(() => Int, { description: 'Working-age people not employed, in the system' }) population: number;
  @Field(() => Int, { description: 'Had the information check this year' }) checked: number;
  @Field(() => Int, { description: 'Want work (per the check)' }) wantingWork: number;
  @Field(() => Int) assessed: number;
  @Field(() => Int) registered: number;
  @Field(() => Int) served: number;
  @Field(() => Int, { description: 'Had every service they are due' }) complete: number;
}

@ObjectType()
export class FollowUpStateModel {
  @Field(() => Int) month: number;
  @Field() dueDate: string;
  @Field() done: boolean;
  @Field() overdue: boolean;
}

@ObjectType({ description: '毕业生台账一行' })
export class LedgerRowModel {
  @Field(() => ID) seekerId: string;
  @Field() name: string;
  @Field() countyCode: string;
  @Field(() => Int) graduateYear: number;
  @Field(() => String, { nullable: true }) graduateSchool: string | null;
  @Field(() => GraduatePlan, { nullable: true }) plan: GraduatePlan | null;
  @Field(() => Int) contacts: number;
  @Field(() => Int) services: number;
  @Field(() => Int) referrals: number;
  @Field(() => Int) fairsAttended: number;
  @Field(() => String, { nullable: true }) lastContactDate: string | null;
  @Field(() => ID, { nullable: true }) placementId: string | null;
  @Field(() => String, { nullable: true }) placementStart: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field(() => [FollowUpStateModel]) followUps: FollowUpStateModel[];
}

@ObjectType()
export class LedgerPage {
  @Field(() => [LedgerRowModel]) items: LedgerRowModel[];
  @Field(() => Int) total: number;
  @Field(() => Int) page: number;
  @Field(() => Int) pageSize: number;
}

@ObjectType({ description: 'A staff member who may be a seeker\'s job coach' })
export class CoachCandidateModel {
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'The county they serve; null for the whole city' }) countyCode: string | null;
}

@ObjectType({ description: 'A seeker\'s job coach (就业辅导员): a staff member' })
export class JobCoachModel {
  @Field(() => ID) coachUserId: string;
  @Field() coachName: string;
  @Field() assignedAt: Date;
}
