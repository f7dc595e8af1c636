// The dialogs of the staff-account screen: create an account, change its name or area, and confirm disabling
// or enabling it. Problems go to the error summary inside the dialog; Escape or Cancel closes without saving.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type RefObject } from 'react';
import { Button, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { Dialog } from '../../../components/Dialog';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup, PasswordField, SelectField, TextField } from '../../../components/fields';
import { Notice } from '../../../components/Notice';
import { useFormErrors } from '../../../components/useFormErrors';
import { describeError } from '../../../lib/graphql-errors';
import { useI18n } from '../../../i18n/I18nProvider';
import { CREATE_STAFF_USER, DISABLE_STAFF_USER, ENABLE_STAFF_USER, UPDATE_STAFF_USER } from './staff-users.operations';
import type { StaffUser } from './StaffUsersPage';
import { useMark } from '../../../components/Lang';

const CITY = 'CITY';

function useScopeOptions() {
  const { t } = useI18n();
  const counties = useCountyOptions();
  return [{ value: CITY, label: t('admin.users.cityWide') }, ...counties.options];
}

const CREATE_FIELDS = [
  ['displayName', 'create-name'], ['phone', 'create-phone'], ['scopeCountyCode', 'create-scope'],
  ['mode', 'create-mode-0'], ['password', 'create-password'],
] as const;
type CreateField = (typeof CREATE_FIELDS)[number][0];

export function CreateStaffDialog({ open, onClose, onDone, onErrorsChange, returnFocus }: {
  open: boolean; onClose: () => void; onDone: (name: string, oneTimePassword: string | null) => Promise<void> | void;
  onErrorsChange: (hasErrors: boolean) => void; returnFocus: RefObject<HTMLElement | null>;
}) {
  const mark = useMark();
  const { t } = useI18n();
  return mark(
    <Dialog open={open} title={t('admin.create.title')} onClose={onClose} returnFocus={returnFocus}>
      {open && <CreateForm onClose={onClose} onDone={onDone} onErrorsChange={onErrorsChange} />}
    </Dialog>
  );
}

function CreateForm({ onClose, onDone, onErrorsChange }: {
  onClose: () => void; onDone: (name: string, oneTimePassword: string | null) => Promise<void> | void; onErrorsChange: (e: boolean) => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const scopes = useScopeOptions();
  const errors = useFormErrors<CreateField>(CREATE_FIELDS, { generatePassword: 'mode' });
  const [f, setF] = useState({ displayName: '', phone: '', scope: '', mode: '' as '' | 'generate' | 'set', password: '' });
  const [create, { loading }] = useMutation(CREATE_STAFF_USER);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems: Partial<Record<CreateField, string>> = {};
    if (!f.displayName.trim()) problems.displayName = t('admin.create.nameMissing');
    if (!/^1[3-9]\d{9}$/.test(f.phone.trim())) problems.phone = t('admin.create.phoneMissing');
    if (!f.scope) problems.scopeCountyCode = t('admin.create.scopeMissing');
    if (!f.mode) problems.mode = t('admin.create.modeMissing');
    if (f.mode === 'set' && !f.password) problems.password = t('admin.create.passwordMissing');
    if (Object.keys(problems).length) {
      onErrorsChange(true);
      return errors.fail(problems);
    }
    try {
      const { data } = await create({ variables: { input: {
        displayName: f.displayName.trim(), phone: f.phone.trim(), scopeCountyCode: f.scope === CITY ? null : f.scope,
        generatePassword: f.mode === 'generate', password: f.mode === 'set' ? f.password : null,
      } } });
      await onDone(data!.createStaffUser.displayName, data!.createStaffUser.oneTimePassword ?? null);
    } catch (err) {
      onErrorsChange(true);
      errors.failFromServer(err, t('admin.create.failed'));
    }
  };

  return mark(
    <form onSubmit={submit} noValidate>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <TextField id="create-name" label={t('admin.create.name')} required error={errors.fields.displayName} value={f.displayName} maxLength={50}
        autoComplete="off" onChange={(e) => setF({ ...f, displayName: e.currentTarget.value })} />
      <TextField id="create-phone" label={t('admin.create.phone')} hint={t('admin.create.phoneHint')} required error={errors.fields.phone}
        value={f.phone} inputMode="numeric" autoComplete="off" maxLength={11} onChange={(e) => setF({ ...f, phone: e.currentTarget.value })} />
      <SelectField id="create-scope" label={t('admin.create.scope')} hint={t('admin.create.scopeHint')} required error={errors.fields.scopeCountyCode}
        value={f.scope} placeholder="" options={scopes} onChange={(e) => setF({ ...f, scope: e.currentTarget.value })} />
      <ChoiceGroup id="create-mode" name="create-mode" type="radio" legend={t('admin.create.passwordMode')} required error={errors.fields.mode}
        value={f.mode} onChange={(v) => { setF({ ...f, mode: v as 'generate' | 'set' }); errors.clearField('mode'); }}
        choices={[{ value: 'generate', label: t('admin.create.modeGenerate') }, { value: 'set', label: t('admin.create.modeSet') }]} />
      {f.mode === 'set' && (
        <PasswordField id="create-password" label={t('admin.create.password')} hint={t('admin.create.passwordHint')} required
          error={errors.fields.password} value={f.password} onChange={(v) => setF({ ...f, password: v })} autoComplete="new-password" />
      )}
      <ButtonRow>
        <Button type="submit" aria-disabled={loading || undefined}>{t('admin.create.save')}</Button>
        <Button variant="secondary" onClick={onClose}>{t('common.cancel')}</Button>
      </ButtonRow>
    </form>
  );
}

