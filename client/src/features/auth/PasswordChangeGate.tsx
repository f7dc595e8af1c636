// After signing in with a one-time password the server answers nothing but the change of password: every page
// then sends the person to that screen, remembering where they were going.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../../components/session';

export const CHANGE_PASSWORD_PATH = '/change-password';

export function PasswordChangeGate({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (me?.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${CHANGE_PASSWORD_PATH}?next=${next}`} replace />;
  }
  return <>{children}</>;
}
