// GraphQL shape of the vocabulary: codes with their words in one language, and which support removes which demand.
import { Field, ObjectType } from '@nestjs/graphql';
import { Education, EmploymentForm } from '../common/domain.js';
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

@ObjectType({ description: '就业形式及其说法' })
export class EmploymentFormTerm {
  @Field(() => EmploymentForm) code: EmploymentForm;
  @Field({ description: 'As shown in lists and forms, e.g. 居家就业 / Work from home' }) label: string;
  @Field({ description: 'Inside a sentence, e.g. 居家就业 / home-based work' }) phrase: string;
}

@ObjectType({ description: '学历及其说法' })
export class EducationTerm {
  @Field(() => Education) code: Education;
  @Field({ description: 'As shown in lists and forms, e.g. 本科 / Bachelor’s degree' }) label: string;
  @Field({ description: 'Inside a sentence, e.g. 本科 / a bachelor’s degree (NONE: 不限 / no schooling)' }) phrase: string;
}

@ObjectType({ description: '岗位要求、无障碍支持及其关系' })
export class Vocabulary {
  @Field({ description: 'The language of the words: zh-CN or en' }) locale: string;
  @Field(() => [DemandTerm], { description: 'In the order screens list them' }) demands: DemandTerm[];
  @Field(() => [SupportTerm], { description: 'In the order screens list them' }) supports: SupportTerm[];
  @Field(() => [EmploymentFormTerm], { description: 'In the order screens list them' }) employmentForms: EmploymentFormTerm[];
  @Field(() => [EducationTerm], { description: 'From none to the highest' }) educations: EducationTerm[];
}
