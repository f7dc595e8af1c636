// Sign in with a mobile number or email and a password.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, ButtonRow } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PasswordField, TextField } from '../../components/fields';
import { Page } from '../../components/Page';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { safeNext } from '../../lib/navigation';
import { homeFor } from './home';
import { CHANGE_PASSWORD_PATH } from './PasswordChangeGate';
import { useMark } from '../../components/Lang';

const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) { user { id role displayName mustChangePassword } }
  }
`);

type Field = 'account' | 'password';
const ORDER = [['account', 'signin-account'], ['password', 'signin-password']] as const;

export function SignInPage() {
  const mark = useMark();
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const [account, setAccount] = useState('');
  const [password, setPassword] = useState('');
  const errors = useFormErrors<Field>(ORDER);
  const [signIn, { loading }] = useMutation(SIGN_IN);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems: Partial<Record<Field, string>> = {};
    if (!account.trim()) problems.account = t('auth.accountRequired');
    if (!password) problems.password = t('auth.passwordRequired');
    if (Object.keys(problems).length) return errors.fail(problems);
    try {
      const { data } = await signIn({ variables: { input: { account: account.trim(), password } } });
      errors.clear();
      // the cache belonged to nobody; queries on screen refetch as this person
      await client.resetStore().catch(() => undefined);
      const user = data?.signIn.user;
      // staff land on their workbench; employers on their postings; seekers on their applications
      const target = safeNext(params.get('next')) ?? homeFor(user?.role);
      const flash = { flash: t('auth.signedIn', { name: user?.displayName ?? '' }) };
      // a one-time password: set one's own first, then go on where one was going
      if (user?.mustChangePassword) navigate(`${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(target)}`, { state: flash });
      else navigate(target, { state: flash });
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Page title={t('auth.signInTitle')} hasErrors={errors.hasErrors}>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="signin-account"
          label={t('auth.account')}
          hint={t('auth.accountHint')}
          error={errors.fields.account}
          value={account}
          onChange={(e) => setAccount(e.currentTarget.value)}
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="off"
        />
        <PasswordField
          id="signin-password"
          label={t('auth.password')}
          error={errors.fields.password}
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
        />
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('auth.signInButton')}</Button>
        </ButtonRow>
      </form>
      <p><Link to="/forgot-password">{t('account.forgot')}</Link></p>
      <h2>{t('auth.noAccountTitle')}</h2>
      <p><Link to="/sign-up">{t('auth.goSignUp')}</Link></p>
      <p className="hint">{t('auth.forgotHelp')}</p>
    </Page>
  );
}
