// Registers the domain vocabularies as GraphQL enums, once, before the schema is built.
import { registerEnumType } from '@nestjs/graphql';
import {
  Role, DisabilityCategory, OrganizationType, VerificationStatus, EmploymentForm, Education, PostingStatus, Gender, Residence, PriorityGroup, EmploymentStatus, ConsentPurpose, ApplicationStatus, InterviewAccommodation, ActionLine, PlacementSource, AccessPurpose,
} from '../common/domain.js';
import { JobDemand, WorkplaceSupport } from '../vocabulary/codes.js';
import { GraduateStatus, LedgerEntryKind, ServiceKind, WorkIntention } from '../casework/casework-vocab.js';
import { FlagKind, FlagStatus } from '../reporting/integrity/integrity-vocab.js';
import { ImportFormat, ImportStatus } from '../reporting/import/import-vocab.js';
import { AdministrativeLevel, ContractKind, QuotaNote, QuotaReason } from '../reporting/quota/quota-vocab.js';
import { BoothStatus, EventKind, EventMode, EventService, EventStatus, NotificationKind, RegistrationStatus } from '../events/event-vocab.js';

const enums: Array<[object, string, string]> = [
  [Role, 'Role', '用户角色'], [DisabilityCategory, 'DisabilityCategory', '残疾类别'],
  [OrganizationType, 'OrganizationType', '单位类型'], [VerificationStatus, 'VerificationStatus', '单位核验状态'],
  [EmploymentForm, 'EmploymentForm', '就业形式'], [Education, 'Education', '学历'], [JobDemand, 'JobDemand', '岗位要求'],
  [WorkplaceSupport, 'WorkplaceSupport', '无障碍支持'], [PostingStatus, 'PostingStatus', '职位状态'],
  [Gender, 'Gender', '性别'], [Residence, 'Residence', '城乡'], [PriorityGroup, 'PriorityGroup', '优先群体'],
  [EmploymentStatus, 'EmploymentStatus', '就业状态'], [ConsentPurpose, 'ConsentPurpose', '授权用途'],
  [ApplicationStatus, 'ApplicationStatus', '申请状态'], [InterviewAccommodation, 'InterviewAccommodation', '面试便利'],
  [ActionLine, 'ActionLine', '行动计划项目'], [PlacementSource, 'PlacementSource', '就业登记来源'],
  [AccessPurpose, 'AccessPurpose', '查阅目的'],
  [EventKind, 'EventKind', '招聘会类型'], [EventMode, 'EventMode', '举办方式'], [EventStatus, 'EventStatus', '招聘会状态'],
  [EventService, 'EventService', '招聘会服务'], [BoothStatus, 'BoothStatus', '展位状态'],
  [RegistrationStatus, 'RegistrationStatus', '报名状态'],
  [FlagKind, 'FlagKind', '风险提示类型'], [FlagStatus, 'FlagStatus', '风险提示状态'],
  [ServiceKind, 'ServiceKind', '“四个一”服务'], [WorkIntention, 'WorkIntention', '就业意愿'],
  [GraduateStatus, 'GraduateStatus', '毕业生状态'], [LedgerEntryKind, 'LedgerEntryKind', '台账记录类型'], [NotificationKind, 'NotificationKind', '通知类型'],
  [ContractKind, 'ContractKind', '用工方式'], [AdministrativeLevel, 'AdministrativeLevel', '行政级别'],
  [QuotaReason, 'QuotaReason', '未计入按比例就业的原因'], [QuotaNote, 'QuotaNote', '按比例就业测算说明'],
  [ImportStatus, 'SeekerImportStatus', '名册导入状态'], [ImportFormat, 'SeekerImportFormat', '名册文件格式'],
];
for (const [e, name, description] of enums) registerEnumType(e, { name, description });
