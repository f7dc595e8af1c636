// Routes of the client. Each feature owns its pages; the app only places them. The action-plan charts (and
// their chart library) load only when a staff member opens them, so seekers on slow phones never download them.
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/Loading';
import { RequireRole } from '../components/session';
import { ApplyPage } from '../features/applications/ApplyPage';
import { MyApplicationsPage } from '../features/applications/MyApplicationsPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { ApplicantsPage } from '../features/employer/ApplicantsPage';
import { CandidatesPage } from '../features/employer/CandidatesPage';
import { MyPostingsPage } from '../features/employer/MyPostingsPage';
import { OrganizationPage } from '../features/employer/OrganizationPage';
import { PostingEditorPage } from '../features/employer/PostingEditorPage';
import { BoothApplyPage } from '../features/events/employer/BoothApplyPage';
import { BoothPage } from '../features/events/employer/BoothPage';
import { EmployerEventsPage } from '../features/events/employer/EmployerEventsPage';
import { NotificationsPage } from '../features/events/notifications/NotificationsPage';
import { RequireSignedIn } from '../features/events/notifications/RequireSignedIn';
import { EventApplyPage } from '../features/events/seeker/EventApplyPage';
import { EventDetailPage } from '../features/events/seeker/EventDetailPage';
import { EventsPage } from '../features/events/seeker/EventsPage';
import { MyEventsPage } from '../features/events/seeker/MyEventsPage';
import { RegisterPage } from '../features/events/seeker/RegisterPage';
import { CheckInPage } from '../features/events/staff/CheckInPage';
import { EventEditorPage } from '../features/events/staff/EventEditorPage';
import { OutcomesPage } from '../features/events/staff/OutcomesPage';
import { RegistrationsPage } from '../features/events/staff/RegistrationsPage';
import { RequireStaff } from '../features/events/staff/RequireStaff';
import { StaffEventPage } from '../features/events/staff/StaffEventPage';
import { StaffEventsPage } from '../features/events/staff/StaffEventsPage';
import { HomePage } from '../features/home/HomePage';
import { JobDetailPage } from '../features/jobs/JobDetailPage';
import { AccessLogPage } from '../features/profile/AccessLogPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { ProfileWizard } from '../features/profile/ProfileWizard';
import { ResumePage } from '../features/resume/ResumePage';
import { ResumePrintPage } from '../features/resume/ResumePrintPage';
import { RecommendedPage } from '../features/search/RecommendedPage';
import { SearchPage } from '../features/search/SearchPage';
import { SavedSearchesPage } from '../features/search/SavedSearchesPage';
import { GraduateLedgerPage } from '../features/staff/casework/GraduateLedgerPage';
import { GraduatePage } from '../features/staff/casework/GraduatePage';
import { FourOnesPage } from '../features/staff/casework/FourOnesPage';
import { SeekerServicesPage } from '../features/staff/casework/SeekerServicesPage';
import { ApplyOnBehalfPage } from '../features/applications/ApplyOnBehalfPage';
import { RegisterOnBehalfPage } from '../features/events/staff/RegisterOnBehalfPage';
import { OnBehalfProfilePage } from '../features/profile/OnBehalfProfilePage';
import { EmployerQuotaPage } from '../features/staff/quota/EmployerQuotaPage';
import { ImportPage } from '../features/staff/compliance/ImportPage';
import { ImportsPage } from '../features/staff/compliance/ImportsPage';
import { IntegrityPage } from '../features/staff/compliance/IntegrityPage';
import { GenuinenessPage } from '../features/staff/compliance/GenuinenessPage';
import { MyGenuinenessPage } from '../features/staff/compliance/MyGenuinenessPage';
import { VerificationDetailPage } from '../features/staff/verification/VerificationDetailPage';
import { VerificationQueuePage } from '../features/staff/verification/VerificationQueuePage';
import { PolicySettingsPage } from '../features/staff/quota/PolicySettingsPage';
import { QuotaListPage } from '../features/staff/quota/QuotaListPage';
import { EmployerQuotaReviewPage } from '../features/staff/quota/EmployerQuotaReviewPage';
import { QuotaReviewPage } from '../features/staff/quota/QuotaReviewPage';
import { QuotaReviewPrintPage } from '../features/staff/quota/QuotaReviewPrintPage';
import { ConfirmedQuotaReviewsPage, QuotaReviewQueuePage } from '../features/staff/quota/QuotaReviewQueuePage';
import { AuditLogPage } from '../features/staff/admin/AuditLogPage';
import { StaffUsersPage } from '../features/staff/admin/StaffUsersPage';
import { PlacementPage } from '../features/staff/placements/PlacementPage';
import { PlacementsPage } from '../features/staff/placements/PlacementsPage';
import { RecordPlacementPage } from '../features/staff/placements/RecordPlacementPage';
import { StaffHomePage } from '../features/staff/StaffHomePage';
import { FollowUpsPage } from '../features/staff/outcomes/FollowUpsPage';
import { CheckInsPage } from '../features/checkins/CheckInsPage';
import { ApplicationConversationPage } from '../features/interviews/ApplicationConversationPage';
import { CountyInterviewsPage } from '../features/interviews/CountyInterviewsPage';
import { ScheduleInterviewPage } from '../features/interviews/ScheduleInterviewPage';
import { WorkshopsPage } from '../features/workshops/WorkshopsPage';
import { WorkshopDetailPage } from '../features/workshops/WorkshopDetailPage';
import { StaffWorkshopsPage } from '../features/staff/workshops/StaffWorkshopsPage';
import { WorkshopEditorPage } from '../features/staff/workshops/WorkshopEditorPage';
import { MassagePage } from '../features/staff/massage/MassagePage';
import { MassageClinicEditPage, MassageQualificationEditPage } from '../features/staff/massage/MassageEditPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { useMark } from '../components/Lang';
import { AccountPage } from '../features/account/AccountPage';
import { DeliveriesPage } from '../features/account/DeliveriesPage';
import { ForgotPasswordPage, ResetPasswordPage } from '../features/account/PasswordResetPages';
import { CourseDetailPage } from '../features/training/seeker/CourseDetailPage';
import { CoursesPage } from '../features/training/seeker/CoursesPage';
import { MyCoursesPage } from '../features/training/seeker/MyCoursesPage';
import { CourseEditorPage } from '../features/training/staff/CourseEditorPage';
import { EnrolOnBehalfPage } from '../features/training/staff/EnrolOnBehalfPage';
import { RosterPage } from '../features/training/staff/RosterPage';
import { StaffTrainingPage } from '../features/training/staff/StaffTrainingPage';
import { EmployerTalentPage, StaffTalentPoolPage } from '../features/training/TalentPoolView';

