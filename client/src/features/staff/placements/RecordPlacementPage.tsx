// Staff: record a hire made outside the platform: the person (given by ?seeker= from their page, or found by name or
// certificate number), the employer (found by name), form, start date, the plan's line it counts under (left to the
// server's rule unless staff choose one), the contract facts when known, the evidence.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup, SelectField, TextArea, TextField } from '../../../components/fields';
import { Page } from '../../../components/Page';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { ActionLine, ContractKind, EmploymentForm } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { CONTRACT_KINDS } from '../quota/contract-facts';
import { normalizeNumber } from '../quota/year-figures';
import { FindAndChoose, type Found } from './FindAndChoose';
import { FORMS, isDate, LINES } from './placement-text';
import './placements.css';
import { useMark } from '../../../components/Lang';

export const RECORD_PLACEMENT = graphql(`
  mutation RecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }
`);
export const FIND_SEEKERS = graphql(`
  query FindSeekers($query: String!) { seekers(filter: { query: $query }, page: { pageSize: 10 }) { items { id name countyCode birthDate } } }
`);
export const FIND_ORGANIZATIONS = graphql(`
  query FindOrganizations($query: String!) { organizations(filter: { query: $query }, page: { pageSize: 10 }) { items { id name countyCode } } }
`);
export const SEEKER_NAME = graphql(`
  query SeekerName($id: ID!) { seeker(id: $id) { id name countyCode } }
`);

type Field = 'seeker' | 'organization' | 'employmentForm' | 'startDate' | 'actionLine' | 'contractKind' | 'contractMonths' | 'monthlyWage' | 'socialInsuranceFull' | 'evidence' | 'note';
const ORDER: ReadonlyArray<readonly [Field, string]> = [
  ['seeker', 'pr-seeker-words'], ['organization', 'pr-org-words'], ['employmentForm', 'pr-form-0'], ['startDate', 'pr-start'], ['actionLine', 'pr-line'],
  ['contractKind', 'pr-kind'], ['contractMonths', 'pr-months'], ['monthlyWage', 'pr-wage'], ['socialInsuranceFull', 'pr-insurance-0'],
  ['evidence', 'pr-evidence'], ['note', 'pr-note'],
];
const ALIASES: Record<string, Field> = {
  seekerId: 'seeker', organizationId: 'organization', 'contract.contractMonths': 'contractMonths', 'contract.monthlyWage': 'monthlyWage',
  'input.seekerId': 'seeker', 'input.organizationId': 'organization', 'input.startDate': 'startDate', 'input.employmentForm': 'employmentForm', 'input.actionLine': 'actionLine',
  'input.contract.contractMonths': 'contractMonths', 'input.contract.monthlyWage': 'monthlyWage', 'input.evidence': 'evidence', 'input.note': 'note',
};

