// Choosing the year: a select and a button (choosing an option alone changes nothing, so arrow keys are safe).
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/Button';
import { SelectField } from '../../../components/fields';
import { useI18n } from '../../../i18n/I18nProvider';
import { quotaYears } from './year-figures';
import { useMark } from '../../../components/Lang';

export function YearChooser({ id, year, onChoose }: { id: string; year: number; onChoose: (year: number) => void }) {
  const mark = useMark();
  const { t } = useI18n();
  const [value, setValue] = useState(String(year));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChoose(Number(value));
  };
  return mark(
    <form className="filters" style={{ marginBottom: '1.5rem' }} onSubmit={submit} aria-label={t('quota.year')}>
      <SelectField id={id} label={t('quota.year')} hint={t('quota.yearHint')} value={value}
        options={quotaYears().map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(e) => setValue(e.currentTarget.value)} />
      <Button type="submit" variant="secondary">{t('quota.show')}</Button>
    </form>
  );
}
