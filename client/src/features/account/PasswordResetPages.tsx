// A forgotten password, reset by an SMS code: ask for a code with the mobile number (the answer is the same
// whether the number has an account or not), then set a new password with the code.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, ButtonRow } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PasswordField, TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { useMark } from '../../components/Lang';

const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }
`);

const RESET = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }
`);

const PHONE = /^1[3-9]\d{9}$/;

export function ForgotPasswordPage() {
  const mark = useMark();
  const { t } = useI18n();
  const [phone, setPhone] = useState('');
  const [sent, setSent] = useState(false);
  const errors = useFormErrors<'phone'>([['phone', 'fp-phone']]);
  const [request, { loading }] = useMutation(REQUEST_RESET);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const p = phone.trim();
    if (!p) return errors.fail({ phone: t('account.phoneRequired') });
    if (!PHONE.test(p)) return errors.fail({ phone: t('account.phoneInvalid') });
    try {
      await request({ variables: { input: { phone: p } } });
      errors.clear();
      setSent(true);
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Page title={t('account.forgotTitle')} hasErrors={errors.hasErrors}>
      <p>{t('account.forgotIntro')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      {sent && (
        <Notice tone="success">
          <p>{t('account.codeSent')}</p>
          <p><Link to={`/reset-password?phone=${encodeURIComponent(phone.trim())}`}>{t('account.haveCode')}</Link></p>
        </Notice>
      )}
      <form onSubmit={submit} noValidate>
        <TextField id="fp-phone" label={t('account.phone')} required error={errors.fields.phone} value={phone}
          onChange={(e) => setPhone(e.target.value)} inputMode="tel" autoComplete="tel" />
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('account.sendCode')}</Button>
        </ButtonRow>
      </form>
      <p><Link to="/reset-password">{t('account.haveCode')}</Link></p>
    </Page>
  );
}

type ResetField = 'phone' | 'code' | 'newPassword' | 'confirmPassword';

export function ResetPasswordPage() {
  const mark = useMark();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [d, setD] = useState({ phone: params.get('phone') ?? '', code: '', newPassword: '', confirmPassword: '' });
  const errors = useFormErrors<ResetField>([['phone', 'rp-phone'], ['code', 'rp-code'], ['newPassword', 'rp-new'], ['confirmPassword', 'rp-confirm']]);
  const [reset, { loading }] = useMutation(RESET);
  const set = (k: ResetField) => (v: string) => setD((x) => ({ ...x, [k]: v }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems: Partial<Record<ResetField, string>> = {};
    if (!PHONE.test(d.phone.trim())) problems.phone = d.phone.trim() ? t('account.phoneInvalid') : t('account.phoneRequired');
    if (!/^\d{6}$/.test(d.code.trim())) problems.code = t('account.codeRequired');
    const length = [...d.newPassword].length;
    if (length < 10 || length > 128) problems.newPassword = t('auth.passwordLength');
    if (!d.confirmPassword) problems.confirmPassword = t('auth.confirmRequired');
    else if (d.confirmPassword !== d.newPassword) problems.confirmPassword = t('auth.passwordMismatch');
    if (Object.keys(problems).length) return errors.fail(problems);
    try {
      await reset({ variables: { input: { ...d, phone: d.phone.trim(), code: d.code.trim() } } });
      errors.clear();
      navigate('/sign-in', { replace: true, state: { flash: t('account.resetDone') } });
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Page title={t('account.resetTitle')} hasErrors={errors.hasErrors}>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <input type="hidden" name="username" autoComplete="username" value={d.phone} readOnly />
        <TextField id="rp-phone" label={t('account.phone')} required error={errors.fields.phone} value={d.phone}
          onChange={(e) => set('phone')(e.target.value)} inputMode="tel" autoComplete="tel" />
        <TextField id="rp-code" label={t('account.code')} hint={t('account.codeHint')} required error={errors.fields.code} value={d.code}
          onChange={(e) => set('code')(e.target.value)} inputMode="numeric" autoComplete="one-time-code" />
        <PasswordField id="rp-new" label={t('account.newPassword')} hint={t('auth.passwordHint')} required error={errors.fields.newPassword}
          value={d.newPassword} onChange={set('newPassword')} autoComplete="new-password" />
        <PasswordField id="rp-confirm" label={t('account.confirmPassword')} required error={errors.fields.confirmPassword}
          value={d.confirmPassword} onChange={set('confirmPassword')} autoComplete="new-password" />
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('account.resetButton')}</Button>
        </ButtonRow>
      </form>
      <p><Link to="/forgot-password">{t('account.sendCode')}</Link></p>
    </Page>
  );
}
