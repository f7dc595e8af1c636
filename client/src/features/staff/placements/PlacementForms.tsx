// The two forms of a placement's page: record its end (date, reason, note) and correct it (only what changes, with
// the reason; the employer too, found by name as when recording). Problems go to each form's error summary; a saved change is announced and the history reloads.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextArea, TextField } from '../../../components/fields';
import { Notice } from '../../../components/Notice';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { ActionLine, EmploymentForm, PlacementEndReason } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { FindAndChoose } from './FindAndChoose';
import type { PlacementDetail } from './PlacementPage';
import { FIND_ORGANIZATIONS } from './RecordPlacementPage';
import { END_REASONS, FORMS, isDate, LINES } from './placement-text';
import { useMark } from '../../../components/Lang';

export const END_PLACEMENT = graphql(`
  mutation EndPlacement($id: ID!, $endDate: String!, $reason: PlacementEndReason!, $note: String) {
    endPlacement(id: $id, endDate: $endDate, reason: $reason, note: $note) { id endDate endReason }
  }
`);

export const CORRECT_PLACEMENT = graphql(`
  mutation CorrectPlacement($id: ID!, $input: CorrectPlacementInput!) {
    correctPlacement(id: $id, input: $input) { id startDate endDate endReason employmentForm actionLine evidence note organization { id name } }
  }
`);

type EndField = 'endDate' | 'reason' | 'note';
const END_ORDER: ReadonlyArray<readonly [EndField, string]> = [['endDate', 'pe-date'], ['reason', 'pe-reason'], ['note', 'pe-note']];

export function EndPlacementForm({ placement, onSaved, onErrors }: { placement: PlacementDetail; onSaved: () => Promise<void>; onErrors: (has: boolean) => void }) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const errors = useFormErrors<EndField>(END_ORDER);
  const [endDate, setEndDate] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [end, { loading }] = useMutation(END_PLACEMENT);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems: Partial<Record<EndField, string>> = {};
    if (!isDate(endDate.trim())) problems.endDate = t('placements.err.endDate');
    if (!reason) problems.reason = t('placements.err.endReason');
    if (reason === 'OTHER' && !note.trim()) problems.note = t('placements.err.endNote');
    if (Object.keys(problems).length) {
      onErrors(true);
      return errors.fail(problems);
    }
    try {
      await end({ variables: { id: placement.id, endDate: endDate.trim(), reason: reason as PlacementEndReason, note: note.trim() } });
      errors.clear();
      onErrors(false);
      announce(t('placements.end.saved'));
      await onSaved();
    } catch (err) {
      onErrors(true);
      errors.failFromServer(err, t('error.generic'));
    }
  };
  return mark(
    <section aria-labelledby="pe-title">
      <h2 id="pe-title">{t('placements.end.title')}</h2>
      <p>{t('placements.end.intro')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <TextField id="pe-date" label={t('placements.end.date')} hint={t('placements.record.startHint')} required error={errors.fields.endDate}
          className="medium" autoComplete="off" value={endDate} onChange={(e) => setEndDate(e.currentTarget.value)} />
        <SelectField id="pe-reason" label={t('placements.end.reason')} required error={errors.fields.reason} value={reason}
          placeholder={t('placements.record.choose')} options={END_REASONS.map((r) => ({ value: r, label: t(`placements.endReason.${r}`) }))}
          onChange={(e) => setReason(e.currentTarget.value)} />
        <TextArea id="pe-note" label={t('placements.end.note')} required={reason === 'OTHER'} error={errors.fields.note} value={note}
          onChange={(e) => setNote(e.currentTarget.value)} />
        <ButtonRow><Button type="submit" aria-disabled={loading || undefined}>{t('placements.end.save')}</Button></ButtonRow>
      </form>
    </section>
  );
}

type CorrectField = 'startDate' | 'endDate' | 'endReason' | 'employmentForm' | 'actionLine' | 'organization' | 'evidence' | 'reason' | 'input';
const CORRECT_ORDER: ReadonlyArray<readonly [CorrectField, string]> = [
  ['input', 'pc-start'], ['startDate', 'pc-start'], ['endDate', 'pc-end'], ['endReason', 'pc-end-reason'], ['employmentForm', 'pc-form'],
  ['actionLine', 'pc-line'], ['organization', 'pc-org-words'], ['evidence', 'pc-evidence'], ['reason', 'pc-reason'],
];
const CORRECT_ALIASES: Record<string, CorrectField> = {
  'input.startDate': 'startDate', 'input.endDate': 'endDate', 'input.endReason': 'endReason', 'input.employmentForm': 'employmentForm',
  'input.actionLine': 'actionLine', 'input.organizationId': 'organization', 'input.evidence': 'evidence', 'input.reason': 'reason',
};

