// Every value of each domain enum in the order screens list them. A Record keyed by the generated
// union makes the compiler complain when the schema gains a value nobody placed yet.
import type {
  ApplicationStatus, ConsentPurpose, DisabilityCategory, Education, EmploymentForm, EmploymentStatus, Gender,
  InterviewAccommodation, JobDemand, OrganizationType, PostingStatus, Residence, VerificationStatus,
  WorkplaceSupport,
} from '../gql/graphql';
import { VOCABULARY } from '../gql/vocabulary';

const inOrder = <T extends string>(r: Record<T, true>): readonly T[] => Object.keys(r) as T[];

export const DISABILITY_CATEGORIES = inOrder<DisabilityCategory>({
  VISUAL: true, HEARING: true, SPEECH: true, PHYSICAL: true, INTELLECTUAL: true, MENTAL: true, MULTIPLE: true,
});
export const DISABILITY_LEVELS = [1, 2, 3, 4] as const;
export const EDUCATIONS = inOrder<Education>({
  NONE: true, PRIMARY: true, JUNIOR_HIGH: true, SENIOR_HIGH: true, VOCATIONAL: true, JUNIOR_COLLEGE: true, BACHELOR: true, MASTER: true,
});
export const EMPLOYMENT_FORMS = inOrder<EmploymentForm>({
  FULL_TIME: true, PART_TIME: true, FLEXIBLE: true, HOME_BASED: true, AUXILIARY: true, PUBLIC_WELFARE: true,
});
export const EMPLOYMENT_STATUSES = inOrder<EmploymentStatus>({
  UNEMPLOYED: true, EMPLOYED: true, SELF_EMPLOYED: true, STUDENT: true, NOT_SEEKING: true,
});
export const GENDERS = inOrder<Gender>({ FEMALE: true, MALE: true });
export const RESIDENCES = inOrder<Residence>({ URBAN: true, RURAL: true });
export const INTERVIEW_ACCOMMODATIONS = inOrder<InterviewAccommodation>({
  SIGN_LANGUAGE_INTERPRETER: true, CAPTIONS: true, TEXT_INTERVIEW: true, STEP_FREE_VENUE: true, SCREEN_READER_MATERIALS: true,
  LARGE_PRINT: true, EXTRA_TIME: true, COMPANION: true, REMOTE_INTERVIEW: true, QUIET_ROOM: true,
});
/** Job demands and workplace supports in the order the server's vocabulary lists them. */
export const JOB_DEMANDS: readonly JobDemand[] = VOCABULARY['zh-CN'].demands.map((d) => d.code);
export const WORKPLACE_SUPPORTS: readonly WorkplaceSupport[] = VOCABULARY['zh-CN'].supports.map((s) => s.code);
export const ORGANIZATION_TYPES = inOrder<OrganizationType>({
  GOVERNMENT_AGENCY: true, PUBLIC_INSTITUTION: true, STATE_OWNED: true, PRIVATE: true, PLATFORM: true, SOCIAL_ORG: true,
  AUXILIARY_INSTITUTION: true,
});
export const POSTING_STATUSES = inOrder<PostingStatus>({ DRAFT: true, PUBLISHED: true, CLOSED: true });
export const APPLICATION_STATUSES = inOrder<ApplicationStatus>({
  SUBMITTED: true, REVIEWING: true, INTERVIEW: true, OFFERED: true, HIRED: true, REJECTED: true, WITHDRAWN: true,
});
export const CONSENT_PURPOSES = inOrder<ConsentPurpose>({
  SENSITIVE_DATA: true, JOB_MATCHING: true, DISCOVERABLE: true, SHARE_WITH_EMPLOYERS: true, ACT_ON_BEHALF: true,
});
export const VERIFICATION_STATUSES = inOrder<VerificationStatus>({ PENDING: true, INFO_REQUESTED: true, VERIFIED: true, REJECTED: true, SUSPENDED: true });
