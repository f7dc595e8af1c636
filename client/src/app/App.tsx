// Routes of the client. Each feature owns its pages; the app only places them.
import { Route, Routes } from 'react-router';
import { RequireRole } from '../components/session';
import { ApplyPage } from '../features/applications/ApplyPage';
import { MyApplicationsPage } from '../features/applications/MyApplicationsPage';
import { SignInPage } from '../features/auth/SignInPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { ApplicantsPage } from '../features/employer/ApplicantsPage';
import { CandidatesPage } from '../features/employer/CandidatesPage';
import { MyPostingsPage } from '../features/employer/MyPostingsPage';
import { OrganizationPage } from '../features/employer/OrganizationPage';
import { PostingEditorPage } from '../features/employer/PostingEditorPage';
import { HomePage } from '../features/home/HomePage';
import { JobDetailPage } from '../features/jobs/JobDetailPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { ProfileWizard } from '../features/profile/ProfileWizard';
import { RecommendedPage } from '../features/search/RecommendedPage';
import { SearchPage } from '../features/search/SearchPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="jobs" element={<SearchPage />} />
        <Route path="jobs/recommended" element={<RequireRole role="SEEKER"><RecommendedPage /></RequireRole>} />
        <Route path="jobs/:id" element={<JobDetailPage />} />
        <Route path="jobs/:id/apply" element={<RequireRole role="SEEKER"><ApplyPage /></RequireRole>} />
        <Route path="profile" element={<RequireRole role="SEEKER"><ProfilePage /></RequireRole>} />
        <Route path="profile/edit" element={<RequireRole role="SEEKER"><ProfileWizard /></RequireRole>} />
        <Route path="applications" element={<RequireRole role="SEEKER"><MyApplicationsPage /></RequireRole>} />
        <Route path="employer/organization" element={<RequireRole role="EMPLOYER"><OrganizationPage /></RequireRole>} />
        <Route path="employer/postings" element={<RequireRole role="EMPLOYER"><MyPostingsPage /></RequireRole>} />
        <Route path="employer/postings/new" element={<RequireRole role="EMPLOYER"><PostingEditorPage /></RequireRole>} />
        <Route path="employer/postings/:id/edit" element={<RequireRole role="EMPLOYER"><PostingEditorPage /></RequireRole>} />
        <Route path="employer/postings/:id/applicants" element={<RequireRole role="EMPLOYER"><ApplicantsPage /></RequireRole>} />
        <Route path="employer/postings/:id/candidates" element={<RequireRole role="EMPLOYER"><CandidatesPage /></RequireRole>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
