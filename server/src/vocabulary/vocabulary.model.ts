// GraphQL shape of the vocabulary: codes with their words in one language, and which support removes which demand.
import { Field, ObjectType } from '@nestjs/graphql';
import { JobDemand, WorkplaceSupport } from './codes.js';

@ObjectType({ description: '岗位要求及其说法' })
export class DemandTerm {
  @Field(() => JobDemand) code: JobDemand;
  @Field({ description: 'As shown in lists and on cards, e.g. 长时间站立 / Standing for long periods' }) label: string;
  @Field({ description: 'The easy-read wording (易读版), e.g. 要站很久 / stand for a long time' }) easyRead: string;
  @Field(() => [WorkplaceSupport], { description: 'Offering any one of these removes the barrier' }) removedBy: WorkplaceSupport[];
}

@ObjectType({ description: '无障碍支持及其说法' })
export class SupportTerm {
  @Field(() => WorkplaceSupport) code: WorkplaceSupport;
  @Field({ description: 'As shown in lists and on cards, e.g. 读屏软件 / Screen reader' }) label: string;
  @Field({ description: 'The easy-read wording (易读版), e.g. 电脑有读屏软件 / a screen reader' }) easyRead: string;
}

@ObjectType({ description: '岗位要求、无障碍支持及其关系' })
export class Vocabulary {
  @Field({ description: 'The language of the words: zh-CN or en' }) locale: string;
  @Field(() => [DemandTerm], { description: 'In the order screens list them' }) demands: DemandTerm[];
  @Field(() => [SupportTerm], { description: 'In the order screens list them' }) supports: SupportTerm[];
}
