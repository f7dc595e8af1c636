// The forms of the blind-massage register (plan （八）): a clinic and a qualification, each registered new or changed
// (the employer or the person stays), and an exam or continuing-education record. They share one frame (heading,
// error summary, form, submit), one date field and one way of saving (checks here, then the server's, which names
// the field).
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { CheckboxField, ChoiceGroup, SelectField, TextField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { MassageClinicKind, MassageQualificationKind, MassageRecordKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { FindAndChoose } from '../placements/FindAndChoose';
import { FIND_ORGANIZATIONS, FIND_SEEKERS } from '../placements/RecordPlacementPage';
import { isDate } from '../placements/placement-text';

const REGISTER_CLINIC = graphql(`
  mutation RegisterMassageClinic($input: MassageClinicInput!) { registerMassageClinic(input: $input) { id } }
`);
export const UPDATE_CLINIC = graphql(`
  mutation UpdateMassageClinic($id: ID!, $input: MassageClinicUpdateInput!) { updateMassageClinic(id: $id, input: $input) { id } }
`);
const RECORD_QUALIFICATION = graphql(`
  mutation RecordMassageQualification($input: MassageQualificationInput!) { recordMassageQualification(input: $input) { id } }
`);
const UPDATE_QUALIFICATION = graphql(`
  mutation UpdateMassageQualification($id: ID!, $input: MassageQualificationUpdateInput!) { updateMassageQualification(id: $id, input: $input) { id } }
`);
const ADD_RECORD = graphql(`
  mutation AddMassageRecord($input: MassageRecordInput!) { addMassageRecord(input: $input) { id } }
`);

const CLINIC_KINDS: MassageClinicKind[] = ['MEDICAL', 'HEALTH'] as MassageClinicKind[];
const QUALIFICATION_KINDS: MassageQualificationKind[] = ['MEDICAL_MASSAGE_CERTIFICATE', 'HEALTH_MASSAGE_SKILL_LEVEL'] as MassageQualificationKind[];
const RECORD_KINDS: MassageRecordKind[] = ['EXAM', 'CONTINUING_EDUCATION'] as MassageRecordKind[];

/** What a form tells the page: it saved (with the words said), or it shows errors (the page's title says so). */
export type Saved = { onSaved: (said: string) => Promise<void> | void; onErrors: (has: boolean) => void };

type Problems<F extends string> = Partial<Record<F, string>>;

/** Submits a form: the form's own checks first, then the mutation; the server's problems land on their fields. */
function useSave<F extends string>(errors: ReturnType<typeof useFormErrors<F>>, { onSaved, onErrors }: Saved, busy: boolean) {
  const announce = useAnnounce();
  const { t } = useI18n();
  return (check: () => Problems<F>, run: () => Promise<unknown>, done: string, reset?: () => void) => async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const problems = check();
    if (Object.keys(problems).length) { onErrors(true); errors.fail(problems); return; }
    try {
      await run();
      errors.clear();
      onErrors(false);
      reset?.();
      announce(done);
      await onSaved(done);
    } catch (err) {
      onErrors(true);
      errors.failFromServer(err, t('error.generic'));
    }
  };
}

/** The frame every massage form has: its heading, the error summary, the form and its submit button. */
function FormSection({ id, title, errors, onSubmit, submit, busy, children }: {
  id: string; title: string; errors: { summary: SummaryItem[]; message: string | null; attempt: number };
  onSubmit: (e: FormEvent) => void; submit: string; busy: boolean; children: ReactNode;
}) {
  const mark = useMark();
  return mark(
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>{title}</h2>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={onSubmit} noValidate>
        {children}
        <ButtonRow><Button type="submit" aria-disabled={busy || undefined}>{submit}</Button></ButtonRow>
      </form>
    </section>
  );
}

function DateField({ id, label, hint, error, value, onChange, required = true }: {
  id: string; label: string; hint?: string; error?: string; value: string; onChange: (v: string) => void; required?: boolean;
}) {
  const { t } = useI18n();
  return (
    <TextField id={id} label={label} hint={hint ?? t('massage.clinicForm.dateHint')} required={required} autoComplete="off" inputMode="numeric"
      className="medium" error={error} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
  );
}

export interface ClinicValues {
  id: string; organizationName: string; kind: string; registrationNumber: string; medicalInsuranceDesignated: boolean;
  registeredOn: string; endedOn: string | null;
}

type ClinicField = 'organization' | 'kind' | 'registrationNumber' | 'registeredOn' | 'endedOn';
const CLINIC_ORDER: ReadonlyArray<readonly [ClinicField, string]> = [
  ['organization', 'mc-org-words'], ['kind', 'mc-kind-0'], ['registrationNumber', 'mc-reg'], ['registeredOn', 'mc-on'], ['endedOn', 'mc-ended'],
];

/** Registers an employer as a clinic, or (given one) changes its registration, with the day it closed. */
export function ClinicForm({ clinic, ...props }: Saved & { clinic?: ClinicValues }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const errors = useFormErrors<ClinicField>(CLINIC_ORDER, { 'input.organizationId': 'organization', 'input.registrationNumber': 'registrationNumber',
    'input.registeredOn': 'registeredOn', 'input.endedOn': 'endedOn', 'input.kind': 'kind' });
  const [organizationId, setOrganizationId] = useState('');
  const [kind, setKind] = useState(clinic?.kind ?? '');
  const [registrationNumber, setRegistrationNumber] = useState(clinic?.registrationNumber ?? '');
  const [insurance, setInsurance] = useState(clinic?.medicalInsuranceDesignated ?? false);
  const [registeredOn, setRegisteredOn] = useState(clinic?.registeredOn ?? '');
  const [endedOn, setEndedOn] = useState(clinic?.endedOn ?? '');
  const [register, { loading: registering }] = useMutation(REGISTER_CLINIC);
  const [update, { loading: updating }] = useMutation(UPDATE_CLINIC);
  const busy = registering || updating;
  const save = useSave(errors, props, busy);
  const find = async (query: string) => ((await client.query({ query: FIND_ORGANIZATIONS, variables: { query }, fetchPolicy: 'network-only' })).data?.organizations.items ?? [])
    .map((o) => ({ id: o.id, label: o.name }));
  const check = () => {
    const problems: Problems<ClinicField> = {};
    if (!clinic && !organizationId) problems.organization = t('massage.err.choose');
    if (!kind) problems.kind = t('massage.err.choose');
    if (registrationNumber.trim().length < 4 || registrationNumber.trim().length > 50) problems.registrationNumber = t('massage.err.registration');
    if (!isDate(registeredOn.trim())) problems.registeredOn = t('massage.err.date');
    if (endedOn.trim() && !isDate(endedOn.trim())) problems.endedOn = t('massage.err.date');
    return problems;
  };
  const fields = { kind: kind as MassageClinicKind, registrationNumber: registrationNumber.trim(), address: '', medicalInsuranceDesignated: insurance,
    registeredOn: registeredOn.trim() };
  const submit = clinic
    ? save(check, () => update({ variables: { id: clinic.id, input: { ...fields, endedOn: endedOn.trim() || null } } }), t('massage.clinicForm.changed'))
    : save(check, () => register({ variables: { input: { ...fields, organizationId } } }), t('massage.clinicForm.saved'),
      () => { setOrganizationId(''); setKind(''); setRegistrationNumber(''); setInsurance(false); setRegisteredOn(''); });
  return (
    <FormSection id="mc-form" title={clinic ? t('massage.clinicForm.editTitle', { name: clinic.organizationName }) : t('massage.clinicForm.title')}
      errors={errors} onSubmit={submit} submit={t(clinic ? 'massage.clinicForm.change' : 'massage.clinicForm.submit')} busy={busy}>
      {!clinic && (
        <FindAndChoose id="mc-org" legend={t('massage.clinicForm.organization')} searchLabel={t('massage.clinicForm.organizationHint')}
          error={errors.fields.organization} value={organizationId} onChange={setOrganizationId} search={find} />
      )}
      <ChoiceGroup id="mc-kind" name="mc-kind" type="radio" legend={t('massage.clinicForm.kind')} required error={errors.fields.kind} value={kind}
        onChange={(v) => setKind(v as string)} choices={CLINIC_KINDS.map((k) => ({ value: k, label: t(`massage.clinic.kind.${k}`) }))} />
      <TextField id="mc-reg" label={t('massage.clinicForm.registrationNumber')} hint={t('massage.clinicForm.registrationHint')} required autoComplete="off"
        className="medium" error={errors.fields.registrationNumber} value={registrationNumber} onChange={(e) => setRegistrationNumber(e.currentTarget.value)} />
      <CheckboxField id="mc-insurance" label={t('massage.clinicForm.insurance')} checked={insurance} onChange={setInsurance} />
      <DateField id="mc-on" label={t('massage.clinicForm.registeredOn')} error={errors.fields.registeredOn} value={registeredOn} onChange={setRegisteredOn} />
      {clinic && (
        <DateField id="mc-ended" label={t('massage.clinicForm.endedOn')} hint={t('massage.clinicForm.endedHint')} required={false}
          error={errors.fields.endedOn} value={endedOn} onChange={setEndedOn} />
      )}
    </FormSection>
  );
}

export interface QualificationValues { id: string; personName: string; kind: string; skillLevel: number | null; issuer: string; issuedOn: string }

type QualField = 'seeker' | 'kind' | 'skillLevel' | 'issuer' | 'issuedOn';
const QUAL_ORDER: ReadonlyArray<readonly [QualField, string]> = [
  ['seeker', 'mq-seeker-words'], ['kind', 'mq-kind-0'], ['skillLevel', 'mq-level'], ['issuer', 'mq-issuer'], ['issuedOn', 'mq-on'],
];

/** Records a person's qualification (the person is told), or (given one) corrects it. */
export function QualificationForm({ qualification, ...props }: Saved & { qualification?: QualificationValues }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const errors = useFormErrors<QualField>(QUAL_ORDER, { 'input.seekerId': 'seeker', 'input.kind': 'kind', 'input.skillLevel': 'skillLevel', 'input.issuer': 'issuer', 'input.issuedOn': 'issuedOn' });
  const [seekerId, setSeekerId] = useState('');
  const [kind, setKind] = useState(qualification?.kind ?? '');
  const [level, setLevel] = useState(qualification?.skillLevel ? String(qualification.skillLevel) : '');
  const [issuer, setIssuer] = useState(qualification?.issuer ?? '');
  const [issuedOn, setIssuedOn] = useState(qualification?.issuedOn ?? '');
  const [record, { loading: recording }] = useMutation(RECORD_QUALIFICATION);
  const [update, { loading: updating }] = useMutation(UPDATE_QUALIFICATION);
  const busy = recording || updating;
  const save = useSave(errors, props, busy);
  const find = async (query: string) => ((await client.query({ query: FIND_SEEKERS, variables: { query }, fetchPolicy: 'network-only' })).data?.seekers.items ?? [])
    .map((s) => ({ id: s.id, label: `${s.name}（${s.birthDate ?? ''}）` }));
  const check = () => {
    const problems: Problems<QualField> = {};
    if (!qualification && !seekerId) problems.seeker = t('massage.err.choose');
    if (!kind) problems.kind = t('massage.err.choose');
    if (kind === 'HEALTH_MASSAGE_SKILL_LEVEL' && !level) problems.skillLevel = t('massage.err.level');
    if (issuer.trim().length < 2) problems.issuer = t('massage.err.issuer');
    if (!isDate(issuedOn.trim())) problems.issuedOn = t('massage.err.date');
    return problems;
  };
  const fields = { kind: kind as MassageQualificationKind, skillLevel: kind === 'HEALTH_MASSAGE_SKILL_LEVEL' ? Number(level) : null, issuer: issuer.trim(),
    issuedOn: issuedOn.trim() };
  const submit = qualification
    ? save(check, () => update({ variables: { id: qualification.id, input: fields } }), t('massage.qualForm.changed'))
    : save(check, () => record({ variables: { input: { ...fields, seekerId } } }), t('massage.qualForm.saved'),
      () => { setSeekerId(''); setKind(''); setLevel(''); setIssuer(''); setIssuedOn(''); });
  return (
    <FormSection id="mq-form" title={qualification ? t('massage.qualForm.editTitle', { name: qualification.personName }) : t('massage.qualForm.title')}
      errors={errors} onSubmit={submit} submit={t(qualification ? 'massage.qualForm.change' : 'massage.qualForm.submit')} busy={busy}>
      {!qualification && (
        <FindAndChoose id="mq-seeker" legend={t('massage.qualForm.person')} searchLabel={t('massage.qualForm.personHint')}
          error={errors.fields.seeker} value={seekerId} onChange={setSeekerId} search={find} />
      )}
      <ChoiceGroup id="mq-kind" name="mq-kind" type="radio" legend={t('massage.qualForm.kind')} required error={errors.fields.kind} value={kind}
        onChange={(v) => setKind(v as string)} choices={QUALIFICATION_KINDS.map((k) => ({ value: k, label: t(`massage.qualification.${k}`) }))} />
      <SelectField id="mq-level" label={t('massage.qualForm.level')} hint={t('massage.qualForm.levelHint')} error={errors.fields.skillLevel} value={level}
        placeholder={t('massage.qualForm.noLevel')} options={[1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: t('massage.level', { level: l }) }))}
        onChange={(e) => setLevel(e.currentTarget.value)} />
      <TextField id="mq-issuer" label={t('massage.qualForm.issuer')} required autoComplete="off" error={errors.fields.issuer} value={issuer}
        onChange={(e) => setIssuer(e.currentTarget.value)} />
      <DateField id="mq-on" label={t('massage.qualForm.issuedOn')} error={errors.fields.issuedOn} value={issuedOn} onChange={setIssuedOn} />
    </FormSection>
  );
}

