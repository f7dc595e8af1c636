// What a notice is about; the notifications feature owns the list (features pass a kind when they notify).
import { Role } from '../common/domain.js';

export enum NotificationKind {
  REGISTRATION_CONFIRMED = 'REGISTRATION_CONFIRMED', WAITLISTED = 'WAITLISTED', PROMOTED = 'PROMOTED',
  EVENT_REMINDER = 'EVENT_REMINDER', EVENT_CANCELLED = 'EVENT_CANCELLED', BOOTH_DECIDED = 'BOOTH_DECIDED',
  APPLICATION_STATUS = 'APPLICATION_STATUS',
  ORGANIZATION_VERIFIED = 'ORGANIZATION_VERIFIED', ORGANIZATION_REJECTED = 'ORGANIZATION_REJECTED',
  ORGANIZATION_INFO_REQUESTED = 'ORGANIZATION_INFO_REQUESTED', ORGANIZATION_SUSPENDED = 'ORGANIZATION_SUSPENDED',
  // federation staff acted for the person (they consented to it)
  APPLIED_ON_BEHALF = 'APPLIED_ON_BEHALF', REGISTERED_ON_BEHALF = 'REGISTERED_ON_BEHALF', PROFILE_UPDATED_ON_BEHALF = 'PROFILE_UPDATED_ON_BEHALF',
  // invitations to apply: an employer invites a seeker; the seeker applies or declines
  INVITED_TO_APPLY = 'INVITED_TO_APPLY', INVITATION_ACCEPTED = 'INVITATION_ACCEPTED', INVITATION_DECLINED = 'INVITATION_DECLINED',
  // interviews and messages
  INTERVIEW_PROPOSED = 'INTERVIEW_PROPOSED', INTERVIEW_ACCEPTED = 'INTERVIEW_ACCEPTED', INTERVIEW_NEW_TIME_ASKED = 'INTERVIEW_NEW_TIME_ASKED',
  INTERVIEW_ACCOMMODATION = 'INTERVIEW_ACCOMMODATION', INTERVIEW_RESCHEDULED = 'INTERVIEW_RESCHEDULED', INTERVIEW_CANCELLED = 'INTERVIEW_CANCELLED',
  INTERVIEW_OUTCOME = 'INTERVIEW_OUTCOME', INTERVIEW_REMINDER = 'INTERVIEW_REMINDER',
  SERVICE_REQUESTED = 'SERVICE_REQUESTED', SERVICE_REQUEST_HANDLED = 'SERVICE_REQUEST_HANDLED',
  NEW_MESSAGE = 'NEW_MESSAGE', THREAD_INVITED = 'THREAD_INVITED', MESSAGE_REPORTED = 'MESSAGE_REPORTED', THREAD_CLOSED = 'THREAD_CLOSED',
  // new postings that match a seeker's saved search (a daily digest or an instant alert)
  NEW_MATCHING_JOBS = 'NEW_MATCHING_JOBS',
  // the employer's side of an application, and staff's verification queue
  APPLICATION_RECEIVED = 'APPLICATION_RECEIVED', APPLICATION_WITHDRAWN = 'APPLICATION_WITHDRAWN',
  ORGANIZATION_AWAITING_VERIFICATION = 'ORGANIZATION_AWAITING_VERIFICATION',
  // the employer's quota-review pack (issue 15): submitted to staff; confirmed or returned to the employer
  QUOTA_REVIEW_SUBMITTED = 'QUOTA_REVIEW_SUBMITTED', QUOTA_REVIEW_CONFIRMED = 'QUOTA_REVIEW_CONFIRMED', QUOTA_REVIEW_RETURNED = 'QUOTA_REVIEW_RETURNED',
  // follow-ups of a placement: "still working here?" to the person and the employer; a "left" answer to the county's staff
  PLACEMENT_CHECK_IN = 'PLACEMENT_CHECK_IN', EMPLOYER_CHECK_IN = 'EMPLOYER_CHECK_IN', CHECK_IN_LEFT_REPORTED = 'CHECK_IN_LEFT_REPORTED',
  // staff recorded a follow-up of a placement: what they recorded, to the person and to the employer
  FOLLOW_UP_RECORDED = 'FOLLOW_UP_RECORDED', EMPLOYER_FOLLOW_UP_RECORDED = 'EMPLOYER_FOLLOW_UP_RECORDED',
  // integrity checks: new flags to the county's staff; a finding staff confirmed, with its evidence, to the employer
  INTEGRITY_FLAGS_RAISED = 'INTEGRITY_FLAGS_RAISED', INTEGRITY_FINDING_CONFIRMED = 'INTEGRITY_FINDING_CONFIRMED',
  // quarterly reports: a county signs one (to the city), the city returns it with a reason (to the county)
  QUARTERLY_REPORT_SUBMITTED = 'QUARTERLY_REPORT_SUBMITTED', QUARTERLY_REPORT_RETURNED = 'QUARTERLY_REPORT_RETURNED',
  // skills training: staff enrolled the person (they consented to it); staff recorded the person's completion; staff
  // withdrew the person from a course (with the reason); staff cancelled a course the person was enrolled in
  ENROLLED_ON_BEHALF = 'ENROLLED_ON_BEHALF', TRAINING_COMPLETION_RECORDED = 'TRAINING_COMPLETION_RECORDED',
  TRAINING_WITHDRAWN = 'TRAINING_WITHDRAWN', COURSE_CANCELLED = 'COURSE_CANCELLED',
  // campaigns (issue 17): staff linked or unlinked an employer's posting; marked or unmarked it as a 助残类公益性岗位
  CAMPAIGN_POSTING_LINKED = 'CAMPAIGN_POSTING_LINKED', CAMPAIGN_POSTING_UNLINKED = 'CAMPAIGN_POSTING_UNLINKED',
  WELFARE_POST_MARKED = 'WELFARE_POST_MARKED', WELFARE_POST_UNMARKED = 'WELFARE_POST_UNMARKED',
  // workshops and bases (issue 17): staff linked a person's job to a workshop, or took the link away; blind massage:
  // staff recorded a person's massage qualification or an exam or continuing-education record of it
  WORKSHOP_LINKED = 'WORKSHOP_LINKED', WORKSHOP_UNLINKED = 'WORKSHOP_UNLINKED', MASSAGE_QUALIFICATION_RECORDED = 'MASSAGE_QUALIFICATION_RECORDED',
  MASSAGE_CLINIC_RECORDED = 'MASSAGE_CLINIC_RECORDED', CAMPAIGN_EVENT_LINKED = 'CAMPAIGN_EVENT_LINKED', CAMPAIGN_EVENT_UNLINKED = 'CAMPAIGN_EVENT_UNLINKED',
  // subsidies (issue 17): an employer or a person applied or withdrew a waiting application (to the county's staff); staff
  // approved or rejected it (to the applicant); an employer's claim for a hire, its withdrawal and a decision that bears on
  // the job (to the hired person: SUBSIDY_FOR_YOUR_JOB, the step in its parameters)
  SUBSIDY_APPLIED = 'SUBSIDY_APPLIED', SUBSIDY_APPROVED = 'SUBSIDY_APPROVED', SUBSIDY_REJECTED = 'SUBSIDY_REJECTED',
  SUBSIDY_WITHDRAWN = 'SUBSIDY_WITHDRAWN', SUBSIDY_FOR_YOUR_JOB = 'SUBSIDY_FOR_YOUR_JOB',
}