const PlanDashboardPage = lazy(() => import('../features/staff/plan/PlanDashboardPage').then((m) => ({ default: m.PlanDashboardPage })));
const PlansPage = lazy(() => import('../features/staff/plan/PlansPage').then((m) => ({ default: m.PlansPage })));
const PlanEditorPage = lazy(() => import('../features/staff/plan/PlanEditorPage').then((m) => ({ default: m.PlanEditorPage })));
const OutcomeFiguresPage = lazy(() => import('../features/staff/outcomes/OutcomeFiguresPage').then((m) => ({ default: m.OutcomeFiguresPage })));
const QuarterlyReportPage = lazy(() => import('../features/staff/plan/QuarterlyReportPage').then((m) => ({ default: m.QuarterlyReportPage })));
const SubmissionsPage = lazy(() => import('../features/staff/plan/SubmissionsPage').then((m) => ({ default: m.SubmissionsPage })));
const OutreachPage = lazy(() => import('../features/staff/plan/OutreachPage').then((m) => ({ default: m.OutreachPage })));
const CampaignsPage = lazy(() => import('../features/staff/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const CampaignEditorPage = lazy(() => import('../features/staff/campaigns/CampaignEditorPage').then((m) => ({ default: m.CampaignEditorPage })));
const CampaignPage = lazy(() => import('../features/staff/campaigns/CampaignPage').then((m) => ({ default: m.CampaignPage })));
const CampaignPlacementsPage = lazy(() => import('../features/staff/campaigns/CampaignPlacementsPage').then((m) => ({ default: m.CampaignPlacementsPage })));
const CataloguePage = lazy(() => import('../features/subsidies/CataloguePage').then((m) => ({ default: m.CataloguePage })));
const EmployerSubsidiesPage = lazy(() => import('../features/subsidies/EmployerSubsidiesPage').then((m) => ({ default: m.EmployerSubsidiesPage })));
const MySubsidiesPage = lazy(() => import('../features/subsidies/MySubsidiesPage').then((m) => ({ default: m.MySubsidiesPage })));
const SubsidyReviewPage = lazy(() => import('../features/subsidies/SubsidyReviewPage').then((m) => ({ default: m.SubsidyReviewPage })));

function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export function AppRoutes() {
  const mark = useMark();
  return mark(
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="change-password" element={<ChangePasswordPage />} />
        <Route path="jobs" element={<SearchPage />} />
        <Route path="jobs/recommended" element={<RequireRole role="SEEKER"><RecommendedPage /></RequireRole>} />
        <Route path="saved-searches" element={<RequireRole role="SEEKER"><SavedSearchesPage /></RequireRole>} />
        <Route path="jobs/:id" element={<JobDetailPage />} />
        <Route path="jobs/:id/apply" element={<RequireRole role="SEEKER"><ApplyPage /></RequireRole>} />
        <Route path="profile" element={<RequireRole role="SEEKER"><ProfilePage /></RequireRole>} />
        <Route path="profile/access-log" element={<RequireRole role="SEEKER"><AccessLogPage /></RequireRole>} />
        <Route path="profile/edit" element={<RequireRole role="SEEKER"><ProfileWizard /></RequireRole>} />
        <Route path="profile/resume" element={<RequireRole role="SEEKER"><ResumePage /></RequireRole>} />
        <Route path="profile/resume/print" element={<RequireRole role="SEEKER"><ResumePrintPage /></RequireRole>} />
        <Route path="applications" element={<RequireRole role="SEEKER"><MyApplicationsPage /></RequireRole>} />
        <Route path="employer/organization" element={<RequireRole role="EMPLOYER"><OrganizationPage /></RequireRole>} />
        <Route path="employer/postings" element={<RequireRole role="EMPLOYER"><MyPostingsPage /></RequireRole>} />
        <Route path="employer/postings/new" element={<RequireRole role="EMPLOYER"><PostingEditorPage /></RequireRole>} />
        <Route path="employer/postings/:id/edit" element={<RequireRole role="EMPLOYER"><PostingEditorPage /></RequireRole>} />
        <Route path="employer/postings/:id/applicants" element={<RequireRole role="EMPLOYER"><ApplicantsPage /></RequireRole>} />
        <Route path="employer/postings/:id/candidates" element={<RequireRole role="EMPLOYER"><CandidatesPage /></RequireRole>} />
        <Route path="events" element={<EventsPage />} />
        <Route path="events/:id" element={<EventDetailPage />} />
        <Route path="events/:id/register" element={<RequireRole role="SEEKER"><RegisterPage /></RequireRole>} />
        <Route path="events/:id/apply/:postingId" element={<RequireRole role="SEEKER"><EventApplyPage /></RequireRole>} />
        <Route path="my-events" element={<RequireRole role="SEEKER"><MyEventsPage /></RequireRole>} />
        <Route path="notifications" element={<RequireSignedIn><NotificationsPage /></RequireSignedIn>} />
        <Route path="employer/events" element={<RequireRole role="EMPLOYER"><EmployerEventsPage /></RequireRole>} />
        <Route path="employer/events/:id/booth" element={<RequireRole role="EMPLOYER"><BoothApplyPage /></RequireRole>} />
        <Route path="employer/booths/:id" element={<RequireRole role="EMPLOYER"><BoothPage /></RequireRole>} />
        <Route path="staff/events" element={<RequireStaff><StaffEventsPage /></RequireStaff>} />
        <Route path="staff/events/new" element={<RequireStaff><EventEditorPage /></RequireStaff>} />
        <Route path="staff/events/:id" element={<RequireStaff><StaffEventPage /></RequireStaff>} />
        <Route path="staff/events/:id/edit" element={<RequireStaff><EventEditorPage /></RequireStaff>} />
        <Route path="staff/events/:id/registrations" element={<RequireStaff><RegistrationsPage /></RequireStaff>} />
        <Route path="staff/events/:id/check-in" element={<RequireStaff><CheckInPage /></RequireStaff>} />
        <Route path="staff/events/:id/outcomes" element={<RequireStaff><OutcomesPage /></RequireStaff>} />
        <Route path="employer/quota" element={<RequireRole role="EMPLOYER"><EmployerQuotaPage /></RequireRole>} />
        <Route path="employer/quota-review" element={<RequireRole role="EMPLOYER"><EmployerQuotaReviewPage /></RequireRole>} />
        <Route path="employer/quota-review/print" element={<RequireRole role="EMPLOYER"><QuotaReviewPrintPage /></RequireRole>} />
        <Route path="employer/genuineness" element={<RequireRole role="EMPLOYER"><MyGenuinenessPage /></RequireRole>} />
        <Route path="staff" element={<RequireStaff><StaffHomePage /></RequireStaff>} />
        <Route path="staff/plan" element={<RequireStaff><Later><PlanDashboardPage /></Later></RequireStaff>} />
        <Route path="staff/plans" element={<RequireStaff><Later><PlansPage /></Later></RequireStaff>} />
        <Route path="staff/plans/new" element={<RequireStaff><Later><PlanEditorPage /></Later></RequireStaff>} />
        <Route path="staff/plans/:id" element={<RequireStaff><Later><PlanEditorPage /></Later></RequireStaff>} />
        <Route path="staff/campaigns" element={<RequireStaff><Later><CampaignsPage /></Later></RequireStaff>} />
        <Route path="staff/campaigns/new" element={<RequireStaff><Later><CampaignEditorPage /></Later></RequireStaff>} />
        <Route path="staff/campaigns/:id" element={<RequireStaff><Later><CampaignPage /></Later></RequireStaff>} />
        <Route path="staff/campaigns/:id/edit" element={<RequireStaff><Later><CampaignEditorPage /></Later></RequireStaff>} />
        <Route path="staff/campaigns/:id/placements" element={<RequireStaff><Later><CampaignPlacementsPage /></Later></RequireStaff>} />
        <Route path="staff/reports/quarterly" element={<RequireStaff><Later><QuarterlyReportPage /></Later></RequireStaff>} />
        <Route path="staff/reports/submissions" element={<RequireStaff><Later><SubmissionsPage /></Later></RequireStaff>} />
        <Route path="staff/outreach" element={<RequireStaff><Later><OutreachPage /></Later></RequireStaff>} />
        <Route path="staff/four-ones" element={<RequireStaff><FourOnesPage /></RequireStaff>} />
        <Route path="staff/follow-ups" element={<RequireStaff><FollowUpsPage /></RequireStaff>} />
        <Route path="workshops" element={<WorkshopsPage />} />
        <Route path="workshops/:id" element={<WorkshopDetailPage />} />
        <Route path="staff/workshops" element={<RequireStaff><StaffWorkshopsPage /></RequireStaff>} />
        <Route path="staff/workshops/new" element={<RequireStaff><WorkshopEditorPage /></RequireStaff>} />
        <Route path="staff/workshops/:id/edit" element={<RequireStaff><WorkshopEditorPage /></RequireStaff>} />
        <Route path="staff/massage" element={<RequireStaff><MassagePage /></RequireStaff>} />
        <Route path="staff/massage/clinics/:id" element={<RequireStaff><MassageClinicEditPage /></RequireStaff>} />
        <Route path="staff/massage/qualifications/:id" element={<RequireStaff><MassageQualificationEditPage /></RequireStaff>} />
        <Route path="staff/outcomes" element={<RequireStaff><Later><OutcomeFiguresPage /></Later></RequireStaff>} />
        <Route path="check-ins" element={<RequireRole role="SEEKER"><CheckInsPage /></RequireRole>} />
        <Route path="employer/check-ins" element={<RequireRole role="EMPLOYER"><CheckInsPage /></RequireRole>} />
        <Route path="staff/seekers/:id" element={<RequireStaff><SeekerServicesPage /></RequireStaff>} />
        <Route path="staff/seekers/:id/apply" element={<RequireStaff><ApplyOnBehalfPage /></RequireStaff>} />
        <Route path="staff/seekers/:id/register" element={<RequireStaff><RegisterOnBehalfPage /></RequireStaff>} />
        <Route path="staff/seekers/:id/profile" element={<RequireStaff><OnBehalfProfilePage /></RequireStaff>} />
        <Route path="staff/graduates" element={<RequireStaff><GraduateLedgerPage /></RequireStaff>} />
        <Route path="staff/graduates/:seekerId" element={<RequireStaff><GraduatePage /></RequireStaff>} />
        <Route path="staff/imports" element={<RequireStaff><ImportsPage /></RequireStaff>} />
        <Route path="staff/imports/:id" element={<RequireStaff><ImportPage /></RequireStaff>} />
        <Route path="staff/integrity" element={<RequireStaff><IntegrityPage /></RequireStaff>} />
        <Route path="staff/genuineness" element={<RequireStaff><GenuinenessPage /></RequireStaff>} />
        <Route path="staff/verification" element={<RequireStaff><VerificationQueuePage /></RequireStaff>} />
        <Route path="staff/verification/:id" element={<RequireStaff><VerificationDetailPage /></RequireStaff>} />
        <Route path="staff/placements" element={<RequireStaff><PlacementsPage /></RequireStaff>} />
        <Route path="staff/placements/new" element={<RequireStaff><RecordPlacementPage /></RequireStaff>} />
        <Route path="staff/placements/:id" element={<RequireStaff><PlacementPage /></RequireStaff>} />
        <Route path="staff/quota" element={<RequireStaff><QuotaListPage /></RequireStaff>} />
        <Route path="staff/quota-review" element={<RequireStaff><QuotaReviewQueuePage /></RequireStaff>} />
        <Route path="staff/quota-review/confirmed" element={<RequireStaff><ConfirmedQuotaReviewsPage /></RequireStaff>} />
        <Route path="staff/quota-review/:id" element={<RequireStaff><QuotaReviewPage /></RequireStaff>} />
        <Route path="staff/quota-review/:id/print" element={<RequireStaff><QuotaReviewPrintPage /></RequireStaff>} />
        <Route path="staff/policy" element={<RequireStaff><PolicySettingsPage /></RequireStaff>} />
        <Route path="staff/users" element={<RequireStaff><StaffUsersPage /></RequireStaff>} />
        <Route path="staff/audit" element={<RequireStaff><AuditLogPage /></RequireStaff>} />
        <Route path="applications/:id" element={<RequireSignedIn><ApplicationConversationPage /></RequireSignedIn>} />
        <Route path="employer/applications/:id/interview" element={<RequireRole role="EMPLOYER"><ScheduleInterviewPage /></RequireRole>} />
        <Route path="staff/interviews" element={<RequireStaff><CountyInterviewsPage /></RequireStaff>} />
        <Route path="account" element={<RequireSignedIn><AccountPage /></RequireSignedIn>} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="staff/deliveries" element={<RequireStaff><DeliveriesPage /></RequireStaff>} />
        <Route path="training" element={<CoursesPage />} />
        <Route path="training/:id" element={<CourseDetailPage />} />
        <Route path="my-courses" element={<RequireRole role="SEEKER"><MyCoursesPage /></RequireRole>} />
        <Route path="staff/training" element={<RequireStaff><StaffTrainingPage /></RequireStaff>} />
        <Route path="staff/training/new" element={<RequireStaff><CourseEditorPage /></RequireStaff>} />
        <Route path="staff/training/:id/edit" element={<RequireStaff><CourseEditorPage /></RequireStaff>} />
        <Route path="staff/training/:id/roster" element={<RequireStaff><RosterPage /></RequireStaff>} />
        <Route path="staff/talent-pool" element={<RequireStaff><StaffTalentPoolPage /></RequireStaff>} />
        <Route path="staff/seekers/:id/enrol" element={<RequireStaff><EnrolOnBehalfPage /></RequireStaff>} />
        <Route path="employer/talent" element={<RequireRole role="EMPLOYER"><EmployerTalentPage /></RequireRole>} />
        <Route path="subsidies" element={<Later><CataloguePage /></Later>} />
        <Route path="employer/subsidies" element={<RequireRole role="EMPLOYER"><Later><EmployerSubsidiesPage /></Later></RequireRole>} />
        <Route path="my-subsidies" element={<RequireRole role="SEEKER"><Later><MySubsidiesPage /></Later></RequireRole>} />
        <Route path="staff/subsidies" element={<RequireStaff><Later><SubsidyReviewPage /></Later></RequireStaff>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
