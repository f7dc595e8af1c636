// The signed-in person's account, for every role: contact details, a link to change the password, and how they
// hear of things (per kind: SMS and/or email; SMS off altogether). All choices are saved together.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, Navigate } from 'react-router';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonRow } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useSession } from '../../components/session';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { useMark } from '../../components/Lang';
import { ChannelsTable, useKindLabel } from './preferences';

type NotificationChannel = 'SMS' | 'EMAIL';

export const MY_PREFERENCES = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences { hasPhone hasEmail smsOff items { kind channels isDefault } }
  }
`);

const UPDATE_PREFERENCES = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) { hasPhone hasEmail smsOff items { kind channels isDefault } }
  }
`);

type Field = 'items' | 'smsOff';

export function AccountPage() {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const label = useKindLabel();
  const { me, loading: meLoading } = useSession();
  const { data, loading, error } = useQuery(MY_PREFERENCES, { skip: !me });
  const [save, { loading: saving }] = useMutation(UPDATE_PREFERENCES);
  const errors = useFormErrors<Field>([['items', 'prefs-table'], ['smsOff', 'prefs-sms-off']]);
  const [chosen, setChosen] = useState<Record<string, NotificationChannel[]>>({});
  const [smsOff, setSmsOff] = useState(false);
  const [saved, setSaved] = useState(false);
  const prefs = data?.myNotificationPreferences;

  useEffect(() => {
    if (!prefs) return;
    setChosen(Object.fromEntries(prefs.items.map((i) => [i.kind, [...i.channels]])));
    setSmsOff(prefs.smsOff);
  }, [prefs]);

  if (meLoading) return <Loading />;
  if (!me) return <Navigate to="/sign-in?next=%2Faccount" replace />;

  // the server lists the kinds a person of this role receives
  const items = prefs?.items ?? [];
  const toggle = (kind: string, channel: NotificationChannel) => (on: boolean) => {
    setSaved(false);
    setChosen((c) => {
      const now = new Set(c[kind] ?? []);
      if (on) now.add(channel);
      else now.delete(channel);
      return { ...c, [kind]: [...now].sort() as NotificationChannel[] };
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving || !prefs) return;
    try {
      // only the channels the account can have (a default may name one it cannot: email without an address)
      const can = (c: NotificationChannel) => (c === 'SMS' ? prefs.hasPhone : prefs.hasEmail);
      const input = { items: items.map((i) => ({ kind: i.kind, channels: (chosen[i.kind] ?? []).filter(can) })), ...(prefs.hasPhone ? { smsOff } : {}) };
      await save({ variables: { input } });
      errors.clear();
      setSaved(true);
      announce(t('account.saved'));
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  const box = (kind: string, channel: NotificationChannel, available: boolean) => {
    const name = `${label(kind)} ${channel === 'SMS' ? t('account.sms') : t('account.email.channel')}`;
    if (!available) return <span>—</span>;
    return (
      <input type="checkbox" className="pref-toggle" id={`pref-${kind}-${channel}`} aria-label={name}
        checked={(chosen[kind] ?? []).includes(channel)} onChange={(ev) => toggle(kind, channel)(ev.target.checked)} />
    );
  };

  return mark(
    <Page title={t('account.title')} hasErrors={errors.hasErrors}>
      <section>
        <h2 id="account-contact">{t('account.contact')}</h2>
        <dl className="summary-list">
          <dt>{t('account.name')}</dt><dd>{me.displayName}</dd>
          <dt>{t('account.phone')}</dt><dd>{me.phone ?? t('account.none')}</dd>
          <dt>{t('account.email')}</dt><dd>{me.email ?? t('account.none')}</dd>
        </dl>
        <p><Link to="/change-password">{t('account.changePassword')}</Link></p>
      </section>
      <section>
        <h2 id="account-prefs">{t('account.prefsTitle')}</h2>
        <p>{t('account.prefsIntro')}</p>
        {loading && <Loading />}
        {error && <Notice tone="error"><p>{t('account.loadError')}</p></Notice>}
        {prefs && (
          <form onSubmit={submit} noValidate>
            <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
            {saved && <Notice tone="success"><p>{t('account.saved')}</p></Notice>}
            {!prefs.hasPhone && <p>{t('account.noPhone')}</p>}
            {!prefs.hasEmail && <p>{t('account.noEmail')}</p>}
            <div id="prefs-table">
              <ChannelsTable caption={t('account.prefsTitle')} rows={items.map((i) => ({
                kind: i.kind,
                cells: [box(i.kind, 'SMS', prefs.hasPhone && !smsOff), box(i.kind, 'EMAIL', prefs.hasEmail)] as const,
              }))} />
            </div>
            {prefs.hasPhone && (
              <CheckboxField id="prefs-sms-off" label={t('account.smsOff')} hint={t('account.smsOffHint')} error={errors.fields.smsOff}
                checked={smsOff} onChange={(v) => { setSaved(false); setSmsOff(v); }} />
            )}
            <ButtonRow>
              <Button type="submit" aria-disabled={saving || undefined}>{t('account.save')}</Button>
            </ButtonRow>
          </form>
        )}
      </section>
    </Page>
  );
}
