// City-wide staff enter an action plan, or change one, as its text states it: the title word for word, the issuing
// body and number only where the text gives them, the documents it is based on, its period, and its targets as a
// table of rows (measure, figure, year, county, action line, where the text sets it). Nothing is worked out here.
import { useMutation } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextArea, TextField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { ActionLine, PlanMetric } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';
import { describeError } from '../../../lib/graphql-errors';
import { EditorNotice, useEditorRecord, wholeNumber } from '../editor-page';
import { canEditPlans } from './PlansPage';
import './plan.css';
import { useMark } from '../../../components/Lang';

export const PLAN_FOR_EDIT = graphql(`
  query PlanForEdit($id: ID!) {
    plan(id: $id) {
      id title issuingBody documentNumber basis { title documentNumber } startDate endDate notes status
      targets { id metric value year countyCode actionLine source }
    }
  }
`);

export const SAVE_PLAN = graphql(`
  mutation SavePlan($input: PlanInput!) { savePlan(input: $input) { id title startDate endDate } }
`);

export const DELETE_PLAN = graphql(`
  mutation DeletePlan($id: ID!) { deletePlan(id: $id) }
`);

const METRICS: PlanMetric[] = ['NEW_EMPLOYMENT', 'GRADUATE_SERVICE_RATE', 'GRADUATE_EMPLOYMENT_RATE', 'PUBLIC_WELFARE_SHARE'] as PlanMetric[];
const LINES = ['PUBLIC_SECTOR', 'STATE_OWNED', 'PRIVATE', 'DISABILITY_ORG', 'HARD_TO_EMPLOY', 'RURAL', 'GRADUATE', 'BLIND_MASSAGE'] as const;

interface BasisRow { key: number; title: string; number: string }
interface TargetRow { key: number; metric: PlanMetric; value: string; year: string; county: string; line: string; source: string }
interface Draft {
  planTitle: string; issuingBody: string; documentNumber: string; periodStart: string; periodEnd: string; notes: string;
  basis: BasisRow[]; targets: TargetRow[];
}

let nextKey = 1;
const newTarget = (): TargetRow => ({ key: nextKey++, metric: 'NEW_EMPLOYMENT' as PlanMetric, value: '', year: '', county: '', line: '', source: '' });
const emptyDraft = (): Draft => ({ planTitle: '', issuingBody: '', documentNumber: '', periodStart: '', periodEnd: '', notes: '', basis: [], targets: [newTarget()] });

export function PlanEditorPage() {
  const { t } = useI18n();
  const { id, me, data, error, title, waiting } = useEditorRecord(PLAN_FOR_EDIT, { edit: 'plans.editor.editTitle', add: 'plans.editor.newTitle' });
  if (waiting) return <Loading />;
  const back = { back: '/staff/plans', backText: t('plans.editor.back') };
  if (!canEditPlans(me)) return <EditorNotice title={title} tone="warning" text={t('plans.cityOnly')} {...back} />;
  if (id && (error || !data)) {
    const text = (error && describeError(error).code === 'NOT_FOUND') || !error ? t('plans.editor.notFound') : t('error.loadFailed');
    return <EditorNotice title={title} tone="error" text={text} {...back} />;
  }
  const p = data?.plan;
  const initial: Draft = p ? {
    planTitle: p.title, issuingBody: p.issuingBody ?? '', documentNumber: p.documentNumber ?? '', periodStart: p.startDate, periodEnd: p.endDate,
    notes: p.notes, basis: p.basis.map((b) => ({ key: nextKey++, title: b.title, number: b.documentNumber ?? '' })),
    targets: p.targets.map((x) => ({ key: nextKey++, metric: x.metric, value: String(x.value), year: x.year ? String(x.year) : '',
      county: x.countyCode ?? '', line: x.actionLine ?? '', source: x.source })),
  } : emptyDraft();
  return <PlanForm key={id ?? 'new'} id={id ?? null} title={title} initial={initial} deletable={p?.status === 'NOT_STARTED'} />;
}

