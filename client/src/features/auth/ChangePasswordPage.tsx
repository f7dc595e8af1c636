// Change one's own password: the current one, the new one twice, with the password policy stated. After a
// one-time password this is the only screen the person can use (PasswordChangeGate sends them here); once saved,
// they go where they were going, or to their home (staff: the workbench).
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Button, ButtonRow } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PasswordField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useSession } from '../../components/session';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { safeNext } from '../../lib/navigation';
import { homeFor } from './home';
import { useMark } from '../../components/Lang';

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { id mustChangePassword }
  }
`);

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
const ORDER: ReadonlyArray<readonly [Field, string]> = [
  ['currentPassword', 'cp-current'], ['newPassword', 'cp-new'], ['confirmPassword', 'cp-confirm'],
];
const ALIASES: Record<string, Field> = {
  'input.currentPassword': 'currentPassword', 'input.newPassword': 'newPassword', 'input.confirmPassword': 'confirmPassword',
};

export function ChangePasswordPage() {
  const mark = useMark();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { me, loading: meLoading } = useSession();
  const errors = useFormErrors<Field>(ORDER, ALIASES);
  const [d, setD] = useState({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [change, { loading }] = useMutation(CHANGE_PASSWORD);
  const set = (k: Field) => (v: string) => setD((x) => ({ ...x, [k]: v }));

  if (meLoading) return <Loading />;
  if (!me) return <Navigate to="/sign-in?next=%2Fchange-password" replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems: Partial<Record<Field, string>> = {};
    if (!d.currentPassword) problems.currentPassword = t('auth.currentRequired');
    const length = [...d.newPassword].length;
    const digits = me.phone?.replace(/\D/g, '') ?? '';
    if (length < 10 || length > 128) problems.newPassword = t('auth.passwordLength');
    else if (digits.length >= 7 && d.newPassword.includes(digits)) problems.newPassword = t('auth.passwordPhone');
    else if (d.newPassword === d.currentPassword) problems.newPassword = t('auth.passwordUnchanged');
    if (!d.confirmPassword) problems.confirmPassword = t('auth.confirmRequired');
    else if (d.confirmPassword !== d.newPassword) problems.confirmPassword = t('auth.passwordMismatch');
    if (Object.keys(problems).length) return errors.fail(problems);
    try {
      await change({ variables: { input: d } });
      errors.clear();
      navigate(safeNext(params.get('next')) ?? homeFor(me.role), { replace: true, state: { flash: t('auth.passwordChanged') } });
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Page title={t('auth.changePasswordTitle')} hasErrors={errors.hasErrors} focusKey="change-password">
      {me.mustChangePassword
        ? <Notice tone="info"><p>{t('auth.oneTimeIntro')}</p></Notice>
        : <p>{t('auth.changePasswordIntro')}</p>}
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        {/* the account's name for password managers, which file the new password under it */}
        <input type="hidden" name="username" autoComplete="username" value={me.phone ?? me.email ?? ''} readOnly />
        <PasswordField id="cp-current" label={t('auth.currentPassword')} hint={me.mustChangePassword ? t('auth.currentPasswordHint') : undefined}
          required error={errors.fields.currentPassword} value={d.currentPassword} onChange={set('currentPassword')} autoComplete="current-password" />
        <PasswordField id="cp-new" label={t('auth.newPassword')} hint={t('auth.passwordHint')} required error={errors.fields.newPassword}
          value={d.newPassword} onChange={set('newPassword')} autoComplete="new-password" />
        <PasswordField id="cp-confirm" label={t('auth.confirmPassword')} required error={errors.fields.confirmPassword}
          value={d.confirmPassword} onChange={set('confirmPassword')} autoComplete="new-password" />
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('auth.changePasswordButton')}</Button>
        </ButtonRow>
      </form>
    </Page>
  );
}
