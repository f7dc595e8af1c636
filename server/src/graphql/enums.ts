// Registers enums with GraphQL, once, before the schema is built: the shared domain vocabularies (common/domain.ts)
// here; each feature registers its own with registerEnums when its module file is loaded.
import { registerEnumType } from '@nestjs/graphql';
import {
  Role, DisabilityCategory, OrganizationType, VerificationStatus, EmploymentForm, Education, PostingStatus, Gender, Residence, PriorityGroup, EmploymentStatus, ConsentPurpose, ApplicationStatus, InterviewAccommodation, ActionLine, PlacementSource, AccessPurpose, VerificationDecision,
} from '../common/domain.js';
import { JobDemand, WorkplaceSupport } from '../vocabulary/codes.js';

const enums: EnumEntry[] = [
  [Role, 'Role', '用户角色'], [DisabilityCategory, 'DisabilityCategory', '残疾类别'],
  [OrganizationType, 'OrganizationType', '单位类型'], [VerificationStatus, 'VerificationStatus', '单位核验状态'],
  [EmploymentForm, 'EmploymentForm', '就业形式'], [Education, 'Education', '学历'], [JobDemand, 'JobDemand', '岗位要求'],
  [WorkplaceSupport, 'WorkplaceSupport', '无障碍支持'], [PostingStatus, 'PostingStatus', '职位状态'],
  [Gender, 'Gender', '性别'], [Residence, 'Residence', '城乡'], [PriorityGroup, 'PriorityGroup', '优先群体'],
  [EmploymentStatus, 'EmploymentStatus', '就业状态'], [ConsentPurpose, 'ConsentPurpose', '授权用途'],
  [ApplicationStatus, 'ApplicationStatus', '申请状态'], [InterviewAccommodation, 'InterviewAccommodation', '面试便利'],
  [ActionLine, 'ActionLine', '行动计划项目'], [PlacementSource, 'PlacementSource', '就业登记来源'],
  [AccessPurpose, 'AccessPurpose', '查阅目的'], [VerificationDecision, 'VerificationDecision', '单位核验决定'],
];

/** An enum object, its GraphQL name and its description. */
export type EnumEntry = [object, string, string];

export function registerEnums(list: EnumEntry[]): void {
  for (const [e, name, description] of list) registerEnumType(e, { name, description });
}

registerEnums(enums);
