// Create a job-seeker or employer account; the account is signed in at once.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, ButtonRow } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ChoiceGroup, PasswordField, TextField } from '../../components/fields';
import { Page } from '../../components/Page';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { EMAIL, PHONE, splitAccount } from '../../lib/navigation';
import { useMark } from '../../components/Lang';

export const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { user { id role displayName } }
  }
`);

type Field = 'role' | 'displayName' | 'account' | 'password';
const ORDER = [
  ['role', 'signup-role-0'], ['displayName', 'signup-name'], ['account', 'signup-account'], ['password', 'signup-password'],
] as const;
const ALIASES: Record<string, Field> = { phone: 'account', email: 'account' };

export function SignUpPage() {
  const mark = useMark();
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const initialRole = params.get('role');
  const [role, setRole] = useState<Role | ''>(initialRole === 'SEEKER' || initialRole === 'EMPLOYER' ? initialRole : '');
  const [displayName, setDisplayName] = useState('');
  const [account, setAccount] = useState('');
  const [password, setPassword] = useState('');
  const errors = useFormErrors<Field>(ORDER, ALIASES);
  const [signUp, { loading }] = useMutation(SIGN_UP);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems: Partial<Record<Field, string>> = {};
    if (!role) problems.role = t('auth.roleRequired');
    if (!displayName.trim()) problems.displayName = t('auth.nameRequired');
    const contact = splitAccount(account);
    if (!account.trim()) problems.account = t('auth.contactRequired');
    else if (contact.email ? !EMAIL.test(contact.email) : !PHONE.test(contact.phone ?? '')) problems.account = t('auth.contactInvalid');
    // the server also refuses common passwords (its shipped list) and says so in the same place
    if ([...password].length < 10 || [...password].length > 128) problems.password = t('auth.passwordLength');
    else if (contact.phone && password.includes(contact.phone)) problems.password = t('auth.passwordPhone');
    if (Object.keys(problems).length) return errors.fail(problems);
    try {
      const { data } = await signUp({
        variables: { input: { role: role as Role, displayName: displayName.trim(), password, locale, ...contact } },
      });
      errors.clear();
      // the cache belonged to nobody; queries on screen refetch as this person
      await client.resetStore().catch(() => undefined);
      const isEmployer = data?.signUp.user.role === 'EMPLOYER';
      navigate(isEmployer ? '/employer/organization' : '/profile/edit', {
        state: { flash: t(isEmployer ? 'auth.welcomeEmployer' : 'auth.welcomeSeeker') },
      });
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Page title={t('auth.signUpTitle')} hasErrors={errors.hasErrors}>
      <p>{t('auth.signUpIntro')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <ChoiceGroup
          id="signup-role"
          name="role"
          type="radio"
          legend={t('auth.role')}
          required
          error={errors.fields.role}
          value={role}
          onChange={(v) => setRole(v as Role)}
          choices={[
            { value: 'SEEKER', label: t('auth.roleSeeker'), hint: t('auth.roleSeekerHint') },
            { value: 'EMPLOYER', label: t('auth.roleEmployer'), hint: t('auth.roleEmployerHint') },
          ]}
        />
        <TextField
          id="signup-name"
          label={t('auth.displayName')}
          hint={t('auth.displayNameHint')}
          required
          error={errors.fields.displayName}
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          autoComplete="name"
          maxLength={50}
        />
        <TextField
          id="signup-account"
          label={t('auth.account')}
          hint={t('auth.contactHint')}
          required
          error={errors.fields.account}
          value={account}
          onChange={(e) => setAccount(e.currentTarget.value)}
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="off"
        />
        <PasswordField
          id="signup-password"
          label={t('auth.password')}
          hint={t('auth.passwordHint')}
          required
          error={errors.fields.password}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
        />
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('auth.signUpButton')}</Button>
        </ButtonRow>
      </form>
      <p><Link to="/sign-in">{t('auth.haveAccount')}</Link></p>
    </Page>
  );
}
