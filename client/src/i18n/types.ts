// What both message files must provide: plain strings by key (zh-CN.ts defines the keys) and a label
// for every value of every domain enum the screens show, except the vocabulary (job demands, workplace supports,
// forms of employment and levels of education), whose words come from the server's vocabulary module
// (gql/vocabulary.ts, generated).
import type {
  ApplicationStatus, ConsentPurpose, DisabilityCategory, Education, EmploymentForm, EmploymentStatus, Gender,
  InterviewAccommodation, JobDemand, OrganizationType, PostingStatus, PriorityGroup, Residence, VerificationStatus,
  WorkplaceSupport,
} from '../gql/graphql';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export interface EnumLabels {
  ApplicationStatus: Record<ApplicationStatus, string>;
  ConsentPurpose: Record<ConsentPurpose, string>;
  DisabilityCategory: Record<DisabilityCategory, string>;
  DisabilityLevel: Record<'1' | '2' | '3' | '4', string>;
  EmploymentStatus: Record<EmploymentStatus, string>;
  Gender: Record<Gender, string>;
  InterviewAccommodation: Record<InterviewAccommodation, string>;
  OrganizationType: Record<OrganizationType, string>;
  /** postings(sort:) no screen sends any more (search uses searchPostings): codegen no longer emits its type. */
  PostingSort: Record<'NEWEST' | 'DEADLINE' | 'SALARY', string>;
  PostingStatus: Record<PostingStatus, string>;
  PriorityGroup: Record<PriorityGroup, string>;
  Residence: Record<Residence, string>;
  VerificationStatus: Record<VerificationStatus, string>;
}

/** Labels the screens show, the vocabulary's included. */
export interface AllEnumLabels extends EnumLabels {
  JobDemand: Record<JobDemand, string>;
  WorkplaceSupport: Record<WorkplaceSupport, string>;
  Education: Record<Education, string>;
  EmploymentForm: Record<EmploymentForm, string>;
}

export type EnumName = keyof AllEnumLabels;
