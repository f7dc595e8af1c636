// The casework words for enum values (services, intentions, graduate statuses, ledger entries), in the reader's language.
import { useMemo } from 'react';
import type { MessageKey } from '../../../i18n/zh-CN';
import { useI18n } from '../../../i18n/I18nProvider';

export function useCaseworkText() {
  const { t } = useI18n();
  return useMemo(() => ({
    kind: (k: string) => t(`casework.kind.${k}` as MessageKey),
    kindHint: (k: string) => t(`casework.kindHint.${k}` as MessageKey),
    intention: (v: string) => t(`casework.intention.${v}` as MessageKey),
    status: (s: string) => t(`casework.graduateStatus.${s}` as MessageKey),
    entryKind: (k: string) => t(`casework.entryKind.${k}` as MessageKey),
    /** A problem found by casework-rules, in words. */
    problem: (p: { key: string; params?: Record<string, string | number> }) => t(p.key as MessageKey, p.params),
  }), [t]);
}
