// Staff: blind massage (plan （八）实施盲人按摩就业促进行动): the registered clinics (医疗按摩所, 保健按摩店, 医保定点) and the
// massage qualifications of people in the staff member's area with their exam and continuing-education records, and
// the forms to register a clinic, record a qualification and add a record (the person is told). The blind-massage
// action line is counted from these records (docs/counting.md).
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField, ChoiceGroup, SelectField, TextField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { MassageClinicKind, MassageQualificationKind, MassageRecordKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useMark } from '../../../components/Lang';
import { FindAndChoose } from '../placements/FindAndChoose';
import { FIND_ORGANIZATIONS, FIND_SEEKERS } from '../placements/RecordPlacementPage';
import { isDate } from '../placements/placement-text';

const MASSAGE_REGISTER = graphql(`
  query MassageRegister {
    massageClinics(page: { pageSize: 100 }) { total items { id kind registrationNumber countyCode medicalInsuranceDesignated registeredOn organization { id name } } }
    massageQualifications(page: { pageSize: 100 }) {
      total items { id kind skillLevel issuer issuedOn countyCode person { id name } records { id kind heldOn hours passed } }
    }
  }
`);
const REGISTER_CLINIC = graphql(`
  mutation RegisterMassageClinic($input: MassageClinicInput!) { registerMassageClinic(input: $input) { id } }
`);
const RECORD_QUALIFICATION = graphql(`
  mutation RecordMassageQualification($input: MassageQualificationInput!) { recordMassageQualification(input: $input) { id } }
`);
const ADD_RECORD = graphql(`
  mutation AddMassageRecord($input: MassageRecordInput!) { addMassageRecord(input: $input) { id } }
`);

const CLINIC_KINDS: MassageClinicKind[] = ['MEDICAL', 'HEALTH'] as MassageClinicKind[];
const QUALIFICATION_KINDS: MassageQualificationKind[] = ['MEDICAL_MASSAGE_CERTIFICATE', 'HEALTH_MASSAGE_SKILL_LEVEL'] as MassageQualificationKind[];
const RECORD_KINDS: MassageRecordKind[] = ['EXAM', 'CONTINUING_EDUCATION'] as MassageRecordKind[];

export function MassagePage() {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const counties = useCountyOptions();
  const [hasErrors, setHasErrors] = useState(false);
  const { data, loading, error, refetch } = useQuery(MASSAGE_REGISTER, { fetchPolicy: 'network-only' });
  const onSaved = async () => { await refetch(); };
  const qualifications = data?.massageQualifications.items ?? [];
  const recordText = (r: { kind: string; heldOn: string; hours?: number | null; passed?: boolean | null }) => (r.kind === 'EXAM'
    ? t('massage.recordExam', { date: formatDate(r.heldOn), result: t(r.passed ? 'massage.passed' : 'massage.failed') })
    : t('massage.recordCe', { date: formatDate(r.heldOn), hours: r.hours ?? 0 }));

  return mark(
    <Page title={t('massage.title')} hasErrors={hasErrors}>
      <p>{t('massage.intro')}</p>
      {loading && !data ? <Loading /> : error ? <Notice tone="error">{t('error.loadFailed')}</Notice> : data && (
        <>
          <section aria-labelledby="mc-title">
            <h2 id="mc-title">{t('massage.clinics.title')}</h2>
            {data.massageClinics.items.length === 0 ? <p>{t('massage.clinics.none')}</p> : (
              <DataTable caption={t('massage.clinics.caption', { count: data.massageClinics.total })} rows={data.massageClinics.items} rowKey={(c) => c.id}
                columns={[
                  { key: 'name', header: t('massage.col.name'), rowHeader: true, cell: (c) => c.organization?.name ?? '—' },
                  { key: 'kind', header: t('massage.col.kind'), cell: (c) => t(`massage.clinic.kind.${c.kind}`) },
                  { key: 'reg', header: t('massage.col.registration'), cell: (c) => c.registrationNumber },
                  { key: 'county', header: t('massage.col.county'), cell: (c) => counties.nameOf(c.countyCode) },
                  { key: 'insurance', header: t('massage.col.insurance'), cell: (c) => t(c.medicalInsuranceDesignated ? 'massage.yes' : 'massage.no') },
                  { key: 'on', header: t('massage.col.registeredOn'), cell: (c) => formatDate(c.registeredOn) },
                ]} />
            )}
          </section>
          <section aria-labelledby="mq-title">
            <h2 id="mq-title">{t('massage.qualifications.title')}</h2>
            {qualifications.length === 0 ? <p>{t('massage.qualifications.none')}</p> : (
              <DataTable caption={t('massage.qualifications.caption', { count: data.massageQualifications.total })} rows={qualifications} rowKey={(q) => q.id}
                columns={[
                  { key: 'person', header: t('massage.col.person'), rowHeader: true, cell: (q) => q.person?.name ?? '—' },
                  { key: 'kind', header: t('massage.col.qualification'), cell: (q) => `${t(`massage.qualification.${q.kind}`)}${q.skillLevel ? t('common.listSeparator') + t('massage.level', { level: q.skillLevel }) : ''}` },
                  { key: 'issued', header: t('massage.col.issued'), cell: (q) => t('massage.issued', { issuer: q.issuer, date: formatDate(q.issuedOn) }) },
                  { key: 'records', header: t('massage.col.records'), cell: (q) => (q.records.length
                    ? <ul className="plain">{q.records.map((r) => <li key={r.id}>{recordText(r)}</li>)}</ul> : t('massage.noRecords')) },
                ]} />
            )}
          </section>
        </>
      )}
      <ClinicForm onSaved={onSaved} onErrors={setHasErrors} />
      <QualificationForm onSaved={onSaved} onErrors={setHasErrors} />
      {qualifications.length > 0 && (
        <RecordForm onSaved={onSaved} onErrors={setHasErrors}
          qualifications={qualifications.map((q) => ({ id: q.id, label: `${q.person?.name ?? ''}：${t(`massage.qualification.${q.kind}`)}` }))} />
      )}
    </Page>
  );
}

