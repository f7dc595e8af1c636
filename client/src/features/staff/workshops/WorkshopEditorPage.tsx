// Staff register or edit a workshop or base (plan （四）（五）（六）): kind, name, county and place, capacity, kinds of
// work, home-based work, accessibility and supports, contact. Checked here first (the error summary takes focus), then
// by the server (its field messages land on the same fields).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField, ChoiceGroup, SelectField, TextArea, TextField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { WorkplaceSupport, WorkshopInput, WorkshopKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { WORKPLACE_SUPPORTS } from '../../../lib/enums';
import { useMark } from '../../../components/Lang';
import { WORKSHOP_KINDS } from '../../../lib/workshop-kinds';

const WORKSHOP_FOR_EDIT = graphql(`
  query WorkshopForEdit($id: ID!) {
    workshop(id: $id) {
      id kind name countyCode town address capacity supports accessibilityNote workKinds homeBased description contactName contactPhone
      organizationId employedCount canManage
    }
  }
`);
const CREATE_WORKSHOP = graphql(`
  mutation CreateWorkshop($input: WorkshopInput!) { createWorkshop(input: $input) { id name } }
`);
const UPDATE_WORKSHOP = graphql(`
  mutation UpdateWorkshop($id: ID!, $input: WorkshopInput!) { updateWorkshop(id: $id, input: $input) { id name capacity employedCount } }
`);

interface Draft {
  kind: string; name: string; countyCode: string; town: string; address: string; capacity: string; supports: string[];
  accessibilityNote: string; workKinds: string; homeBased: boolean; description: string; contactName: string; contactPhone: string;
}
type Field = 'kind' | 'name' | 'countyCode' | 'town' | 'address' | 'capacity' | 'workKinds' | 'accessibilityNote' | 'description' | 'contactName' | 'contactPhone';
const ORDER: ReadonlyArray<readonly [Field, string]> = [
  ['kind', 'wf-kind-0'], ['name', 'wf-name'], ['countyCode', 'wf-county'], ['town', 'wf-town'], ['address', 'wf-address'], ['capacity', 'wf-capacity'],
  ['workKinds', 'wf-work'], ['accessibilityNote', 'wf-access-note'], ['description', 'wf-description'], ['contactName', 'wf-contact'], ['contactPhone', 'wf-phone'],
];
const ALIASES: Record<string, Field> = Object.fromEntries(ORDER.map(([f]) => [`input.${f}`, f]));

/** The words of kinds of work, split on Chinese or Western commas and the enumeration comma. */
export function splitWorkKinds(text: string): string[] {
  return [...new Set(text.split(/[、,，;；\n]/).map((s) => s.trim()).filter(Boolean))];
}

export function checkWorkshop(d: Draft): { problems: Partial<Record<Field, 'workshops.err.kind' | 'workshops.err.name' | 'workshops.err.county' | 'workshops.err.capacity' | 'workshops.err.workKinds' | 'workshops.err.contactName' | 'workshops.err.contactPhone'>>; input: WorkshopInput | null } {
  const problems: ReturnType<typeof checkWorkshop>['problems'] = {};
  if (!WORKSHOP_KINDS.includes(d.kind as WorkshopKind)) problems.kind = 'workshops.err.kind';
  if (d.name.trim().length < 2 || d.name.trim().length > 100) problems.name = 'workshops.err.name';
  if (!/^\d{6}$/.test(d.countyCode)) problems.countyCode = 'workshops.err.county';
  const capacity = Number(d.capacity.trim());
  if (!/^\d{1,6}$/.test(d.capacity.trim()) || capacity > 100000) problems.capacity = 'workshops.err.capacity';
  const kinds = splitWorkKinds(d.workKinds);
  if (kinds.length > 10 || kinds.some((k) => k.length > 30)) problems.workKinds = 'workshops.err.workKinds';
  if (d.contactName.trim().length < 2 || d.contactName.trim().length > 50) problems.contactName = 'workshops.err.contactName';
  if (!/^[0-9+\-() ]{7,20}$/.test(d.contactPhone.trim())) problems.contactPhone = 'workshops.err.contactPhone';
  if (Object.keys(problems).length) return { problems, input: null };
  return { problems, input: {
    kind: d.kind as WorkshopKind, name: d.name.trim(), countyCode: d.countyCode, town: d.town.trim(), address: d.address.trim(), capacity,
    supports: d.supports as WorkplaceSupport[], accessibilityNote: d.accessibilityNote.trim(), workKinds: kinds, homeBased: d.homeBased,
    description: d.description.trim(), contactName: d.contactName.trim(), contactPhone: d.contactPhone.trim(),
  } };
}

const EMPTY: Draft = { kind: '', name: '', countyCode: '', town: '', address: '', capacity: '', supports: [], accessibilityNote: '', workKinds: '',
  homeBased: false, description: '', contactName: '', contactPhone: '' };

export function WorkshopEditorPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { data, loading, error } = useQuery(WORKSHOP_FOR_EDIT, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  if (id && loading && !data) return <Loading />;
  const w = data?.workshop;
  if (id && (error || !w)) {
    return (
      <Page title={t('workshops.detail.notFound')}>
        <p>{t('workshops.detail.notFoundBody')}</p>
        <p><Link to="/staff/workshops">{t('workshops.staff.title')}</Link></p>
      </Page>
    );
  }
  if (w && !w.canManage) {
    return (
      <Page title={t('workshops.form.editTitle', { name: w.name })}>
        <Notice tone="warning"><p>{t('workshops.staff.readOnly')}</p></Notice>
        <p><Link to="/staff/workshops">{t('workshops.staff.title')}</Link></p>
      </Page>
    );
  }
  const initial: Draft | null = w ? {
    kind: w.kind, name: w.name, countyCode: w.countyCode, town: w.town, address: w.address, capacity: String(w.capacity), supports: w.supports,
    accessibilityNote: w.accessibilityNote, workKinds: w.workKinds.join('、'), homeBased: w.homeBased, description: w.description,
    contactName: w.contactName, contactPhone: w.contactPhone,
  } : null;
  return <WorkshopForm key={w?.id ?? 'new'} id={w?.id ?? null} initial={initial} employed={w?.employedCount ?? null} organizationId={w?.organizationId ?? null} />;
}

