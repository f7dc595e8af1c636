// The employer enters one disabled employee's contract facts (how employed, term, wage, social insurance): the
// facts that decide whether the person counts. Saving works the position out again.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup, SelectField, TextField } from '../../../components/fields';
import { Notice } from '../../../components/Notice';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { ContractKind, QuotaPositionFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { CONTRACT_KINDS, checkContract, type ContractDraft, type ContractField } from './contract-facts';
import { quotaFormat } from './quota-text';
import { useMark } from '../../../components/Lang';

export const SET_PLACEMENT_CONTRACT = graphql(`
  mutation SetPlacementContract($placementId: ID!, $input: PlacementContractInput!) {
    setPlacementContract(placementId: $placementId, input: $input) {
      placementId contractKind contractMonths monthlyWage socialInsuranceFull partTime
    }
  }
`);

const ORDER: ReadonlyArray<readonly [ContractField, string]> = [
  ['placement', 'qc-placement'], ['contractKind', 'qc-kind-0'], ['contractMonths', 'qc-months'], ['monthlyWage', 'qc-wage'],
  ['socialInsuranceFull', 'qc-insurance-0'],
];

type Placement = QuotaPositionFieldsFragment['people'][number]['placements'][number];

const EMPTY: ContractDraft = { placementId: '', contractKind: '', contractMonths: '', monthlyWage: '', socialInsuranceFull: '' };

function draftOf(p: Placement): ContractDraft {
  return {
    placementId: p.placementId,
    contractKind: p.contractKind ?? '',
    contractMonths: p.contractMonths == null ? '' : String(p.contractMonths),
    monthlyWage: p.monthlyWage == null ? '' : String(p.monthlyWage),
    socialInsuranceFull: p.socialInsuranceFull == null ? '' : p.socialInsuranceFull ? 'yes' : 'no',
  };
}

export function ContractForm({ people, onErrors, refetch }: {
  people: QuotaPositionFieldsFragment['people'];
  onErrors: (has: boolean) => void;
  refetch: () => Promise<{ counted: number } | null>;
}) {
  const mark = useMark();
  const { t, locale, formatDate } = useI18n();
  const announce = useAnnounce();
  const placements = people.flatMap((person) => person.placements.map((p) => ({ person, p })));
  const [d, setD] = useState<ContractDraft>(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors<ContractField>(ORDER);
  const [save, { loading }] = useMutation(SET_PLACEMENT_CONTRACT);
  const e = errors.fields;
  const set = (k: keyof ContractDraft, v: string) => {
    setD((x) => ({ ...x, [k]: v }));
    setDone(null);
  };
  const choose = (placementId: string) => {
    const found = placements.find((x) => x.p.placementId === placementId);
    setD(found ? draftOf(found.p) : EMPTY);
    setDone(null);
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    const { problems, facts } = checkContract(d);
    if (!facts) {
      errors.fail(Object.fromEntries(Object.entries(problems).map(([f, k]) => [f, t(k!)])));
      onErrors(true);
      return;
    }
    const name = placements.find((x) => x.p.placementId === d.placementId)?.person.name ?? '';
    try {
      await save({ variables: { placementId: d.placementId, input: facts } });
      errors.clear();
      onErrors(false);
      const p = await refetch();
      const message = t('quota.contract.saved', { name, counted: p ? quotaFormat(locale).persons(p.counted) : '' });
      setDone(message);
      announce(message);
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
      onErrors(true);
    }
  };

  if (!placements.length) return null;
  return mark(
    <section aria-labelledby="qc-heading">
      <h2 id="qc-heading">{t('quota.contract.heading')}</h2>
      <p>{t('quota.contract.intro')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      {done && <Notice tone="success"><p>{done}</p></Notice>}
      <form onSubmit={submit} noValidate>
        <SelectField id="qc-placement" label={t('quota.contract.placement')} required error={e.placement} value={d.placementId}
          placeholder={t('quota.contract.choose')} onChange={(x) => choose(x.currentTarget.value)}
          options={placements.map(({ person, p }) => ({
            value: p.placementId, label: t('quota.contract.placementOption', { name: person.name, start: formatDate(p.startDate) }),
          }))} />
        <ChoiceGroup id="qc-kind" name="contract-kind" type="radio" legend={t('quota.contract.kind')} required error={e.contractKind}
          value={d.contractKind} onChange={(v) => set('contractKind', v as ContractKind)}
          choices={CONTRACT_KINDS.map((k) => ({ value: k, label: t(`quota.contract.kind.${k}`) }))} />
        <TextField id="qc-months" label={t('quota.contract.months')} hint={t('quota.contract.monthsHint')} required={d.contractKind !== 'FORMAL_POST'}
          error={e.contractMonths} className="short" inputMode="numeric" autoComplete="off" value={d.contractMonths}
          onChange={(x) => set('contractMonths', x.currentTarget.value)} />
        <TextField id="qc-wage" label={t('quota.contract.wage')} hint={t('quota.contract.wageHint')} required error={e.monthlyWage}
          className="medium" inputMode="decimal" autoComplete="off" value={d.monthlyWage}
          onChange={(x) => set('monthlyWage', x.currentTarget.value)} />
        <ChoiceGroup id="qc-insurance" name="social-insurance" type="radio" legend={t('quota.contract.insurance')} required
          error={e.socialInsuranceFull} value={d.socialInsuranceFull} onChange={(v) => set('socialInsuranceFull', v as string)}
          choices={[{ value: 'yes', label: t('quota.yes') }, { value: 'no', label: t('quota.no') }]} />
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('quota.contract.save')}</Button>
        </ButtonRow>
      </form>
    </section>
  );
}
