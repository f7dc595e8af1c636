// Staff's training desk: the courses (taking enrolments or not) with their places, links to edit and to the
// roster; the providers, and a form to register one (四（四）信息支持: 培训机构和培训项目公示).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useAnnounce } from '../../../components/Announcer';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { ProviderKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useCourseWords } from '../CourseParts';
import { PROVIDER_KINDS, useTrainingText } from '../training-text';

const STAFF_COURSES = graphql(`
  query StaffCourses {
    courses(filter: { includeClosed: true }, page: { page: 1, pageSize: 100 }) {
      total items { id title startsOn endsOn capacity enrolledCount open cancelledAt canManage }
    }
    trainingProviders { id name kind countyCode canManage }
  }
`);

const SAVE_PROVIDER = graphql(`
  mutation SaveTrainingProvider($input: ProviderInput!) { saveTrainingProvider(input: $input) { id name kind countyCode canManage } }
`);

type Field = 'name' | 'providerKind' | 'countyCode';
const ORDER = [['name', 'provider-name'], ['providerKind', 'provider-kind'], ['countyCode', 'provider-county']] as const;

export function StaffTrainingPage() {
  const mark = useMark();
  const { t } = useI18n();
  const text = useTrainingText();
  const words = useCourseWords();
  const counties = useCountyOptions();
  const { data, loading, error, refetch } = useQuery(STAFF_COURSES, { fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  const courses = data?.courses.items ?? [];
  const providers = data?.trainingProviders ?? [];
  return mark(
    <Page title={t('training.staff.title')}>
      <p>{t('training.staff.intro')}</p>
      <p><ButtonLink to="/staff/training/new">{t('training.staff.newCourse')}</ButtonLink></p>
      {error && <Notice tone="error">{t('error.loadFailed')}</Notice>}
      <section aria-labelledby="staff-courses-title">
        <h2 id="staff-courses-title">{t('training.staff.courses')}</h2>
        {courses.length === 0 ? <p>{t('training.staff.none')}</p> : (
          <DataTable caption={t('training.staff.coursesCaption', { count: courses.length })} rows={courses} rowKey={(r) => r.id} columns={[
            { key: 'title', header: t('training.staff.col.title'), rowHeader: true, cell: (r) => <Link to={`/training/${r.id}`}>{r.title}</Link> },
            { key: 'dates', header: t('training.staff.col.dates'), cell: (r) => words.dates(r) },
            { key: 'places', header: t('training.staff.col.places'), cell: (r) => `${r.enrolledCount}/${r.capacity}` },
            { key: 'open', header: t('training.staff.col.open'), cell: (r) => t(r.cancelledAt ? 'training.staff.cancelled' : r.open ? 'training.staff.open' : 'training.staff.closed') },
            { key: 'actions', header: t('training.staff.col.actions'), cell: (r) => (r.canManage ? (
              <>
                <Link to={`/staff/training/${r.id}/edit`}>{t('training.staff.edit')}<span className="visually-hidden">{t('common.colon')}{r.title}</span></Link>
                {t('common.listSeparator')}
                <Link to={`/staff/training/${r.id}/roster`}>{t('training.staff.roster')}<span className="visually-hidden">{t('common.colon')}{r.title}</span></Link>
              </>
            ) : t('training.staff.readOnly')) },
          ]} />
        )}
      </section>
      <section aria-labelledby="staff-providers-title">
        <h2 id="staff-providers-title">{t('training.staff.providers')}</h2>
        {providers.length === 0 ? <p>{t('training.staff.providerNone')}</p> : (
          <ul>{providers.map((p) => <li key={p.id}>{p.name}{t('common.listSeparator')}{text.providerKind(p.kind)}{t('common.listSeparator')}{p.countyCode ? counties.nameOf(p.countyCode) : t('training.staff.cityWide')}</li>)}</ul>
        )}
        <ProviderForm onSaved={() => refetch()} />
      </section>
    </Page>
  );
}

function ProviderForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useI18n();
  const text = useTrainingText();
  const counties = useCountyOptions();
  const announce = useAnnounce();
  const errors = useFormErrors<Field>(ORDER);
  const [form, setForm] = useState({ name: '', providerKind: '', countyCode: '', address: '', contactPhone: '' });
  const [save, { loading }] = useMutation(SAVE_PROVIDER);
  const set = (k: keyof typeof form, v: string) => setForm((f) => ({ ...f, [k]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems: Partial<Record<Field, string>> = {};
    if (form.name.trim().length < 2) problems.name = t('training.editor.required', { field: t('training.staff.providerName') });
    if (!form.providerKind) problems.providerKind = t('training.editor.required', { field: t('training.staff.providerKind') });
    if (Object.keys(problems).length) return errors.fail(problems);
    try {
      await save({ variables: { input: { name: form.name.trim(), providerKind: form.providerKind as ProviderKind, countyCode: form.countyCode || null,
        address: form.address.trim(), contactPhone: form.contactPhone.trim() } } });
      errors.clear();
      announce(t('training.staff.providerSaved', { name: form.name.trim() }));
      setForm({ name: '', providerKind: '', countyCode: '', address: '', contactPhone: '' });
      onSaved();
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };
  return (
    <>
      <h3 id="provider-form-title">{t('training.staff.addProvider')}</h3>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} aria-labelledby="provider-form-title" noValidate>
        <TextField id="provider-name" label={t('training.staff.providerName')} required maxLength={100} error={errors.fields.name}
          value={form.name} onChange={(e) => set('name', e.currentTarget.value)} />
        <SelectField id="provider-kind" label={t('training.staff.providerKind')} required error={errors.fields.providerKind} value={form.providerKind}
          placeholder={t('training.editor.chooseProvider')} options={PROVIDER_KINDS.map((k) => ({ value: k, label: text.providerKind(k) }))}
          onChange={(e) => set('providerKind', e.currentTarget.value)} />
        <SelectField id="provider-county" label={t('training.staff.providerCounty')} hint={t('training.staff.providerCountyHint')}
          error={errors.fields.countyCode} value={form.countyCode} placeholder={t('training.staff.cityWide')} options={counties.options}
          onChange={(e) => set('countyCode', e.currentTarget.value)} />
        <TextField id="provider-address" label={t('training.staff.providerAddress')} maxLength={200} value={form.address} onChange={(e) => set('address', e.currentTarget.value)} />
        <TextField id="provider-phone" label={t('training.staff.providerPhone')} maxLength={30} inputMode="tel" value={form.contactPhone} onChange={(e) => set('contactPhone', e.currentTarget.value)} />
        <ButtonRow><Button type="submit" aria-disabled={loading || undefined}>{t('training.staff.providerSave')}</Button></ButtonRow>
      </form>
    </>
  );
}