const EDIT_FIELDS = [['displayName', 'edit-name'], ['scopeCountyCode', 'edit-scope']] as const;
type EditField = (typeof EDIT_FIELDS)[number][0];

export function EditStaffDialog({ user, onClose, onDone, onErrorsChange, returnFocus }: {
  user: StaffUser | null; onClose: () => void; onDone: (name: string) => Promise<void> | void;
  onErrorsChange: (hasErrors: boolean) => void; returnFocus: RefObject<HTMLElement | null>;
}) {
  const mark = useMark();
  const { t } = useI18n();
  return mark(
    <Dialog open={!!user} title={user ? t('admin.edit.title', { name: user.displayName }) : ''} onClose={onClose} returnFocus={returnFocus}>
      {user && <EditForm key={user.id} user={user} onClose={onClose} onDone={onDone} onErrorsChange={onErrorsChange} />}
    </Dialog>
  );
}

function EditForm({ user, onClose, onDone, onErrorsChange }: {
  user: StaffUser; onClose: () => void; onDone: (name: string) => Promise<void> | void; onErrorsChange: (e: boolean) => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const scopes = useScopeOptions();
  const errors = useFormErrors<EditField>(EDIT_FIELDS);
  const isAdmin = user.role === 'ADMIN';
  const [name, setName] = useState(user.displayName);
  const [scope, setScope] = useState(user.scopeCountyCode ?? CITY);
  const [update, { loading }] = useMutation(UPDATE_STAFF_USER);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    if (!name.trim()) {
      onErrorsChange(true);
      return errors.fail({ displayName: t('admin.create.nameMissing') });
    }
    try {
      const input = isAdmin ? { displayName: name.trim() } : { displayName: name.trim(), scopeCountyCode: scope === CITY ? null : scope };
      const { data } = await update({ variables: { userId: user.id, input } });
      await onDone(data!.updateStaffUser.displayName);
    } catch (err) {
      onErrorsChange(true);
      errors.failFromServer(err, t('admin.edit.failed'));
    }
  };

  return mark(
    <form onSubmit={submit} noValidate>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <TextField id="edit-name" label={t('admin.create.name')} required error={errors.fields.displayName} value={name} maxLength={50}
        autoComplete="off" onChange={(e) => setName(e.currentTarget.value)} />
      {isAdmin ? <p>{t('admin.edit.adminNoScope')}</p> : (
        <SelectField id="edit-scope" label={t('admin.create.scope')} hint={t('admin.create.scopeHint')} required error={errors.fields.scopeCountyCode}
          value={scope} options={scopes} onChange={(e) => setScope(e.currentTarget.value)} />
      )}
      <ButtonRow>
        <Button type="submit" aria-disabled={loading || undefined}>{t('admin.edit.save')}</Button>
        <Button variant="secondary" onClick={onClose}>{t('common.cancel')}</Button>
      </ButtonRow>
    </form>
  );
}

export function ToggleStaffDialog({ user, onClose, onDone, returnFocus }: {
  user: StaffUser | null; onClose: () => void; onDone: (name: string, disabled: boolean) => Promise<void> | void;
  returnFocus: RefObject<HTMLElement | null>;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const disabling = !!user && !user.disabledAt;
  const [disable, d] = useMutation(DISABLE_STAFF_USER);
  const [enable, en] = useMutation(ENABLE_STAFF_USER);
  const [failed, setFailed] = useState<string | null>(null);
  const busy = d.loading || en.loading;
  const confirm = async () => {
    if (!user || busy) return;
    try {
      await (disabling ? disable : enable)({ variables: { userId: user.id } });
      setFailed(null);
      await onDone(user.displayName, disabling);
    } catch (err) {
      setFailed(describeError(err).message ?? t('admin.toggle.failed'));
    }
  };
  const title = user ? t(disabling ? 'admin.disable.title' : 'admin.enable.title', { name: user.displayName }) : '';
  return mark(
    <Dialog open={!!user} title={title} onClose={() => { setFailed(null); onClose(); }} returnFocus={returnFocus}>
      {user && (
        <>
          <p>{t(disabling ? 'admin.disable.body' : 'admin.enable.body')}</p>
          {failed && <Notice tone="error" role="alert"><p>{failed}</p></Notice>}
          <ButtonRow>
            <Button variant={disabling ? 'danger' : 'primary'} onClick={() => void confirm()} aria-disabled={busy || undefined}>
              {t(disabling ? 'admin.disable.confirm' : 'admin.enable.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => { setFailed(null); onClose(); }}>{t('common.cancel')}</Button>
          </ButtonRow>
        </>
      )}
    </Dialog>
  );
}
