// The contract facts of one disabled employee's placement (what decides whether they count): checked in the
// browser first, with a message per field.
import type { ContractKind } from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/zh-CN';
import { normalizeNumber } from './year-figures';

export const CONTRACT_KINDS: readonly ContractKind[] = ['FORMAL_POST', 'CONTRACT', 'DISPATCHED'];

export type ContractField = 'placement' | 'contractKind' | 'contractMonths' | 'monthlyWage' | 'socialInsuranceFull';

export interface ContractDraft {
  placementId: string;
  contractKind: ContractKind | '';
  contractMonths: string;
  monthlyWage: string;
  /** 'yes' | 'no' | '' */
  socialInsuranceFull: string;
}

export interface ContractFacts {
  contractKind: ContractKind;
  contractMonths: number | null;
  monthlyWage: number;
  socialInsuranceFull: boolean;
}

export function checkContract(d: ContractDraft): { problems: Partial<Record<ContractField, MessageKey>>; facts: ContractFacts | null } {
  const problems: Partial<Record<ContractField, MessageKey>> = {};
  const months = normalizeNumber(d.contractMonths);
  const wage = normalizeNumber(d.monthlyWage);
  if (!d.placementId) problems.placement = 'quota.contract.placementRequired';
  if (!d.contractKind) problems.contractKind = 'quota.contract.kindRequired';
  // a formal post has no term; any other engagement needs one
  if (d.contractKind && d.contractKind !== 'FORMAL_POST') {
    if (!months) problems.contractMonths = 'quota.contract.monthsRequired';
    else if (!/^\d+$/.test(months) || Number(months) < 1 || Number(months) > 1200) problems.contractMonths = 'quota.contract.monthsInvalid';
  } else if (months && (!/^\d+$/.test(months) || Number(months) < 1 || Number(months) > 1200)) {
    problems.contractMonths = 'quota.contract.monthsInvalid';
  }
  if (!wage) problems.monthlyWage = 'quota.contract.wageRequired';
  else if (!/^\d+(\.\d{1,2})?$/.test(wage) || Number(wage) > 1_000_000) problems.monthlyWage = 'quota.contract.wageInvalid';
  if (d.socialInsuranceFull !== 'yes' && d.socialInsuranceFull !== 'no') problems.socialInsuranceFull = 'quota.contract.insuranceRequired';
  if (Object.keys(problems).length) return { problems, facts: null };
  return {
    problems,
    facts: {
      contractKind: d.contractKind as ContractKind,
      contractMonths: months ? Number(months) : null,
      monthlyWage: Number(wage),
      socialInsuranceFull: d.socialInsuranceFull === 'yes',
    },
  };
}