/** Channels a person may choose per kind; the in-app list always keeps every notice. */
export enum NotificationChannel { SMS = 'SMS', EMAIL = 'EMAIL' }

const { SEEKER, EMPLOYER, STAFF, ADMIN } = Role;

/**
 * One line per kind (a kind without one does not compile): who it goes to, which is what a person's account page
 * lists for their role, and whether it goes by SMS until the person chooses (what is urgent or decisive); email and
 * the in-app list always.
 */
export const NOTICE_KINDS: Readonly<Record<NotificationKind, { to: readonly Role[]; sms: boolean }>> = {
  REGISTRATION_CONFIRMED: { to: [SEEKER], sms: true },
  WAITLISTED: { to: [SEEKER], sms: false },
  PROMOTED: { to: [SEEKER], sms: true },
  EVENT_REMINDER: { to: [SEEKER], sms: true },
  EVENT_CANCELLED: { to: [SEEKER, EMPLOYER], sms: true },
  BOOTH_DECIDED: { to: [EMPLOYER], sms: false },
  APPLICATION_STATUS: { to: [SEEKER], sms: true },
  ORGANIZATION_VERIFIED: { to: [EMPLOYER], sms: true },
  ORGANIZATION_REJECTED: { to: [EMPLOYER], sms: true },
  ORGANIZATION_INFO_REQUESTED: { to: [EMPLOYER], sms: true },
  ORGANIZATION_SUSPENDED: { to: [EMPLOYER], sms: true },
  APPLIED_ON_BEHALF: { to: [SEEKER], sms: false },
  REGISTERED_ON_BEHALF: { to: [SEEKER], sms: false },
  PROFILE_UPDATED_ON_BEHALF: { to: [SEEKER], sms: false },
  INVITED_TO_APPLY: { to: [SEEKER], sms: false },
  INVITATION_ACCEPTED: { to: [EMPLOYER], sms: false },
  INVITATION_DECLINED: { to: [EMPLOYER], sms: false },
  INTERVIEW_PROPOSED: { to: [SEEKER], sms: true },
  INTERVIEW_ACCEPTED: { to: [EMPLOYER], sms: true },
  INTERVIEW_NEW_TIME_ASKED: { to: [EMPLOYER], sms: true },
  INTERVIEW_ACCOMMODATION: { to: [SEEKER], sms: true },
  INTERVIEW_RESCHEDULED: { to: [SEEKER], sms: true },
  INTERVIEW_CANCELLED: { to: [SEEKER, EMPLOYER], sms: true },
  INTERVIEW_OUTCOME: { to: [SEEKER], sms: true },
  INTERVIEW_REMINDER: { to: [SEEKER, EMPLOYER], sms: true },
  SERVICE_REQUESTED: { to: [STAFF], sms: false },
  SERVICE_REQUEST_HANDLED: { to: [EMPLOYER], sms: false },
  NEW_MESSAGE: { to: [SEEKER, EMPLOYER, STAFF], sms: false },
  THREAD_INVITED: { to: [STAFF], sms: false },
  MESSAGE_REPORTED: { to: [STAFF], sms: false },
  THREAD_CLOSED: { to: [SEEKER, EMPLOYER], sms: false },
  NEW_MATCHING_JOBS: { to: [SEEKER], sms: false },
  APPLICATION_RECEIVED: { to: [EMPLOYER], sms: false },
  APPLICATION_WITHDRAWN: { to: [EMPLOYER], sms: false },
  ORGANIZATION_AWAITING_VERIFICATION: { to: [STAFF, ADMIN], sms: false },
  QUOTA_REVIEW_SUBMITTED: { to: [STAFF], sms: false },
  QUOTA_REVIEW_CONFIRMED: { to: [EMPLOYER], sms: false },
  QUOTA_REVIEW_RETURNED: { to: [EMPLOYER], sms: true },
  PLACEMENT_CHECK_IN: { to: [SEEKER], sms: true },
  EMPLOYER_CHECK_IN: { to: [EMPLOYER], sms: false },
  CHECK_IN_LEFT_REPORTED: { to: [STAFF], sms: false },
  FOLLOW_UP_RECORDED: { to: [SEEKER], sms: false },
  EMPLOYER_FOLLOW_UP_RECORDED: { to: [EMPLOYER], sms: false },
  INTEGRITY_FLAGS_RAISED: { to: [STAFF], sms: false },
  INTEGRITY_FINDING_CONFIRMED: { to: [EMPLOYER], sms: true },
  QUARTERLY_REPORT_SUBMITTED: { to: [STAFF], sms: false },
  QUARTERLY_REPORT_RETURNED: { to: [STAFF], sms: false },
  ENROLLED_ON_BEHALF: { to: [SEEKER], sms: false },
  TRAINING_COMPLETION_RECORDED: { to: [SEEKER], sms: true },
  TRAINING_WITHDRAWN: { to: [SEEKER], sms: true },
  COURSE_CANCELLED: { to: [SEEKER], sms: true },
  CAMPAIGN_POSTING_LINKED: { to: [EMPLOYER], sms: false },
  CAMPAIGN_POSTING_UNLINKED: { to: [EMPLOYER], sms: false },
  WELFARE_POST_MARKED: { to: [EMPLOYER], sms: false },
  WELFARE_POST_UNMARKED: { to: [EMPLOYER], sms: false },
  WORKSHOP_LINKED: { to: [SEEKER], sms: false },
  WORKSHOP_UNLINKED: { to: [SEEKER], sms: false },
  MASSAGE_QUALIFICATION_RECORDED: { to: [SEEKER], sms: false },
  MASSAGE_CLINIC_RECORDED: { to: [EMPLOYER], sms: false },
  CAMPAIGN_EVENT_LINKED: { to: [EMPLOYER], sms: false },
  CAMPAIGN_EVENT_UNLINKED: { to: [EMPLOYER], sms: false },
  SUBSIDY_APPLIED: { to: [STAFF], sms: false },
  SUBSIDY_APPROVED: { to: [EMPLOYER, SEEKER], sms: true },
  SUBSIDY_REJECTED: { to: [EMPLOYER, SEEKER], sms: true },
  SUBSIDY_WITHDRAWN: { to: [STAFF], sms: false },
  // by SMS too: a person who does not work there (a fake arrangement, plan 三（六）) hears that a subsidy is claimed on them
  SUBSIDY_FOR_YOUR_JOB: { to: [SEEKER], sms: true },
};

/** The channels a kind goes on until the person chooses. */
export function defaultChannels(kind: string): NotificationChannel[] {
  return NOTICE_KINDS[kind as NotificationKind]?.sms ? [NotificationChannel.SMS, NotificationChannel.EMAIL] : [NotificationChannel.EMAIL];
}

/** The kinds a person of this role can receive: those their account page lists. */
export function kindsFor(role: Role): NotificationKind[] {
  return (Object.keys(NOTICE_KINDS) as NotificationKind[]).filter((k) => NOTICE_KINDS[k].to.includes(role));
}