function PlanForm({ id, title, initial, deletable }: { id: string | null; title: string; initial: Draft; deletable: boolean }) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { options: counties } = useCountyOptions();
  const [draft, setDraft] = useState<Draft>(initial);
  const [save, { loading: saving }] = useMutation(SAVE_PLAN);
  const [remove, { loading: deleting }] = useMutation(DELETE_PLAN);
  const focusAfter = useRef<string | null>(null);

  // the fields in page order, each with the id of its control: the error summary links to them
  const order = useMemo((): Array<readonly [string, string]> => [
    ['planTitle', 'plan-title'], ['issuingBody', 'plan-issuer'], ['documentNumber', 'plan-number'],
    ['periodStart', 'plan-start'], ['periodEnd', 'plan-end'], ['notes', 'plan-notes'],
    ...draft.basis.flatMap((_, i) => [[`basis.${i}.basisTitle`, `basis-${i}-title`] as const, [`basis.${i}.basisNumber`, `basis-${i}-number`] as const]),
    ['targets', 'add-target'] as const,
    ...draft.targets.flatMap((_, i) => ['metric', 'targetValue', 'targetYear', 'targetCounty', 'targetLine', 'targetSource']
      .map((f) => [`targets.${i}.${f}`, `target-${i}-${f}`] as const)),
  ], [draft.basis, draft.targets]);
  const errors = useFormErrors<string>(order);

  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setTarget = (i: number, patch: Partial<TargetRow>) => setDraft((d) => ({ ...d, targets: d.targets.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  const setBasis = (i: number, patch: Partial<BasisRow>) => setDraft((d) => ({ ...d, basis: d.basis.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));

  const years = (() => {
    const a = Number(draft.periodStart.slice(0, 4));
    const b = Number(draft.periodEnd.slice(0, 4));
    if (!/^\d{4}-/.test(draft.periodStart) || !/^\d{4}-/.test(draft.periodEnd) || b < a || b - a > 20) return [];
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  })();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const problems: Record<string, string> = {};
    const required = (v: string, key: string, label: MessageKey) => { if (!v.trim()) problems[key] = t('plans.editor.required', { field: t(label) }); };
    required(draft.planTitle, 'planTitle', 'plans.editor.planTitle');
    required(draft.periodStart, 'periodStart', 'plans.editor.periodStart');
    required(draft.periodEnd, 'periodEnd', 'plans.editor.periodEnd');
    draft.basis.forEach((b, i) => required(b.title, `basis.${i}.basisTitle`, 'plans.editor.basisName'));
    draft.targets.forEach((x, i) => {
      const n = wholeNumber(x.value, 9);
      if (n === null || n < 1) problems[`targets.${i}.targetValue`] = t('plans.editor.wholeNumber', { field: t('plans.editor.targetValue') });
      required(x.source, `targets.${i}.targetSource`, 'plans.editor.targetSource');
    });
    if (Object.keys(problems).length) {
      errors.fail(problems);
      return;
    }
    try {
      const { data } = await save({ variables: { input: {
        id, planTitle: draft.planTitle.trim(), issuingBody: draft.issuingBody.trim() || null, documentNumber: draft.documentNumber.trim() || null,
        periodStart: draft.periodStart.trim(), periodEnd: draft.periodEnd.trim(), notes: draft.notes.trim(),
        basis: draft.basis.map((b) => ({ basisTitle: b.title.trim(), basisNumber: b.number.trim() || null })),
        targets: draft.targets.map((x) => ({
          metric: x.metric, targetValue: wholeNumber(x.value, 9)!, targetYear: x.year ? Number(x.year) : null,
          targetCounty: x.county || null, targetLine: (x.line || null) as ActionLine | null, targetSource: x.source.trim(),
        })),
      } } });
      errors.clear();
      const message = t('plans.editor.saved', { title: data!.savePlan.title });
      announce(message);
      void navigate('/staff/plans', { state: { notice: message } });
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  const del = async () => {
    if (!id || deleting) return;
    try {
      await remove({ variables: { id } });
      announce(t('plans.editor.deleted'));
      void navigate('/staff/plans', { state: { notice: t('plans.editor.deleted') } });
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  const percent = (m: PlanMetric) => m !== 'NEW_EMPLOYMENT';
  const f = errors.fields;

  return mark(
    <Page title={title} hasErrors={errors.hasErrors}>
      <p>{t('plans.editor.intro')}</p>
      <p><Link to="/staff/plans">{t('plans.editor.back')}</Link></p>
      <form onSubmit={submit} noValidate aria-labelledby="plan-form-about" className="plan-form">
        <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
        <h2 id="plan-form-about">{t('plans.editor.about')}</h2>
        <TextField id="plan-title" label={t('plans.editor.planTitle')} hint={t('plans.editor.planTitleHint')} required lang="zh-CN"
          error={f.planTitle} value={draft.planTitle} maxLength={200} autoComplete="off"
          onChange={(e) => { set({ planTitle: e.currentTarget.value }); errors.clearField('planTitle'); }} />
        <TextField id="plan-issuer" label={t('plans.editor.issuingBody')} hint={t('plans.editor.issuingBodyHint')}
          error={f.issuingBody} value={draft.issuingBody} maxLength={200} autoComplete="off"
          onChange={(e) => set({ issuingBody: e.currentTarget.value })} />
        <TextField id="plan-number" label={t('plans.editor.documentNumber')} hint={t('plans.editor.documentNumberHint')}
          error={f.documentNumber} value={draft.documentNumber} maxLength={100} autoComplete="off"
          onChange={(e) => set({ documentNumber: e.currentTarget.value })} />
        <div className="plan-filter-fields">
          <TextField id="plan-start" label={t('plans.editor.periodStart')} hint={t('plans.editor.dateHint')} required inputMode="numeric"
            error={f.periodStart} value={draft.periodStart} maxLength={10} autoComplete="off" className="short"
            onChange={(e) => { set({ periodStart: e.currentTarget.value }); errors.clearField('periodStart'); }} />
          <TextField id="plan-end" label={t('plans.editor.periodEnd')} hint={t('plans.editor.dateHint')} required inputMode="numeric"
            error={f.periodEnd} value={draft.periodEnd} maxLength={10} autoComplete="off" className="short"
            onChange={(e) => { set({ periodEnd: e.currentTarget.value }); errors.clearField('periodEnd'); }} />
        </div>
        <TextArea id="plan-notes" label={t('plans.editor.notes')} error={f.notes} value={draft.notes} maxLength={2000} rows={3}
          onChange={(e) => set({ notes: e.currentTarget.value })} />

        <h2 id="plan-form-basis">{t('plans.editor.basisTitle')}</h2>
        <p>{t('plans.editor.basisIntro')}</p>
        {draft.basis.map((b, i) => (
          <fieldset key={b.key} className="plan-row">
            <legend>{t('plans.editor.basisLegend', { n: i + 1 })}</legend>
            <TextField id={`basis-${i}-title`} label={t('plans.editor.basisName')} required lang="zh-CN" error={f[`basis.${i}.basisTitle`]}
              value={b.title} maxLength={300} autoComplete="off" onChange={(e) => setBasis(i, { title: e.currentTarget.value })} />
            <TextField id={`basis-${i}-number`} label={t('plans.editor.basisNumber')} hint={t('plans.editor.basisNumberHint')}
              error={f[`basis.${i}.basisNumber`]} value={b.number} maxLength={100} autoComplete="off"
              onChange={(e) => setBasis(i, { number: e.currentTarget.value })} />
            <Button variant="secondary" onClick={() => {
              focusAfter.current = 'add-basis';
              set({ basis: draft.basis.filter((_, j) => j !== i) });
            }}>{t('plans.editor.removeBasis', { n: i + 1 })}</Button>
          </fieldset>
        ))}
        <p><Button id="add-basis" variant="secondary" onClick={() => {
          focusAfter.current = `basis-${draft.basis.length}-title`;
          set({ basis: [...draft.basis, { key: nextKey++, title: '', number: '' }] });
        }}>{t('plans.editor.addBasis')}</Button></p>

        <h2 id="plan-form-targets">{t('plans.editor.targetsTitle')}</h2>
        <p>{t('plans.editor.targetsIntro')}</p>
        {draft.targets.map((x, i) => (
          <fieldset key={x.key} className="plan-row">
            <legend>{t('plans.editor.targetLegend', { n: i + 1 })}</legend>
            <div className="plan-filter-fields">
              <SelectField id={`target-${i}-metric`} label={t('plans.editor.metric')} error={f[`targets.${i}.metric`]} value={x.metric}
                options={METRICS.map((m) => ({ value: m, label: t(`plans.metric.${m}` as MessageKey) }))}
                onChange={(e) => setTarget(i, { metric: e.currentTarget.value as PlanMetric })} />
              <TextField id={`target-${i}-targetValue`} label={t('plans.editor.targetValue')} required inputMode="numeric" className="short"
                hint={t(percent(x.metric) ? 'plans.editor.targetValueHintPercent' : 'plans.editor.targetValueHintPeople')}
                error={f[`targets.${i}.targetValue`]} value={x.value} maxLength={9} autoComplete="off"
                onChange={(e) => { setTarget(i, { value: e.currentTarget.value }); errors.clearField(`targets.${i}.targetValue`); }} />
              <SelectField id={`target-${i}-targetYear`} label={t('plans.editor.targetYear')} error={f[`targets.${i}.targetYear`]} value={x.year}
                options={[{ value: '', label: t('plans.editor.any') }, ...years.map((y) => ({ value: String(y), label: t('plan.yearLabel', { year: y }) }))]}
                onChange={(e) => setTarget(i, { year: e.currentTarget.value })} />
              <SelectField id={`target-${i}-targetCounty`} label={t('plans.editor.targetCounty')} error={f[`targets.${i}.targetCounty`]} value={x.county}
                options={[{ value: '', label: t('plans.editor.any') }, ...counties]}
                onChange={(e) => setTarget(i, { county: e.currentTarget.value })} />
              <SelectField id={`target-${i}-targetLine`} label={t('plans.editor.targetLine')} error={f[`targets.${i}.targetLine`]} value={x.line}
                options={[{ value: '', label: t('plans.editor.any') }, ...LINES.map((l) => ({ value: l, label: t(`plan.line.${l}` as MessageKey) }))]}
                onChange={(e) => setTarget(i, { line: e.currentTarget.value })} />
            </div>
            <TextField id={`target-${i}-targetSource`} label={t('plans.editor.targetSource')} hint={t('plans.editor.targetSourceHint')} required
              error={f[`targets.${i}.targetSource`]} value={x.source} maxLength={500} autoComplete="off"
              onChange={(e) => { setTarget(i, { source: e.currentTarget.value }); errors.clearField(`targets.${i}.targetSource`); }} />
            {draft.targets.length > 1 && (
              <Button variant="secondary" onClick={() => {
                focusAfter.current = 'add-target';
                set({ targets: draft.targets.filter((_, j) => j !== i) });
              }}>{t('plans.editor.removeTarget', { n: i + 1 })}</Button>
            )}
          </fieldset>
        ))}
        <p><Button id="add-target" variant="secondary" onClick={() => {
          focusAfter.current = `target-${draft.targets.length}-metric`;
          set({ targets: [...draft.targets, newTarget()] });
        }}>{t('plans.editor.addTarget')}</Button></p>

        <ButtonRow>
          <Button type="submit" aria-disabled={saving || undefined}>{t('plans.editor.save')}</Button>
          {id && deletable && <Button variant="danger" onClick={() => { void del(); }}>{t('plans.editor.delete')}</Button>}
        </ButtonRow>
        {id && !deletable && <p className="hint">{t('plans.editor.deleteHint')}</p>}
      </form>
    </Page>
  );
}
