import { Field, ObjectType } from '@nestjs/graphql';
import { InterviewAccommodation } from '../common/domain.js';
import { Interview, ServiceRequest } from './interview.entity.js';

@ObjectType({ description: 'Staff: an upcoming interview of a seeker in their county' })
export class CountyInterviewRow {
  @Field(() => Interview) interview: Interview;
  @Field() seekerName: string;
  @Field() countyCode: string;
  @Field() postingTitle: string;
  @Field() organizationName: string;
  @Field(() => [InterviewAccommodation], { description: 'Accommodations the employer has not yet confirmed or declined' })
  openAccommodations: InterviewAccommodation[];
}

@ObjectType({ description: 'Staff: one request in the service-request queue' })
export class ServiceRequestRow {
  @Field(() => ServiceRequest) request: ServiceRequest;
  @Field() seekerName: string;
  @Field(() => String, { nullable: true }) postingTitle: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field(() => Date, { nullable: true, description: 'When the interview starts' }) startsAt: Date | null;
}
