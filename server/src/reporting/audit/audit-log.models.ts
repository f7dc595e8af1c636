// The audit-log viewer's filter and rows, and the person's own access log (who read their sensitive data, why).
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Role } from '../../common/domain.js';
import { IsCalendarDate } from '../../common/validators.js';
import { GraphQLJSON } from '../../graphql/json.scalar.js';

/** What was read, in the person's words. */
export enum SensitiveData {
  DISABILITY = 'DISABILITY', // 残疾类别、等级和需求
  CERTIFICATE_NUMBER = 'CERTIFICATE_NUMBER', // 残疾人证号
  ID_NUMBER = 'ID_NUMBER', // 身份证号
  NEEDS = 'NEEDS', // 工作中需要的支持（人才搜索）
  QUOTA_RECORD = 'QUOTA_RECORD', // 按比例就业核定中的残疾信息
  OTHER = 'OTHER',
}

/** Why it was read. */
export enum ReadPurpose {
  CASEWORK = 'CASEWORK', QUOTA_REVIEW = 'QUOTA_REVIEW', PLACEMENT_VERIFICATION = 'PLACEMENT_VERIFICATION',
  STATISTICS = 'STATISTICS', APPLICATION_REVIEW = 'APPLICATION_REVIEW', CANDIDATE_MATCH = 'CANDIDATE_MATCH', OTHER = 'OTHER',
}

@InputType({ description: '审计日志筛选' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'The account that acted' })
  @IsOptional() @IsUUID('all')
  actorUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the acting account\'s name' })
  @IsOptional() @IsString() @MaxLength(50)
  actor?: string | null;

  @Field(() => ID, { nullable: true, description: 'A job seeker the entry is about (their profile, or a placement of theirs)' })
  @IsOptional() @IsUUID('all')
  seekerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name of whom or what the entry is about' })
  @IsOptional() @IsString() @MaxLength(50)
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'READ_SENSITIVE, STAFF_ACTION, ADMIN_ACTION, SIGN_IN_FAILED, CONSENT, …' })
  @IsOptional() @Matches(/^[A-Z][A-Z_]{1,39}$/, { message: 'validation.isEnum' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'From this day (China time), YYYY-MM-DD' })
  @IsOptional() @IsCalendarDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this day inclusive (China time), YYYY-MM-DD' })
  @IsOptional() @IsCalendarDate()
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Entries about this county\'s people, organizations, postings, placements, fairs and staff' })
  @IsOptional() @IsString() @MaxLength(6)
  countyCode?: string | null;
}

@ObjectType({ description: '审计日志' })
export class AuditLogEntry {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field(() => String, { nullable: true }) actorRole: string | null;
  @Field(() => String, { nullable: true, description: 'The acting account\'s name' }) actorName: string | null;
  @Field(() => String, { nullable: true, description: 'The acting staff member\'s county; null: the whole city or not staff' }) actorCountyCode: string | null;
  @Field() action: string;
  @Field() entity: string;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field(() => String, { nullable: true, description: 'The name of whom or what the entry is about, where known' }) subjectName: string | null;
  @Field(() => String, { nullable: true }) subjectCountyCode: string | null;
  @Field(() => ID, { nullable: true, description: 'The job seeker the entry is about, if any' }) subjectSeekerId: string | null;
  @Field(() => String, { nullable: true }) field: string | null;
  @Field(() => String, { nullable: true }) purpose: string | null;
  @Field(() => GraphQLJSON) detail: unknown;
}

@ObjectType({ description: '谁查看了我的信息' })
export class DataAccessEntry {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => Role, { nullable: true }) readerRole: Role | null;
  @Field(() => String, { nullable: true, description: 'The reader\'s family name and 某 (王某)' }) readerName: string | null;
  @Field(() => String, { nullable: true, description: 'Staff: the county of their federation office; null for the city federation' }) readerCountyCode: string | null;
  @Field(() => String, { nullable: true, description: 'Employers: the organization the reader works for' }) readerOrganization: string | null;
  @Field(() => SensitiveData) data: SensitiveData;
  @Field(() => ReadPurpose) purpose: ReadPurpose;
  @Field(() => String, { nullable: true, description: 'The screen\'s request (GraphQL operation name), where recorded' }) screen: string | null;
}
