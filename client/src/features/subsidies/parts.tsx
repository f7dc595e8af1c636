// Pieces the subsidy pages share: the 待核实 mark, an amount, and one "can I claim it, and why" card with its
// application form. Every figure or condition no source states is marked 待核实 in words, never shown as a fact.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonRow } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/fields';
import { useMark } from '../../components/Lang';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import type { SubsidyApplicationStatus, SubsidyCode } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import './subsidies.css';

export const NOTE_MAX = 500;

/** 待核实, as a badge a screen reader reads as a word. */
export function Unverified() {
  const mark = useMark();
  const { t } = useI18n();
  // the English words keep the Chinese term (marked as Chinese), the one staff and the plan's readers use
  return mark(<span className="badge unverified">{t('sub.unverified')}</span>);
}

export function AmountText({ amount }: { amount: { verified: boolean; text: string } }) {
  return amount.verified ? <>{amount.text}</> : <Unverified />;
}

export function ApplicationStatusBadge({ status }: { status: SubsidyApplicationStatus }) {
  const { t } = useI18n();
  const tone = status === 'APPROVED' ? 'status-good' : status === 'REJECTED' ? 'status-bad' : 'status-neutral';
  return <span className={`badge ${tone}`}>{t(`sub.status.${status}` as MessageKey)}</span>;
}

const APPLY = graphql(`
  mutation ApplyForSubsidy($input: ApplySubsidyInput!) { applyForSubsidy(input: $input) { id status subsidyCode placementId workshopId enrolmentId } }
`);

export interface ItemData {
  subsidy: { code: SubsidyCode; name: string; source: string; eligibility: string; unverified: readonly string[]; amount: { verified: boolean; text: string } };
  placementId?: string | null;
  workshopId?: string | null;
  enrolmentId?: string | null;
  /** the workshop or course it is for, by name */
  subjectName?: string | null;
  outcome: 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'UNDETERMINED';
  why: string;
  facts: ReadonlyArray<{ key: string; label: string; value: string }>;
  application?: { id: string; status: SubsidyApplicationStatus } | null;
}

/**
 * One subsidy for a hire, the employer itself or a person: the outcome and why, the facts it rests on, the plan's
 * condition and section, the amount (待核实 unless a source states it); and, when it may be claimed and has not been,
 * a small form to apply. `headingLevel` keeps the page's outline.
 */
export function EligibilityCard({ item, headingLevel, onErrors, refetch }: {
  item: ItemData;
  headingLevel: 2 | 3;
  onErrors: (has: boolean) => void;
  refetch: string[];
}) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const id = `sub-${item.placementId ?? item.workshopId ?? item.enrolmentId ?? 'own'}-${item.subsidy.code}`;
  // one subsidy may be listed for several workshops or courses: the heading and the button name which
  const title = item.subjectName ? t('sub.withSubject', { name: item.subsidy.name, subject: item.subjectName }) : item.subsidy.name;
  const [note, setNote] = useState('');
  const errors = useFormErrors<'note' | 'subsidyCode'>([['note', `${id}-note`], ['subsidyCode', `${id}-submit`]],
    { 'input.note': 'note', 'input.subsidyCode': 'subsidyCode', 'input.placementId': 'subsidyCode', 'input.workshopId': 'subsidyCode', 'input.enrolmentId': 'subsidyCode' });
  const [apply, { loading }] = useMutation(APPLY, { refetchQueries: refetch, awaitRefetchQueries: true });
  const canApply = item.outcome === 'ELIGIBLE' && !item.application;

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    if (note.trim().length > NOTE_MAX) {
      errors.fail({ note: t('sub.apply.noteTooLong') });
      onErrors(true);
      return;
    }
    try {
      await apply({ variables: { input: {
        subsidyCode: item.subsidy.code, placementId: item.placementId ?? null, workshopId: item.workshopId ?? null, enrolmentId: item.enrolmentId ?? null,
        note: note.trim() || null,
      } } });
      errors.clear();
      onErrors(false);
      announce(t('sub.apply.sent', { name: title }));
      setTimeout(() => document.getElementById(`${id}-title`)?.focus(), 0);
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
      onErrors(true);
    }
  };

  return mark(
    <article className="card subsidy-card" aria-labelledby={`${id}-title`}>
      <H id={`${id}-title`} tabIndex={-1}>{title}</H>
      <p className="badges-line">
        <span className={`badge ${item.outcome === 'ELIGIBLE' ? 'status-good' : item.outcome === 'UNDETERMINED' ? 'unverified' : 'status-neutral'}`}>
          {t(`sub.outcome.${item.outcome}`)}
        </span>
        {item.application && <ApplicationStatusBadge status={item.application.status} />}
      </p>
      <p>{t('sub.why', { why: item.why })}</p>
      {item.facts.length > 0 && (
        <>
          <p className="field-label">{t('sub.facts')}</p>
          <dl className="subsidy-facts">
            {item.facts.map((f) => <div key={f.key}><dt>{f.label}</dt><dd>{f.value}</dd></div>)}
          </dl>
        </>
      )}
      <p>{t('sub.amountIs')}<AmountText amount={item.subsidy.amount} /></p>
      <details>
        <summary>{t('sub.rule', { source: item.subsidy.source.split('：')[0] })}</summary>
        <p>{item.subsidy.eligibility}{item.subsidy.unverified.includes('CONDITIONS') && <> <Unverified /></>}</p>
        <p className="source">{item.subsidy.source}</p>
      </details>
      {canApply && (
        <form onSubmit={submit} noValidate>
          <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
          <TextArea id={`${id}-note`} label={t('sub.apply.note')} hint={t('sub.apply.noteHint')} error={errors.fields.note} rows={2}
            value={note} onChange={(e) => { setNote(e.currentTarget.value); errors.clearField('note'); }} />
          {errors.fields.subsidyCode && <p className="field-error" id={`${id}-submit-error`}>{errors.fields.subsidyCode}</p>}
          <ButtonRow>
            <Button id={`${id}-submit`} type="submit" aria-disabled={loading || undefined}>{t('sub.apply.submit', { name: title })}</Button>
          </ButtonRow>
        </form>
      )}
    </article>
  );
}
