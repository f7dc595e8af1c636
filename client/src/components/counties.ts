// The counties of the city (from the server's region file), for filters and forms.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import type { Option } from './fields';

export const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

export function useCountyOptions(): { options: Option[]; loading: boolean; nameOf: (code: string) => string } {
  const { locale } = useI18n();
  const { data, loading } = useQuery(COUNTIES, { fetchPolicy: 'cache-first' });
  const list = data?.counties ?? [];
  const options = list.map((c) => ({ value: c.code, label: locale === 'en' ? c.nameEn : c.nameZh }));
  const nameOf = (code: string) => options.find((o) => o.value === code)?.label ?? code;
  return { options, loading, nameOf };
}