type Saved = { onSaved: () => Promise<void>; onErrors: (has: boolean) => void };

function useSubmit<F extends string>(errors: ReturnType<typeof useFormErrors<F>>, { onSaved, onErrors }: Saved, done: string) {
  const announce = useAnnounce();
  const { t } = useI18n();
  return async (run: () => Promise<unknown>) => {
    try {
      await run();
      errors.clear();
      onErrors(false);
      announce(done);
      await onSaved();
      return true;
    } catch (err) {
      onErrors(true);
      errors.failFromServer(err, t('error.generic'));
      return false;
    }
  };
}

type ClinicField = 'organization' | 'kind' | 'registrationNumber' | 'registeredOn';
const CLINIC_ORDER: ReadonlyArray<readonly [ClinicField, string]> = [
  ['organization', 'mc-org-words'], ['kind', 'mc-kind-0'], ['registrationNumber', 'mc-reg'], ['registeredOn', 'mc-on'],
];

function ClinicForm(props: Saved) {
  const mark = useMark();
  const { t } = useI18n();
  const client = useApolloClient();
  const errors = useFormErrors<ClinicField>(CLINIC_ORDER, { 'input.organizationId': 'organization', 'input.registrationNumber': 'registrationNumber', 'input.registeredOn': 'registeredOn' });
  const [organizationId, setOrganizationId] = useState('');
  const [kind, setKind] = useState('');
  const [registrationNumber, setRegistrationNumber] = useState('');
  const [insurance, setInsurance] = useState(false);
  const [registeredOn, setRegisteredOn] = useState('');
  const [register, { loading }] = useMutation(REGISTER_CLINIC);
  const save = useSubmit(errors, props, t('massage.clinicForm.saved'));
  const find = async (query: string) => ((await client.query({ query: FIND_ORGANIZATIONS, variables: { query }, fetchPolicy: 'network-only' })).data?.organizations.items ?? [])
    .map((o) => ({ id: o.id, label: o.name }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems: Partial<Record<ClinicField, string>> = {};
    if (!organizationId) problems.organization = t('massage.err.choose');
    if (!kind) problems.kind = t('massage.err.choose');
    if (registrationNumber.trim().length < 4 || registrationNumber.trim().length > 50) problems.registrationNumber = t('massage.err.registration');
    if (!isDate(registeredOn.trim())) problems.registeredOn = t('massage.err.date');
    if (Object.keys(problems).length) { props.onErrors(true); return errors.fail(problems); }
    const ok = await save(() => register({ variables: { input: { organizationId, kind: kind as MassageClinicKind, registrationNumber: registrationNumber.trim(),
      address: '', medicalInsuranceDesignated: insurance, registeredOn: registeredOn.trim() } } }));
    if (ok) { setOrganizationId(''); setKind(''); setRegistrationNumber(''); setInsurance(false); setRegisteredOn(''); }
  };
  return mark(
    <section aria-labelledby="mc-form-title">
      <h2 id="mc-form-title">{t('massage.clinicForm.title')}</h2>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <FindAndChoose id="mc-org" legend={t('massage.clinicForm.organization')} searchLabel={t('massage.clinicForm.organizationHint')}
          error={errors.fields.organization} value={organizationId} onChange={setOrganizationId} search={find} />
        <ChoiceGroup id="mc-kind" name="mc-kind" type="radio" legend={t('massage.clinicForm.kind')} required error={errors.fields.kind} value={kind}
          onChange={(v) => setKind(v as string)} choices={CLINIC_KINDS.map((k) => ({ value: k, label: t(`massage.clinic.kind.${k}`) }))} />
        <TextField id="mc-reg" label={t('massage.clinicForm.registrationNumber')} hint={t('massage.clinicForm.registrationHint')} required autoComplete="off"
          className="medium" error={errors.fields.registrationNumber} value={registrationNumber} onChange={(e) => setRegistrationNumber(e.currentTarget.value)} />
        <CheckboxField id="mc-insurance" label={t('massage.clinicForm.insurance')} checked={insurance} onChange={setInsurance} />
        <TextField id="mc-on" label={t('massage.clinicForm.registeredOn')} hint={t('massage.clinicForm.dateHint')} required autoComplete="off" inputMode="numeric"
          className="medium" error={errors.fields.registeredOn} value={registeredOn} onChange={(e) => setRegisteredOn(e.currentTarget.value)} />
        <ButtonRow><Button type="submit" aria-disabled={loading || undefined}>{t('massage.clinicForm.submit')}</Button></ButtonRow>
      </form>
    </section>
  );
}

type QualField = 'seeker' | 'kind' | 'skillLevel' | 'issuer' | 'issuedOn';
const QUAL_ORDER: ReadonlyArray<readonly [QualField, string]> = [
  ['seeker', 'mq-seeker-words'], ['kind', 'mq-kind-0'], ['skillLevel', 'mq-level'], ['issuer', 'mq-issuer'], ['issuedOn', 'mq-on'],
];

function QualificationForm(props: Saved) {
  const mark = useMark();
  const { t } = useI18n();
  const client = useApolloClient();
  const errors = useFormErrors<QualField>(QUAL_ORDER, { 'input.seekerId': 'seeker', 'input.kind': 'kind', 'input.skillLevel': 'skillLevel', 'input.issuer': 'issuer', 'input.issuedOn': 'issuedOn' });
  const [seekerId, setSeekerId] = useState('');
  const [kind, setKind] = useState('');
  const [level, setLevel] = useState('');
  const [issuer, setIssuer] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [record, { loading }] = useMutation(RECORD_QUALIFICATION);
  const save = useSubmit(errors, props, t('massage.qualForm.saved'));
  const find = async (query: string) => ((await client.query({ query: FIND_SEEKERS, variables: { query }, fetchPolicy: 'network-only' })).data?.seekers.items ?? [])
    .map((s) => ({ id: s.id, label: `${s.name}（${s.birthDate ?? ''}）` }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems: Partial<Record<QualField, string>> = {};
    if (!seekerId) problems.seeker = t('massage.err.choose');
    if (!kind) problems.kind = t('massage.err.choose');
    if (kind === 'HEALTH_MASSAGE_SKILL_LEVEL' && !level) problems.skillLevel = t('massage.err.level');
    if (issuer.trim().length < 2) problems.issuer = t('massage.err.issuer');
    if (!isDate(issuedOn.trim())) problems.issuedOn = t('massage.err.date');
    if (Object.keys(problems).length) { props.onErrors(true); return errors.fail(problems); }
    const ok = await save(() => record({ variables: { input: { seekerId, kind: kind as MassageQualificationKind,
      skillLevel: kind === 'HEALTH_MASSAGE_SKILL_LEVEL' ? Number(level) : null, issuer: issuer.trim(), issuedOn: issuedOn.trim() } } }));
    if (ok) { setSeekerId(''); setKind(''); setLevel(''); setIssuer(''); setIssuedOn(''); }
  };
  return mark(
    <section aria-labelledby="mq-form-title">
      <h2 id="mq-form-title">{t('massage.qualForm.title')}</h2>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <FindAndChoose id="mq-seeker" legend={t('massage.qualForm.person')} searchLabel={t('massage.qualForm.personHint')}
          error={errors.fields.seeker} value={seekerId} onChange={setSeekerId} search={find} />
        <ChoiceGroup id="mq-kind" name="mq-kind" type="radio" legend={t('massage.qualForm.kind')} required error={errors.fields.kind} value={kind}
          onChange={(v) => setKind(v as string)} choices={QUALIFICATION_KINDS.map((k) => ({ value: k, label: t(`massage.qualification.${k}`) }))} />
        <SelectField id="mq-level" label={t('massage.qualForm.level')} hint={t('massage.qualForm.levelHint')} error={errors.fields.skillLevel} value={level}
          placeholder={t('massage.qualForm.noLevel')} options={[1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: t('massage.level', { level: l }) }))}
          onChange={(e) => setLevel(e.currentTarget.value)} />
        <TextField id="mq-issuer" label={t('massage.qualForm.issuer')} required autoComplete="off" error={errors.fields.issuer} value={issuer}
          onChange={(e) => setIssuer(e.currentTarget.value)} />
        <TextField id="mq-on" label={t('massage.qualForm.issuedOn')} hint={t('massage.clinicForm.dateHint')} required autoComplete="off" inputMode="numeric"
          className="medium" error={errors.fields.issuedOn} value={issuedOn} onChange={(e) => setIssuedOn(e.currentTarget.value)} />
        <ButtonRow><Button type="submit" aria-disabled={loading || undefined}>{t('massage.qualForm.submit')}</Button></ButtonRow>
      </form>
    </section>
  );
}