function WorkshopForm({ id, initial, employed, organizationId }: { id: string | null; initial: Draft | null; employed: number | null; organizationId: string | null }) {
  const mark = useMark();
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const { me } = useSession();
  const counties = useCountyOptions();
  const scope = me?.scopeCountyCode ?? null;
  const [d, setD] = useState<Draft>(() => initial ?? { ...EMPTY, countyCode: scope ?? '' });
  const errors = useFormErrors<Field>(ORDER, ALIASES);
  const [create, { loading: creating }] = useMutation(CREATE_WORKSHOP);
  const [update, { loading: updating }] = useMutation(UPDATE_WORKSHOP);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const e = errors.fields;
  const title = id ? t('workshops.form.editTitle', { name: initial?.name ?? '' }) : t('workshops.form.newTitle');

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (creating || updating) return;
    const { problems, input } = checkWorkshop(d);
    if (!input) return errors.fail(Object.fromEntries(Object.entries(problems).map(([f, k]) => [f, t(k!)])) as Partial<Record<Field, string>>);
    try {
      if (id) {
        await update({ variables: { id, input: { ...input, organizationId } } });
        navigate(`/staff/workshops?county=${input.countyCode}`, { state: { flash: t('workshops.form.saved', { name: input.name }) } });
      } else {
        await create({ variables: { input } });
        navigate(`/staff/workshops?county=${input.countyCode}`, { state: { flash: t('workshops.form.created', { name: input.name }) } });
      }
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Page title={title} hasErrors={errors.hasErrors}>
      <p>{t('workshops.form.intro')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <ChoiceGroup id="wf-kind" name="kind" type="radio" legend={t('workshops.form.kind')} required error={e.kind} value={d.kind}
          onChange={(v) => set('kind', v as string)} choices={WORKSHOP_KINDS.map((k) => ({ value: k, label: t(`workshops.kind.${k}`) }))} />
        <TextField id="wf-name" label={t('workshops.form.name')} required error={e.name} value={d.name} onChange={(x) => set('name', x.currentTarget.value)} />
        <SelectField id="wf-county" label={t('workshops.form.county')} hint={scope ? t('workshops.form.countyHintScoped') : undefined} required
          error={e.countyCode} value={d.countyCode} placeholder={t('workshops.err.county')} options={counties.options}
          onChange={(x) => set('countyCode', x.currentTarget.value)} />
        <TextField id="wf-town" label={t('workshops.form.town')} error={e.town} className="medium" value={d.town} onChange={(x) => set('town', x.currentTarget.value)} />
        <TextField id="wf-address" label={t('workshops.form.address')} error={e.address} autoComplete="off" value={d.address} onChange={(x) => set('address', x.currentTarget.value)} />
        <TextField id="wf-capacity" label={t('workshops.form.capacity')} required className="short" inputMode="numeric" autoComplete="off" error={e.capacity}
          hint={employed != null ? t('workshops.form.capacityHintNow', { count: employed }) : t('workshops.form.capacityHint')}
          value={d.capacity} onChange={(x) => set('capacity', x.currentTarget.value)} />
        <TextField id="wf-work" label={t('workshops.form.workKinds')} hint={t('workshops.form.workKindsHint')} error={e.workKinds}
          value={d.workKinds} onChange={(x) => set('workKinds', x.currentTarget.value)} />
        <CheckboxField id="wf-home" label={t('workshops.form.homeBased')} checked={d.homeBased} onChange={(v) => set('homeBased', v)} />
        <ChoiceGroup id="wf-supports" name="supports" type="checkbox" legend={t('workshops.form.supports')} value={d.supports} columns
          onChange={(v) => set('supports', v as string[])} choices={WORKPLACE_SUPPORTS.map((s) => ({ value: s, label: label('WorkplaceSupport', s) }))} />
        <TextArea id="wf-access-note" label={t('workshops.form.accessNote')} error={e.accessibilityNote} rows={3} value={d.accessibilityNote}
          onChange={(x) => set('accessibilityNote', x.currentTarget.value)} />
        <TextArea id="wf-description" label={t('workshops.form.description')} error={e.description} rows={4} value={d.description}
          onChange={(x) => set('description', x.currentTarget.value)} />
        <TextField id="wf-contact" label={t('workshops.form.contactName')} required error={e.contactName} autoComplete="off" className="medium"
          value={d.contactName} onChange={(x) => set('contactName', x.currentTarget.value)} />
        <TextField id="wf-phone" label={t('workshops.form.contactPhone')} hint={t('workshops.form.contactPhoneHint')} required error={e.contactPhone}
          type="tel" autoComplete="off" className="medium" value={d.contactPhone} onChange={(x) => set('contactPhone', x.currentTarget.value)} />
        <ButtonRow>
          <Button type="submit" aria-disabled={creating || updating || undefined}>{t('workshops.form.save')}</Button>
          <Link to="/staff/workshops">{t('common.cancel')}</Link>
        </ButtonRow>
      </form>
    </Page>
  );
}
