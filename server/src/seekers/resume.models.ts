// The structured résumé: its sections as GraphQL types (each class is both the object read and the input saved), the
// person's choice per section of who sees it, and the limits input is checked against.
import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Education } from '../common/domain.js';
import { IsCalendarDate } from '../common/validators.js';

export enum CertificateKind {
  /** 职业技能等级证书 / 职业资格证书 */
  VOCATIONAL = 'VOCATIONAL',
  /** 盲人保健按摩人员等级证书 */
  MASSAGE_HEALTH = 'MASSAGE_HEALTH',
  /** 盲人医疗按摩人员资格 */
  MASSAGE_MEDICAL = 'MASSAGE_MEDICAL',
  OTHER = 'OTHER',
}
registerEnumType(CertificateKind, { name: 'CertificateKind', description: '证书类别' });

export enum LanguageLevel { BASIC = 'BASIC', GOOD = 'GOOD', FLUENT = 'FLUENT', NATIVE = 'NATIVE' }
registerEnumType(LanguageLevel, { name: 'LanguageLevel', description: '语言水平' });

export enum SectionVisibility {
  /** only the person (and staff serving them) */
  PRIVATE = 'PRIVATE',
  /** also the employers of positions the person applied to (the default) */
  APPLIED_EMPLOYERS = 'APPLIED_EMPLOYERS',
}
registerEnumType(SectionVisibility, { name: 'SectionVisibility', description: '简历各部分给谁看' });

export const RESUME_SECTIONS = ['education', 'work', 'skills', 'certificates', 'languages', 'assistiveTech'] as const;
export type ResumeSection = (typeof RESUME_SECTIONS)[number];

export const RESUME_LIMITS: Record<ResumeSection, number> = {
  education: 10, work: 20, skills: 30, certificates: 20, languages: 10, assistiveTech: 20,
};

@ObjectType({ description: '教育经历' })
@InputType('EducationEntryInput')
export class EducationEntry {
  @Field() @Length(1, 100) school: string;
  @Field({ defaultValue: '' }) @MaxLength(100) major: string;
  @Field(() => Education) @IsEnum(Education) degree: Education;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsCalendarDate() enrolledOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (may be a planned date); empty while studying' }) @IsOptional() @IsCalendarDate() graduatedOn?: string | null;
}

@ObjectType({ description: '工作经历' })
@InputType('WorkEntryInput')
export class WorkEntry {
  @Field() @Length(1, 100) employerName: string;
  @Field() @Length(1, 50) jobTitle: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() startDate: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; empty for the current job' }) @IsOptional() @IsCalendarDate() endDate?: string | null;
  @Field({ defaultValue: '' }) @MaxLength(1000) duties: string;
}

@ObjectType({ description: '技能及证明' })
@InputType('SkillEntryInput')
export class SkillEntry {
  @Field() @Length(1, 50) skill: string;
  @Field({ defaultValue: '', description: 'Where it was used or how it can be shown' }) @MaxLength(500) evidence: string;
}

@ObjectType({ description: '证书' })
@InputType('CertificateEntryInput')
export class CertificateEntry {
  @Field(() => CertificateKind) @IsEnum(CertificateKind) certificateKind: CertificateKind;
  @Field() @Length(1, 100) certificateName: string;
  @Field({ defaultValue: '' }) @MaxLength(100) issuer: string;
  @Field({ description: 'YYYY-MM-DD, not in the future' }) @IsCalendarDate() issuedOn: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; empty when it does not expire' }) @IsOptional() @IsCalendarDate() expiresOn?: string | null;
}

@ObjectType({ description: '语言（含中国手语）' })
@InputType('LanguageEntryInput')
export class LanguageEntry {
  @Field({ description: 'e.g. 普通话, 中国手语, English' }) @Length(1, 30) language: string;
  @Field(() => LanguageLevel) @IsEnum(LanguageLevel) proficiency: LanguageLevel;
}

