// Administrators: the federation's staff accounts. Find them by name, area and status (kept in the address),
// create one (an initial password or a one-time password shown once), change a name or area, and disable or
// enable an account after a confirmation. Names and areas stay on one line; below 40rem the rows are cards.
import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { SelectField, TextField } from '../../../components/fields';
import { useSession } from '../../../components/session';
import type { StaffStatus, StaffUsersQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import './admin.css';
import { CreateStaffDialog, EditStaffDialog, ToggleStaffDialog } from './StaffUserDialogs';
import { STAFF_USERS } from './staff-users.operations';
import { useMark } from '../../../components/Lang';

export type StaffUser = StaffUsersQuery['staffUsers']['items'][number];

const PAGE_SIZE = 20;
const CITY = 'CITY';
const STATUSES: readonly StaffStatus[] = ['ACTIVE', 'DISABLED'];

function readFilters(params: URLSearchParams): { name: string; scope: string; status: StaffStatus | ''; page: number } {
  const scope = params.get('scope') ?? '';
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as StaffStatus) : '';
  return {
    name: (params.get('name') ?? '').slice(0, 50),
    scope: scope === CITY || /^\d{6}$/.test(scope) ? scope : '',
    status,
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

/** Only administrators: others are told so, with a way back to the workbench. */
export function StaffUsersPage() {
  const { me } = useSession();
  const { t } = useI18n();
  if (me?.role !== 'ADMIN') {
    return (
      <Page title={t('admin.gate.title')}>
        <p>{t('admin.gate.body')}</p>
        <p><ButtonLink to="/staff" variant="secondary">{t('staff.nav.workbench')}</ButtonLink></p>
      </Page>
    );
  }
  return <StaffUsers myId={me.id} />;
}

type Dialog = { kind: 'create' } | { kind: 'edit'; user: StaffUser } | { kind: 'toggle'; user: StaffUser } | null;

function StaffUsers({ myId }: { myId: string }) {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const { data, loading, error, refetch } = useQuery(STAFF_USERS, {
    variables: {
      filter: {
        name: filters.name || undefined, status: filters.status || undefined,
        countyCode: filters.scope && filters.scope !== CITY ? filters.scope : undefined, cityWide: filters.scope === CITY || undefined,
      },
      page: { page: filters.page, pageSize: PAGE_SIZE },
    },
    fetchPolicy: 'network-only',
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dialogErrors, setDialogErrors] = useState(false);
  const [done, setDone] = useState<{ text: string; oneTimePassword?: string | null } | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  const close = useCallback(() => {
    setDialog(null);
    setDialogErrors(false);
  }, []);
  const finished = useCallback(async (text: string, oneTimePassword?: string | null) => {
    await refetch();
    setDialog(null);
    setDialogErrors(false);
    setDone({ text, oneTimePassword });
    if (!oneTimePassword) announce(text);
  }, [refetch, announce]);
  // a one-time password is read once: focus goes to it so it is not missed
  useEffect(() => {
    if (done?.oneTimePassword) doneRef.current?.focus();
  }, [done]);

  const users = data?.staffUsers.items ?? [];
  const total = data?.staffUsers.total ?? 0;
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('page', String(p));
    else next.delete('page');
    return `/staff/users?${next}`;
  };

  return mark(
    <Page title={t('admin.users.title')} hasErrors={dialogErrors}>
      <p>{t('admin.users.intro')}</p>
      <p><Button onClick={() => { setDone(null); setDialog({ kind: 'create' }); }}>{t('admin.users.new')}</Button></p>
      {done && (
        <div ref={doneRef} tabIndex={-1}>
          {done.oneTimePassword ? (
            <Notice tone="warning" title={t('admin.create.oneTimeHeading')}>
              <p>{t('admin.create.oneTimeLabel')}<span className="one-time-password" lang="en">{done.oneTimePassword}</span></p>
              <p>{t('admin.create.oneTimeTell')}</p>
              <p><Button variant="secondary" onClick={() => { setDone(null); listHeading.current?.focus(); }}>{t('admin.create.dismiss')}</Button></p>
            </Notice>
          ) : <Notice tone="success"><p>{done.text}</p></Notice>}
        </div>
      )}
      <Filters
        initial={filters}
        onApply={(f) => {
          const next = new URLSearchParams();
          if (f.name.trim()) next.set('name', f.name.trim());
          if (f.scope) next.set('scope', f.scope);
          if (f.status) next.set('status', f.status);
          setParams(next);
        }}
      />
      <section aria-labelledby="staff-users-list">
        <h2 id="staff-users-list" ref={listHeading} tabIndex={-1}>{t('admin.users.listHeading')}</h2>
        {loading && !data ? <Loading /> : error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice> : users.length === 0
          ? <p>{t('admin.users.none')}</p>
          : (
            <>
              <p>{t('admin.users.count', { count: formatNumber(total) })}</p>
              <UserList users={users} myId={myId} onEdit={(user) => setDialog({ kind: 'edit', user })} onToggle={(user) => setDialog({ kind: 'toggle', user })} />
              <Pagination page={filters.page} pageSize={PAGE_SIZE} total={total} hrefFor={hrefFor} />
            </>
          )}
      </section>
      <CreateStaffDialog open={dialog?.kind === 'create'} onClose={close} onErrorsChange={setDialogErrors} returnFocus={listHeading}
        onDone={(name, otp) => finished(t('admin.create.done', { name }), otp)} />
      <EditStaffDialog user={dialog?.kind === 'edit' ? dialog.user : null} onClose={close} onErrorsChange={setDialogErrors} returnFocus={listHeading}
        onDone={(name) => finished(t('admin.edit.done', { name }))} />
      <ToggleStaffDialog user={dialog?.kind === 'toggle' ? dialog.user : null} onClose={close} returnFocus={listHeading}
        onDone={(name, disabled) => finished(t(disabled ? 'admin.disable.done' : 'admin.enable.done', { name }))} />
    </Page>
  );
}

function Filters({ initial, onApply }: {
  initial: { name: string; scope: string; status: string };
  onApply: (f: { name: string; scope: string; status: string }) => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const counties = useCountyOptions();
  const [f, setF] = useState(initial);
  useEffect(() => setF({ name: initial.name, scope: initial.scope, status: initial.status }), [initial.name, initial.scope, initial.status]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(f);
  };
  return mark(
    <section className="filters" aria-labelledby="staff-users-filters">
      <h2 id="staff-users-filters">{t('admin.users.filterHeading')}</h2>
      <form onSubmit={submit}>
        <TextField id="users-name" label={t('admin.users.filterName')} value={f.name} maxLength={50}
          onChange={(e) => setF({ ...f, name: e.currentTarget.value })} />
        <SelectField id="users-scope" label={t('admin.users.filterScope')} value={f.scope} placeholder={t('admin.users.any')}
          options={[{ value: CITY, label: t('admin.users.cityWide') }, ...counties.options]} onChange={(e) => setF({ ...f, scope: e.currentTarget.value })} />
        <SelectField id="users-status" label={t('admin.users.filterStatus')} value={f.status} placeholder={t('admin.users.any')}
          options={STATUSES.map((s) => ({ value: s, label: t(`admin.users.status${s}`) }))} onChange={(e) => setF({ ...f, status: e.currentTarget.value })} />
        <ButtonRow><Button type="submit" variant="secondary">{t('admin.users.apply')}</Button></ButtonRow>
      </form>
    </section>
  );
}

function UserList({ users, myId, onEdit, onToggle }: {
  users: readonly StaffUser[]; myId: string; onEdit: (u: StaffUser) => void; onToggle: (u: StaffUser) => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const { nameOf } = useCountyOptions();
  const scopeOf = (u: StaffUser) => (u.role === 'ADMIN' ? t('admin.users.allAreas') : u.scopeCountyCode ? nameOf(u.scopeCountyCode) : t('admin.users.cityWide'));
  const statusOf = (u: StaffUser) => (
    <span className={`badge ${u.disabledAt ? 'status-bad' : 'status-good'}`}>{t(u.disabledAt ? 'admin.users.statusDISABLED' : 'admin.users.statusACTIVE')}</span>
  );
  const actions = (u: StaffUser) => (
    <ButtonRow>
      <Button variant="secondary" onClick={() => onEdit(u)}>
        {t('admin.users.edit')}<span className="visually-hidden">{t('common.colon')}{u.displayName}</span>
      </Button>
      {u.id !== myId && (
        <Button variant={u.disabledAt ? 'secondary' : 'danger'} onClick={() => onToggle(u)}>
          {t(u.disabledAt ? 'admin.users.enable' : 'admin.users.disable')}<span className="visually-hidden">{t('common.colon')}{u.displayName}</span>
        </Button>
      )}
    </ButtonRow>
  );
  const name = (u: StaffUser) => <>{u.displayName}{u.id === myId ? t('admin.users.you') : ''}</>;
  return mark(
    <>
      <div className="wide-list admin-table">
        <DataTable
          caption={t('admin.users.caption')}
          rows={users}
          rowKey={(u) => u.id}
          columns={[
            { key: 'name', header: t('admin.users.colName'), rowHeader: true, cell: (u) => <span className="one-line">{name(u)}</span> },
            { key: 'phone', header: t('admin.users.colPhone'), cell: (u) => <span className="one-line">{u.phone ?? t('admin.users.noPhone')}</span> },
            { key: 'role', header: t('admin.users.colRole'), cell: (u) => <span className="one-line">{t(`admin.users.role${u.role === 'ADMIN' ? 'ADMIN' : 'STAFF'}`)}</span> },
            { key: 'scope', header: t('admin.users.colScope'), cell: (u) => <span className="one-line">{scopeOf(u)}</span> },
            { key: 'status', header: t('admin.users.colStatus'), cell: statusOf },
            { key: 'actions', header: t('admin.users.colActions'), cell: actions },
          ]}
        />
      </div>
      <ul className="narrow-list card-list admin-cards">
        {users.map((u) => (
          <li key={u.id} className="card">
            <h3>{name(u)}</h3>
            <dl className="facts">
              <dt>{t('admin.users.colPhone')}</dt><dd>{u.phone ?? t('admin.users.noPhone')}</dd>
              <dt>{t('admin.users.colRole')}</dt><dd>{t(`admin.users.role${u.role === 'ADMIN' ? 'ADMIN' : 'STAFF'}`)}</dd>
              <dt>{t('admin.users.colScope')}</dt><dd>{scopeOf(u)}</dd>
              <dt>{t('admin.users.colStatus')}</dt><dd>{statusOf(u)}</dd>
            </dl>
            {actions(u)}
          </li>
        ))}
      </ul>
    </>
  );
}