type RecordField = 'qualification' | 'kind' | 'heldOn' | 'hours';
const RECORD_ORDER: ReadonlyArray<readonly [RecordField, string]> = [['qualification', 'mr-q'], ['kind', 'mr-kind-0'], ['heldOn', 'mr-on'], ['hours', 'mr-hours']];

/** Adds an exam or continuing-education record to a qualification (the person is told). */
export function RecordForm({ qualifications, ...props }: Saved & { qualifications: Array<{ id: string; label: string }> }) {
  const { t } = useI18n();
  const errors = useFormErrors<RecordField>(RECORD_ORDER, { 'input.qualificationId': 'qualification', 'input.heldOn': 'heldOn', 'input.hours': 'hours', 'input.passed': 'kind' });
  const [qualificationId, setQualificationId] = useState('');
  const [kind, setKind] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [hours, setHours] = useState('');
  const [passed, setPassed] = useState(false);
  const [add, { loading }] = useMutation(ADD_RECORD);
  const save = useSave(errors, props, loading);
  const h = Number(hours.trim());
  const check = () => {
    const problems: Problems<RecordField> = {};
    if (!qualificationId) problems.qualification = t('massage.err.choose');
    if (!kind) problems.kind = t('massage.err.choose');
    if (!isDate(heldOn.trim())) problems.heldOn = t('massage.err.date');
    if (kind === 'CONTINUING_EDUCATION' && (!/^\d{1,3}$/.test(hours.trim()) || h < 1 || h > 500)) problems.hours = t('massage.err.hours');
    return problems;
  };
  const submit = save(check, () => add({ variables: { input: { qualificationId, kind: kind as MassageRecordKind, heldOn: heldOn.trim(),
    hours: kind === 'CONTINUING_EDUCATION' ? h : null, passed: kind === 'EXAM' ? passed : null, note: '' } } }), t('massage.recordForm.saved'),
  () => { setKind(''); setHeldOn(''); setHours(''); setPassed(false); });
  return (
    <FormSection id="mr-form" title={t('massage.recordForm.title')} errors={errors} onSubmit={submit} submit={t('massage.recordForm.submit')} busy={loading}>
      <SelectField id="mr-q" label={t('massage.recordForm.qualification')} required error={errors.fields.qualification} value={qualificationId}
        placeholder={t('massage.err.choose')} options={qualifications.map((q) => ({ value: q.id, label: q.label }))}
        onChange={(e) => setQualificationId(e.currentTarget.value)} />
      <ChoiceGroup id="mr-kind" name="mr-kind" type="radio" legend={t('massage.recordForm.kind')} required error={errors.fields.kind} value={kind}
        onChange={(v) => setKind(v as string)} choices={RECORD_KINDS.map((k) => ({ value: k, label: t(`massage.record.${k}`) }))} />
      <DateField id="mr-on" label={t('massage.recordForm.heldOn')} error={errors.fields.heldOn} value={heldOn} onChange={setHeldOn} />
      {kind === 'CONTINUING_EDUCATION' && (
        <TextField id="mr-hours" label={t('massage.recordForm.hours')} hint={t('massage.recordForm.hoursHint')} required autoComplete="off" inputMode="numeric"
          className="short" error={errors.fields.hours} value={hours} onChange={(e) => setHours(e.currentTarget.value)} />
      )}
      {kind === 'EXAM' && <CheckboxField id="mr-passed" label={t('massage.recordForm.passed')} checked={passed} onChange={setPassed} />}
    </FormSection>
  );
}
