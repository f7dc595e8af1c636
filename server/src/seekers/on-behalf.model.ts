// Shapes of acting for a person: an act in the person's list, and the mark on what staff made for them.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from '../notifications/notification-kind.js';

@ObjectType({ description: '残联工作人员代您办理的一件事' })
export class OnBehalfAct {
  @Field() at: Date;
  @Field(() => NotificationKind, { description: 'APPLIED_ON_BEHALF, REGISTERED_ON_BEHALF or PROFILE_UPDATED_ON_BEHALF' })
  kind: NotificationKind;
  @Field({ description: 'The staff member, by name' }) staffName: string;
  @Field({ description: 'Their office, in the reader\'s language: 罗山县残联 / Luoshan County DPF' }) office: string;
  @Field({ description: 'What was done, in words: 罗山县残联 王某 代您申请了「…」' }) text: string;
  @Field(() => ID, { nullable: true, description: 'The application or registration made (none for a profile update)' })
  targetId: string | null;
}

@ObjectType({ description: '由残联工作人员代办：谁代办的' })
export class OnBehalfMark {
  @Field({ description: 'The staff member, by name' }) staffName: string;
  @Field({ description: 'Their office, in the reader\'s language' }) office: string;
}
