// "保存这个搜索" on the search page (seekers): a button that opens a small form (a name made from the words and
// filters, and how often to hear of new jobs). A refused save shows the error summary and the error at the name
// field; a save is confirmed in the status line below the button, with a link to the saved searches.
import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, ButtonRow } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ChoiceGroup, TextField } from '../../components/fields';
import { useMark } from '../../components/Lang';
import type { FormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import type { SavedSearchFrequency } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { NAME_MAX, nameLength } from './saved-search-words';
import { toSearchFilter, type SearchState } from './search-state';

export const SAVE_SEARCH = graphql(`
  mutation SaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) { id name frequency }
  }
`);

export type SaveField = 'name' | 'frequency';
export const SAVE_FIELDS: ReadonlyArray<readonly [SaveField, string]> = [['name', 'save-search-name'], ['frequency', 'save-search-frequency-0']];
export const FREQUENCIES: readonly SavedSearchFrequency[] = ['DAILY', 'INSTANT'];

export function SaveSearch({ search, suggestedName, errors }: { search: SearchState; suggestedName: string; errors: FormErrors<SaveField> }) {
  const mark = useMark();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [frequency, setFrequency] = useState<SavedSearchFrequency>('DAILY');
  const [saved, setSaved] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [save, { loading }] = useMutation(SAVE_SEARCH, { refetchQueries: ['MySavedSearches'] });

  const toggle = () => {
    if (!open) {
      setName(suggestedName);
      setSaved(null);
    } else errors.clear();
    setOpen(!open);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const length = nameLength(name);
    if (!length) return errors.fail({ name: t('saved.nameRequired') });
    if (length > NAME_MAX) return errors.fail({ name: t('saved.nameTooLong', { length }) });
    try {
      const r = await save({ variables: { input: { name: name.trim(), query: search.q.trim() || null, filter: toSearchFilter(search), frequency } } });
      errors.clear();
      setSaved(r.data?.saveSearch.name ?? name.trim());
      setOpen(false);
      opener.current?.focus();
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <section className="save-search" aria-labelledby="save-search-title">
      <h2 id="save-search-title" className="visually-hidden">{t('saved.saveTitle')}</h2>
      <p>
        <Button variant="secondary" ref={opener} aria-expanded={open} aria-controls="save-search-form" onClick={toggle}>{t('saved.saveButton')}</Button>
      </p>
      <div role="status">
        {saved && <p>{t('saved.saved', { name: saved })} <Link to="/saved-searches">{t('saved.manage')}</Link></p>}
      </div>
      <div id="save-search-form">
        {open && (
          <form onSubmit={submit} noValidate aria-labelledby="save-search-title">
            <p>{t('saved.saveIntro')}</p>
            <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
            <TextField id="save-search-name" label={t('saved.name')} hint={t('saved.nameHint')} required error={errors.fields.name} value={name}
              onChange={(e) => { setName(e.currentTarget.value); errors.clearField('name'); }} />
            <ChoiceGroup id="save-search-frequency" name="save-search-frequency" type="radio" legend={t('saved.frequency')} hint={t('saved.frequencyHint')}
              error={errors.fields.frequency} value={frequency} onChange={(v) => setFrequency(v as SavedSearchFrequency)}
              choices={FREQUENCIES.map((f) => ({ value: f, label: t(`saved.frequency.${f}`) }))} />
            <ButtonRow>
              <Button type="submit" aria-disabled={loading || undefined}>{t('saved.saveSubmit')}</Button>
            </ButtonRow>
          </form>
        )}
      </div>
    </section>
  );
}
