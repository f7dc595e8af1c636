// Shares as percentages in the interface language ("12.5%"), with at most one decimal.
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';

export function usePercent(): (share: number) => string {
  const { locale } = useI18n();
  return useMemo(() => {
    const f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return (share: number) => f.format(share);
  }, [locale]);
}