export function RecordPlacementPage() {
  const mark = useMark();
  const { t, label } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const client = useApolloClient();
  const given = params.get('seeker') ?? '';
  const givenSeeker = useQuery(SEEKER_NAME, { variables: { id: given }, skip: !given });
  const errors = useFormErrors<Field>(ORDER, ALIASES);
  const [seekerId, setSeekerId] = useState(given);
  const [organizationId, setOrganizationId] = useState('');
  const [names, setNames] = useState<Record<string, string>>({});
  const [d, setD] = useState({ employmentForm: '', startDate: '', actionLine: '', contractKind: '', contractMonths: '', monthlyWage: '', socialInsuranceFull: '', evidence: '', note: '' });
  const [record, { loading }] = useMutation(RECORD_PLACEMENT);
  const set = (k: keyof typeof d, v: string) => setD((x) => ({ ...x, [k]: v }));
  const e = errors.fields;

  const remember = (found: Found[]) => { setNames((n) => ({ ...n, ...Object.fromEntries(found.map((f) => [f.id, f.label])) })); return found; };
  const findSeekers = async (query: string) => remember(((await client.query({ query: FIND_SEEKERS, variables: { query }, fetchPolicy: 'network-only' })).data?.seekers.items ?? [])
    .map((s) => ({ id: s.id, label: `${s.name}（${s.birthDate ?? ''}）` })));
  const findOrganizations = async (query: string) => remember(((await client.query({ query: FIND_ORGANIZATIONS, variables: { query }, fetchPolicy: 'network-only' })).data?.organizations.items ?? [])
    .map((o) => ({ id: o.id, label: o.name })));
  const seekerInitial: Found[] = givenSeeker.data?.seeker ? [{ id: givenSeeker.data.seeker.id, label: givenSeeker.data.seeker.name }] : [];

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    const problems: Partial<Record<Field, string>> = {};
    if (!seekerId) problems.seeker = t('placements.err.person');
    if (!organizationId) problems.organization = t('placements.err.employer');
    if (!d.employmentForm) problems.employmentForm = t('placements.err.form');
    if (!isDate(d.startDate.trim())) problems.startDate = t('placements.err.start');
    const months = normalizeNumber(d.contractMonths);
    const wage = normalizeNumber(d.monthlyWage);
    if (d.contractKind) {
      if (d.contractKind !== 'FORMAL_POST' && !/^\d+$/.test(months)) problems.contractMonths = t('quota.contract.monthsRequired');
      if (!/^\d+(\.\d{1,2})?$/.test(wage)) problems.monthlyWage = t('quota.contract.wageRequired');
      if (d.socialInsuranceFull !== 'yes' && d.socialInsuranceFull !== 'no') problems.socialInsuranceFull = t('quota.contract.insuranceRequired');
    }
    if (Object.keys(problems).length) return errors.fail(problems);
    try {
      const r = await record({ variables: { input: {
        seekerId, organizationId, employmentForm: d.employmentForm as EmploymentForm, startDate: d.startDate.trim(),
        evidence: d.evidence.trim(), note: d.note.trim(),
        // left out: the server derives the line from the facts, as the hint says
        ...(d.actionLine ? { actionLine: d.actionLine as ActionLine } : {}),
        contract: d.contractKind ? {
          contractKind: d.contractKind as ContractKind, contractMonths: months ? Number(months) : null, monthlyWage: Number(wage),
          socialInsuranceFull: d.socialInsuranceFull === 'yes',
        } : null,
      } } });
      announce(t('placements.record.saved', { name: names[seekerId] ?? seekerInitial[0]?.label ?? '', employer: names[organizationId] ?? '' }));
      void navigate(`/staff/placements/${r.data!.recordPlacement.id}`);
    } catch (err) {
      errors.failFromServer(err, t('placements.record.failed'));
    }
  };

  return mark(
    <Page title={t('placements.record.title')} hasErrors={errors.hasErrors} focusKey="placement-record">
      <p><Link to={given ? `/staff/seekers/${given}` : '/staff/placements'}>{given ? t('casework.back.fourOnes') : t('placements.detail.back')}</Link></p>
      <p>{t('placements.record.intro')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <FindAndChoose key={seekerInitial[0]?.id ?? 'none'} id="pr-seeker" legend={t('placements.record.person')} searchLabel={t('placements.record.personSearch')}
          error={e.seeker} value={seekerId} onChange={setSeekerId} search={findSeekers} initial={seekerInitial} />
        <FindAndChoose id="pr-org" legend={t('placements.record.employer')} searchLabel={t('placements.record.employerSearch')}
          error={e.organization} value={organizationId} onChange={setOrganizationId} search={findOrganizations} />
        <ChoiceGroup id="pr-form" name="pr-form" type="radio" legend={t('placements.record.form')} required error={e.employmentForm}
          value={d.employmentForm} onChange={(v) => set('employmentForm', v as string)} choices={FORMS.map((f) => ({ value: f, label: label('EmploymentForm', f) }))} />
        <TextField id="pr-start" label={t('placements.record.start')} hint={t('placements.record.startHint')} required error={e.startDate}
          className="medium" autoComplete="off" value={d.startDate} onChange={(x) => set('startDate', x.currentTarget.value)} />
        <SelectField id="pr-line" label={t('placements.record.line')} hint={t('placements.record.lineHint')} error={e.actionLine} value={d.actionLine}
          placeholder={t('placements.record.lineAuto')} options={LINES.map((l) => ({ value: l, label: t(`plan.line.${l}`) }))}
          onChange={(x) => set('actionLine', x.currentTarget.value)} />
        <fieldset>
          <legend>{t('placements.record.contract')}</legend>
          <SelectField id="pr-kind" label={t('placements.record.contractKind')} error={e.contractKind} value={d.contractKind}
            placeholder={t('placements.record.contractUnknown')} options={CONTRACT_KINDS.map((k) => ({ value: k, label: t(`quota.contract.kind.${k}`) }))}
            onChange={(x) => set('contractKind', x.currentTarget.value)} />
          {d.contractKind && (
            <>
              <TextField id="pr-months" label={t('quota.contract.months')} hint={t('quota.contract.monthsHint')} required={d.contractKind !== 'FORMAL_POST'}
                error={e.contractMonths} className="short" inputMode="numeric" autoComplete="off" value={d.contractMonths}
                onChange={(x) => set('contractMonths', x.currentTarget.value)} />
              <TextField id="pr-wage" label={t('quota.contract.wage')} required error={e.monthlyWage} className="medium" inputMode="decimal"
                autoComplete="off" value={d.monthlyWage} onChange={(x) => set('monthlyWage', x.currentTarget.value)} />
              <ChoiceGroup id="pr-insurance" name="pr-insurance" type="radio" legend={t('quota.contract.insurance')} required error={e.socialInsuranceFull}
                value={d.socialInsuranceFull} onChange={(v) => set('socialInsuranceFull', v as string)}
                choices={[{ value: 'yes', label: t('quota.yes') }, { value: 'no', label: t('quota.no') }]} />
            </>
          )}
        </fieldset>
        <TextArea id="pr-evidence" label={t('placements.record.evidence')} hint={t('placements.record.evidenceHint')} error={e.evidence}
          value={d.evidence} onChange={(x) => set('evidence', x.currentTarget.value)} />
        <TextArea id="pr-note" label={t('placements.record.note')} error={e.note} value={d.note} onChange={(x) => set('note', x.currentTarget.value)} />
        <ButtonRow><Button type="submit" aria-disabled={loading || undefined}>{t('placements.record.save')}</Button></ButtonRow>
      </form>
    </Page>
  );
}
