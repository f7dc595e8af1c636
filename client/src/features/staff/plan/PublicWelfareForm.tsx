// Staff record how many new public-welfare posts (公益性岗位) a county created in a year; the dashboard then
// shows the share that went to disabled people. County staff record for their own county only.
import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField, type Option } from '../../../components/fields';
import { Notice } from '../../../components/Notice';
import { useAnnounce } from '../../../components/Announcer';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { parsePostCount } from './plan-math';
import { useMark } from '../../../components/Lang';

export const SET_PUBLIC_WELFARE_POSTS = graphql(`
  mutation SetPublicWelfarePosts($countyCode: String!, $year: Int!, $total: Int!, $source: String!) {
    setPublicWelfarePosts(countyCode: $countyCode, year: $year, total: $total, source: $source)
  }
`);

type Field = 'county' | 'year' | 'total' | 'source';
const ORDER = [['county', 'welfare-county'], ['year', 'welfare-year'], ['total', 'welfare-total'], ['source', 'welfare-source']] as const;
// the server names the figure "value" and the county "countyCode"
const ALIASES: Record<string, Field> = { countyCode: 'county' };

export function PublicWelfareForm({ years, counties, fixedCounty, initialCounty, nameOf, onSaved, onErrorsShown }: {
  years: readonly number[];
  counties: readonly Option[];
  /** County staff: the only county they may report for. */
  fixedCounty: string | null;
  initialCounty: string | null;
  nameOf: (code: string) => string;
  onSaved: () => void;
  /** The page's title starts with "错误：" while the form shows problems. */
  onErrorsShown: (shown: boolean) => void;
}) {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  const announce = useAnnounce();
  const errors = useFormErrors<Field>(ORDER, ALIASES);
  const [county, setCounty] = useState(fixedCounty ?? initialCounty ?? '');
  const [year, setYear] = useState(String(years[years.length - 1] ?? ''));
  const [total, setTotal] = useState('');
  const [source, setSource] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SET_PUBLIC_WELFARE_POSTS);
  useEffect(() => { onErrorsShown(errors.hasErrors); }, [errors.hasErrors, onErrorsShown]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    setSaved(null);
    const value = parsePostCount(total);
    const problems: Partial<Record<Field, string>> = {};
    if (!county) problems.county = t('plan.welfare.countyRequired');
    if (!year) problems.year = t('plan.welfare.yearRequired');
    if (value === null) problems.total = total.trim() ? t('plan.welfare.totalInvalid') : t('plan.welfare.totalRequired');
    if (Object.keys(problems).length) {
      errors.fail(problems);
      return;
    }
    try {
      await save({ variables: { countyCode: county, year: Number(year), total: value!, source: source.trim() } });
      errors.clear();
      const message = t('plan.welfare.saved', { county: nameOf(county), year, total: formatNumber(value!) });
      setSaved(message);
      announce(message);
      setTotal('');
      onSaved();
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <form onSubmit={submit} noValidate aria-labelledby="welfare-form-title">
      <h3 id="welfare-form-title">{t('plan.welfare.formTitle')}</h3>
      <p>{t('plan.welfare.formIntro')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      {saved && <Notice tone="success"><p>{saved}</p></Notice>}
      {fixedCounty
        ? <p id="welfare-county">{t('plan.welfare.forCounty', { county: nameOf(fixedCounty) })}</p>
        : (
          <SelectField id="welfare-county" label={t('plan.welfare.county')} required error={errors.fields.county}
            value={county} placeholder={t('plan.welfare.countyPlaceholder')} options={counties}
            onChange={(e) => { setCounty(e.currentTarget.value); errors.clearField('county'); }} />
        )}
      <SelectField id="welfare-year" label={t('plan.welfare.year')} required error={errors.fields.year}
        value={year} options={years.map((y) => ({ value: String(y), label: t('plan.yearLabel', { year: y }) }))}
        onChange={(e) => { setYear(e.currentTarget.value); errors.clearField('year'); }} />
      <TextField id="welfare-total" label={t('plan.welfare.total')} hint={t('plan.welfare.totalHint')} required
        error={errors.fields.total} value={total} inputMode="numeric" autoComplete="off" className="short"
        onChange={(e) => setTotal(e.currentTarget.value)} />
      <TextField id="welfare-source" label={t('plan.welfare.source')} hint={t('plan.welfare.sourceHint')}
        error={errors.fields.source} value={source} maxLength={200} autoComplete="off"
        onChange={(e) => setSource(e.currentTarget.value)} />
      <Button type="submit" aria-disabled={loading || undefined}>{t('plan.welfare.submit')}</Button>
    </form>
  );
}