export function CorrectPlacementForm({ placement: p, onSaved, onErrors }: { placement: PlacementDetail; onSaved: () => Promise<void>; onErrors: (has: boolean) => void }) {
  const mark = useMark();
  const { t, label } = useI18n();
  const announce = useAnnounce();
  const client = useApolloClient();
  const errors = useFormErrors<CorrectField>(CORRECT_ORDER, CORRECT_ALIASES);
  const [d, setD] = useState({ startDate: '', endDate: '', endReason: '', employmentForm: '', actionLine: '', evidence: '', reason: '' });
  const [organizationId, setOrganizationId] = useState('');
  // a new finder after each saved correction (its matches belong to the one before)
  const [round, setRound] = useState(0);
  const findOrganizations = async (query: string) => ((await client.query({ query: FIND_ORGANIZATIONS, variables: { query }, fetchPolicy: 'network-only' }))
    .data?.organizations.items ?? []).map((o) => ({ id: o.id, label: o.name }));
  const [done, setDone] = useState(false);
  const [correct, { loading }] = useMutation(CORRECT_PLACEMENT);
  const set = (k: keyof typeof d, v: string) => { setD((x) => ({ ...x, [k]: v })); setDone(false); };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const problems: Partial<Record<CorrectField, string>> = {};
    if (d.startDate.trim() && !isDate(d.startDate.trim())) problems.startDate = t('placements.err.start');
    if (d.endDate.trim() && !isDate(d.endDate.trim())) problems.endDate = t('placements.err.endDate');
    if (organizationId && organizationId === p.organization.id) problems.organization = t('placements.err.sameEmployer');
    if (!d.reason.trim()) problems.reason = t('placements.err.reason');
    if (Object.keys(problems).length) {
      onErrors(true);
      return errors.fail(problems);
    }
    const input = {
      ...(organizationId ? { organizationId } : {}),
      ...(d.startDate.trim() ? { startDate: d.startDate.trim() } : {}),
      ...(d.endDate.trim() ? { endDate: d.endDate.trim() } : {}),
      ...(d.endReason ? { endReason: d.endReason as PlacementEndReason } : {}),
      ...(d.employmentForm ? { employmentForm: d.employmentForm as EmploymentForm } : {}),
      ...(d.actionLine ? { actionLine: d.actionLine as ActionLine } : {}),
      ...(d.evidence.trim() ? { evidence: d.evidence.trim() } : {}),
      reason: d.reason.trim(),
    };
    try {
      await correct({ variables: { id: p.id, input } });
      errors.clear();
      onErrors(false);
      setD({ startDate: '', endDate: '', endReason: '', employmentForm: '', actionLine: '', evidence: '', reason: '' });
      setOrganizationId('');
      setRound((r) => r + 1);
      setDone(true);
      announce(t('placements.correct.saved'));
      await onSaved();
    } catch (err) {
      onErrors(true);
      errors.failFromServer(err, t('error.generic'));
    }
  };
  return mark(
    <section aria-labelledby="pc-title">
      <h2 id="pc-title">{t('placements.correct.title')}</h2>
      <p>{t('placements.correct.intro')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      {done && <Notice tone="success"><p>{t('placements.correct.saved')}</p></Notice>}
      <form onSubmit={submit} noValidate>
        <TextField id="pc-start" label={t('placements.col.start')} hint={t('placements.record.startHint')} error={errors.fields.startDate ?? errors.fields.input}
          className="medium" autoComplete="off" value={d.startDate} onChange={(e) => set('startDate', e.currentTarget.value)} />
        {p.endDate && (
          <>
            <TextField id="pc-end" label={t('placements.col.end')} hint={t('placements.record.startHint')} error={errors.fields.endDate}
              className="medium" autoComplete="off" value={d.endDate} onChange={(e) => set('endDate', e.currentTarget.value)} />
            <SelectField id="pc-end-reason" label={t('placements.end.reason')} error={errors.fields.endReason} value={d.endReason}
              placeholder={t('placements.correct.keep')} options={END_REASONS.map((r) => ({ value: r, label: t(`placements.endReason.${r}`) }))}
              onChange={(e) => set('endReason', e.currentTarget.value)} />
          </>
        )}
        <SelectField id="pc-form" label={t('placements.col.form')} error={errors.fields.employmentForm} value={d.employmentForm}
          placeholder={t('placements.correct.keep')} options={FORMS.map((f) => ({ value: f, label: label('EmploymentForm', f) }))}
          onChange={(e) => set('employmentForm', e.currentTarget.value)} />
        <SelectField id="pc-line" label={t('placements.detail.line')} error={errors.fields.actionLine} value={d.actionLine}
          placeholder={t('placements.correct.keep')} options={LINES.map((l) => ({ value: l, label: t(`plan.line.${l}`) }))}
          onChange={(e) => set('actionLine', e.currentTarget.value)} />
        {p.postingId
          ? <p>{t('placements.correct.employerFixed', { name: p.organization.name })}</p>
          : (
            <FindAndChoose key={round} id="pc-org" legend={t('placements.correct.employer')} intro={t('placements.correct.employerNow', { name: p.organization.name })}
              searchLabel={t('placements.correct.employerSearch')} error={errors.fields.organization} value={organizationId} search={findOrganizations}
              onChange={(v) => { setOrganizationId(v); setDone(false); }} />
          )}
        <TextArea id="pc-evidence" label={t('placements.detail.evidence')} error={errors.fields.evidence} value={d.evidence}
          onChange={(e) => set('evidence', e.currentTarget.value)} />
        <TextArea id="pc-reason" label={t('placements.correct.reason')} required error={errors.fields.reason} value={d.reason}
          onChange={(e) => set('reason', e.currentTarget.value)} />
        <ButtonRow><Button type="submit" aria-disabled={loading || undefined}>{t('placements.correct.save')}</Button></ButtonRow>
      </form>
    </section>
  );
}
