// GraphQL shapes of the priority outreach lists.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PriorityGroup } from '../../common/domain.js';
import { Paginated } from '../../common/pagination.js';
import { registerEnums } from '../../graphql/enums.js';
import { OutreachReason } from './priority-outreach.service.js';

registerEnums([[OutreachReason, 'OutreachReason', '列入帮扶名单的原因']]);

@ObjectType({ description: '优先群体中未就业或本年未得到服务的人（姓名已隐去）' })
export class OutreachPersonModel {
  @Field(() => ID) seekerId: string;
  @Field({ description: 'Surname and stars, e.g. 张*' }) maskedName: string;
  @Field() countyCode: string;
  @Field() countyName: string;
  @Field(() => [PriorityGroup]) groups: PriorityGroup[];
  @Field({ description: 'Holds a genuine placement today' }) employed: boolean;
  @Field({ description: 'Served since 1 January (a ledger contact, a service record or a fair check-in)' }) served: boolean;
  @Field(() => [OutreachReason], { description: 'Why the person is listed: not employed, not served this year, or both' }) reasons: OutreachReason[];
}

export const OutreachPersonPage = Paginated(OutreachPersonModel, 'OutreachPersonPage');

@ObjectType({ description: '一个县区一个优先群体的人数' })
export class OutreachCountModel {
  @Field() countyCode: string;
  @Field() countyName: string;
  @Field(() => PriorityGroup) group: PriorityGroup;
  @Field(() => Int) registered: number;
  @Field(() => Int) notEmployed: number;
  @Field(() => Int) notServed: number;
  @Field(() => Int, { description: 'Not employed or not served: the people listed' }) listed: number;
}

@ObjectType({ description: '优先群体帮扶名单' })
export class PriorityOutreachModel {
  @Field({ description: 'Today (Xinyang): "employed" is on this day' }) asOf: string;
  @Field({ description: '1 January: "served" counts from this day to asOf' }) servedFrom: string;
  @Field(() => String, { nullable: true }) countyCode: string | null;
  @Field(() => PriorityGroup, { nullable: true }) group: PriorityGroup | null;
  @Field(() => [OutreachCountModel]) counts: OutreachCountModel[];
  @Field(() => OutreachPersonPage) people: InstanceType<typeof OutreachPersonPage>;
}
