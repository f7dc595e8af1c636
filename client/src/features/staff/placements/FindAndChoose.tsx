// Find a person or an employer by words, then choose one of the matches (radio buttons): keyboard-only, with the
// number found announced. Used by the forms that record a hire and correct one.
import { useState } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { ChoiceGroup, TextField } from '../../../components/fields';
import { useI18n } from '../../../i18n/I18nProvider';
import { useMark } from '../../../components/Lang';

export interface Found { id: string; label: string }

export function FindAndChoose({ id, legend, intro, searchLabel, error, value, onChange, search, initial = [] }: {
  id: string; legend: string; intro?: string; searchLabel: string; error?: string; value: string;
  onChange: (id: string) => void; search: (words: string) => Promise<Found[]>; initial?: Found[];
}) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [words, setWords] = useState('');
  const [found, setFound] = useState<Found[] | null>(initial.length ? initial : null);
  const [busy, setBusy] = useState(false);
  const find = async () => {
    if (busy || !words.trim()) return;
    setBusy(true);
    try {
      const r = await search(words.trim());
      setFound(r);
      announce(r.length ? t('placements.record.found', { count: r.length }) : t('placements.record.noMatch'));
    } finally {
      setBusy(false);
    }
  };
  return mark(
    <fieldset className="find-choose">
      <legend>{legend}</legend>
      {intro && <p className="hint">{intro}</p>}
      <TextField id={`${id}-words`} label={searchLabel} autoComplete="off" className="medium" value={words}
        error={found && found.length > 0 ? undefined : error}
        onChange={(e) => setWords(e.currentTarget.value)}
        onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void find(); } }} />
      <Button variant="secondary" onClick={() => void find()} aria-disabled={busy || undefined}>{t('placements.record.search')}</Button>
      {found && found.length === 0 && <p>{t('placements.record.noMatch')}</p>}
      {found && found.length > 0 && (
        <ChoiceGroup id={id} name={id} type="radio" legend={t('placements.record.choose')} required error={error} value={value}
          onChange={(v) => onChange(v as string)} choices={found.map((f) => ({ value: f.id, label: f.label }))} />
      )}
    </fieldset>
  );
}