type RecordField = 'qualification' | 'kind' | 'heldOn' | 'hours';
const RECORD_ORDER: ReadonlyArray<readonly [RecordField, string]> = [['qualification', 'mr-q'], ['kind', 'mr-kind-0'], ['heldOn', 'mr-on'], ['hours', 'mr-hours']];

function RecordForm({ qualifications, ...props }: Saved & { qualifications: Array<{ id: string; label: string }> }) {
  const mark = useMark();
  const { t } = useI18n();
  const errors = useFormErrors<RecordField>(RECORD_ORDER, { 'input.qualificationId': 'qualification', 'input.heldOn': 'heldOn', 'input.hours': 'hours', 'input.passed': 'kind' });
  const [qualificationId, setQualificationId] = useState('');
  const [kind, setKind] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [hours, setHours] = useState('');
  const [passed, setPassed] = useState(false);
  const [add, { loading }] = useMutation(ADD_RECORD);
  const save = useSubmit(errors, props, t('massage.recordForm.saved'));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems: Partial<Record<RecordField, string>> = {};
    if (!qualificationId) problems.qualification = t('massage.err.choose');
    if (!kind) problems.kind = t('massage.err.choose');
    if (!isDate(heldOn.trim())) problems.heldOn = t('massage.err.date');
    const h = Number(hours.trim());
    if (kind === 'CONTINUING_EDUCATION' && (!/^\d{1,3}$/.test(hours.trim()) || h < 1 || h > 500)) problems.hours = t('massage.err.hours');
    if (Object.keys(problems).length) { props.onErrors(true); return errors.fail(problems); }
    const ok = await save(() => add({ variables: { input: { qualificationId, kind: kind as MassageRecordKind, heldOn: heldOn.trim(),
      hours: kind === 'CONTINUING_EDUCATION' ? h : null, passed: kind === 'EXAM' ? passed : null, note: '' } } }));
    if (ok) { setKind(''); setHeldOn(''); setHours(''); setPassed(false); }
  };
  return mark(
    <section aria-labelledby="mr-form-title">
      <h2 id="mr-form-title">{t('massage.recordForm.title')}</h2>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <SelectField id="mr-q" label={t('massage.recordForm.qualification')} required error={errors.fields.qualification} value={qualificationId}
          placeholder={t('massage.err.choose')} options={qualifications.map((q) => ({ value: q.id, label: q.label }))}
          onChange={(e) => setQualificationId(e.currentTarget.value)} />
        <ChoiceGroup id="mr-kind" name="mr-kind" type="radio" legend={t('massage.recordForm.kind')} required error={errors.fields.kind} value={kind}
          onChange={(v) => setKind(v as string)} choices={RECORD_KINDS.map((k) => ({ value: k, label: t(`massage.record.${k}`) }))} />
        <TextField id="mr-on" label={t('massage.recordForm.heldOn')} hint={t('massage.clinicForm.dateHint')} required autoComplete="off" inputMode="numeric"
          className="medium" error={errors.fields.heldOn} value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} />
        {kind === 'CONTINUING_EDUCATION' && (
          <TextField id="mr-hours" label={t('massage.recordForm.hours')} hint={t('massage.recordForm.hoursHint')} required autoComplete="off" inputMode="numeric"
            className="short" error={errors.fields.hours} value={hours} onChange={(e) => setHours(e.currentTarget.value)} />
        )}
        {kind === 'EXAM' && <CheckboxField id="mr-passed" label={t('massage.recordForm.passed')} checked={passed} onChange={setPassed} />}
        <ButtonRow><Button type="submit" aria-disabled={loading || undefined}>{t('massage.recordForm.submit')}</Button></ButtonRow>
      </form>
    </section>
  );
}