@ObjectType({ description: '使用的辅助技术' })
@InputType('AssistiveTechEntryInput')
export class AssistiveTechEntry {
  @Field({ description: 'e.g. 读屏软件（争渡）, 助听器, 电动轮椅' }) @Length(1, 50) tool: string;
  @Field({ defaultValue: '' }) @MaxLength(300) toolNote: string;
}

@ObjectType({ description: '简历各部分的可见范围' })
@InputType('ResumeVisibilityInput')
export class ResumeVisibility {
  @Field(() => SectionVisibility) @IsEnum(SectionVisibility) education: SectionVisibility;
  @Field(() => SectionVisibility) @IsEnum(SectionVisibility) work: SectionVisibility;
  @Field(() => SectionVisibility) @IsEnum(SectionVisibility) skills: SectionVisibility;
  @Field(() => SectionVisibility) @IsEnum(SectionVisibility) certificates: SectionVisibility;
  @Field(() => SectionVisibility) @IsEnum(SectionVisibility) languages: SectionVisibility;
  @Field(() => SectionVisibility, { description: 'Employers also need the person\'s consent to share disability data' })
  @IsEnum(SectionVisibility) assistiveTech: SectionVisibility;
}

export const DEFAULT_VISIBILITY: ResumeVisibility = {
  education: SectionVisibility.APPLIED_EMPLOYERS, work: SectionVisibility.APPLIED_EMPLOYERS, skills: SectionVisibility.APPLIED_EMPLOYERS,
  certificates: SectionVisibility.APPLIED_EMPLOYERS, languages: SectionVisibility.APPLIED_EMPLOYERS, assistiveTech: SectionVisibility.APPLIED_EMPLOYERS,
};

@InputType({ description: 'The whole résumé; saving replaces what was there' })
export class ResumeInput {
  @Field(() => [EducationEntry]) @ArrayMaxSize(RESUME_LIMITS.education) @ValidateNested({ each: true }) @Type(() => EducationEntry)
  education: EducationEntry[];
  @Field(() => [WorkEntry]) @ArrayMaxSize(RESUME_LIMITS.work) @ValidateNested({ each: true }) @Type(() => WorkEntry)
  work: WorkEntry[];
  @Field(() => [SkillEntry]) @ArrayMaxSize(RESUME_LIMITS.skills) @ValidateNested({ each: true }) @Type(() => SkillEntry)
  skills: SkillEntry[];
  @Field(() => [CertificateEntry]) @ArrayMaxSize(RESUME_LIMITS.certificates) @ValidateNested({ each: true }) @Type(() => CertificateEntry)
  certificates: CertificateEntry[];
  @Field(() => [LanguageEntry]) @ArrayMaxSize(RESUME_LIMITS.languages) @ValidateNested({ each: true }) @Type(() => LanguageEntry)
  languages: LanguageEntry[];
  @Field(() => [AssistiveTechEntry]) @ArrayMaxSize(RESUME_LIMITS.assistiveTech) @ValidateNested({ each: true }) @Type(() => AssistiveTechEntry)
  assistiveTech: AssistiveTechEntry[];
  @Field(() => ResumeVisibility) @ValidateNested() @Type(() => ResumeVisibility)
  visibility: ResumeVisibility;
}

@ObjectType({ description: '结构化简历；用人单位只看到本人允许的部分' })
export class Resume {
  @Field(() => [EducationEntry]) education: EducationEntry[];
  @Field(() => [WorkEntry]) work: WorkEntry[];
  @Field(() => [SkillEntry]) skills: SkillEntry[];
  @Field(() => [CertificateEntry]) certificates: CertificateEntry[];
  @Field(() => [LanguageEntry]) languages: LanguageEntry[];
  @Field(() => [AssistiveTechEntry]) assistiveTech: AssistiveTechEntry[];
  @Field(() => ResumeVisibility) visibility: ResumeVisibility;
  @Field(() => [String], { description: 'Sections the reader may not see (left empty above)' }) hiddenSections: string[];
  @Field(() => Int, { description: '0 before the first save' }) version: number;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}
