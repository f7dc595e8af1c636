// Shapes that are not rows: service offers, eligibility, the live overview and the outcomes.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EventService } from './event-vocab.js';

@ObjectType({ description: '提供的服务及数量' })
export class ServiceOffer {
  @Field(() => EventService) service: EventService;
  @Field(() => Int) quantity: number;
}

@ObjectType({ description: '报名资格' })
export class Eligibility {
  @Field() eligible: boolean;
  @Field(() => [String], { description: 'Why not, in the reader\'s language' }) reasons: string[];
}

@ObjectType()
export class ServiceBalanceModel {
  @Field(() => EventService) service: EventService;
  @Field(() => Int) requested: number;
  @Field(() => Int) offered: number;
  @Field(() => Int, { description: 'Requests beyond what is on offer' }) shortage: number;
}

@ObjectType()
export class BoothCounts {
  @Field(() => Int) invited: number;
  @Field(() => Int) applied: number;
  @Field(() => Int) approved: number;
  @Field(() => Int) declined: number;
  @Field(() => Int) withdrawn: number;
  @Field(() => Int) limit: number;
}

@ObjectType({ description: '招聘会实时概况' })
export class EventOverviewModel {
  @Field(() => Int) registered: number;
  @Field(() => Int) waitlisted: number;
  @Field(() => Int) cancelled: number;
  @Field(() => Int) checkedIn: number;
  @Field(() => [ServiceBalanceModel]) services: ServiceBalanceModel[];
  @Field(() => BoothCounts) booths: BoothCounts;
}

@ObjectType()
export class EmployerOutcomeModel {
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field(() => Int) applications: number;
  @Field(() => Int) interviews: number;
  @Field(() => Int) offers: number;
  @Field(() => Int) hires: number;
}

@ObjectType({ description: '招聘会成效' })
export class EventOutcomesModel {
  @Field(() => Int) registered: number;
  @Field(() => Int) attended: number;
  @Field(() => Int) applications: number;
  @Field(() => Int) interviews: number;
  @Field(() => Int) offers: number;
  @Field(() => Int) hires: number;
  @Field(() => [EmployerOutcomeModel]) employers: EmployerOutcomeModel[];
  @Field({ description: 'Download link for the Excel workbook' }) exportUrl: string;
}
