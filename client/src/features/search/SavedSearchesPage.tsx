// 保存的搜索 (/saved-searches, seekers): each saved search with its words and filters, how often its alerts come, and
// its last alert (the jobs it listed, each with why it fits); open its results now, change its name or frequency, or
// delete it (after a confirmation). Changes and deletions are announced; the dialogs give focus back to their button.
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, ButtonLink, ButtonRow } from '../../components/Button';
import { useAnnounce } from '../../components/Announcer';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ChoiceGroup, TextField } from '../../components/fields';
import { useMark } from '../../components/Lang';
import { Loading } from '../../components/Loading';
import { MatchedPostingCard } from '../../components/match';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useCountyOptions } from '../../components/counties';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import type { MySavedSearchesQuery, SavedSearchFrequency } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/graphql-errors';
import { FREQUENCIES } from './SaveSearch';
import { NAME_MAX, nameLength } from './saved-search-words';

export const MY_SAVED_SEARCHES = graphql(`
  query MySavedSearches {
    mySavedSearches {
      id name query frequency path lastAlertedAt
      filter { countyCodes employmentForms organizationTypes supportsAll demandsNone reservedOnly remoteOnly category salaryAtLeast }
      lastAlert { id createdAt count items { posting { ...PostingCardFields } match { ...MatchFields } } }
    }
  }
`);

const UPDATE_SAVED_SEARCH = graphql(`
  mutation UpdateSavedSearch($id: ID!, $input: UpdateSavedSearchInput!) {
    updateSavedSearch(id: $id, input: $input) { id name frequency }
  }
`);

const DELETE_SAVED_SEARCH = graphql(`
  mutation DeleteSavedSearch($id: ID!) { deleteSavedSearch(id: $id) }
`);

/** The server's limit (SAVED_SEARCHES_MAX in server/src/search/saved/saved-searches.service.ts). */
const SAVED_MAX = 20;

type Saved = MySavedSearchesQuery['mySavedSearches'][number];

export function SavedSearchesPage() {
  const mark = useMark();
  const { t } = useI18n();
  const { data, loading, error } = useQuery(MY_SAVED_SEARCHES, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Saved | null>(null);
  const [deleting, setDeleting] = useState<Saved | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = data?.mySavedSearches ?? [];

  return mark(
    <Page title={t('saved.title')}>
      <p>{t('saved.intro')}</p>
      {loading && !data && <Loading />}
      {error && !data && <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice>}
      {data && list.length === 0 && (
        <>
          <p>{t('saved.none')}</p>
          <p><ButtonLink to="/jobs">{t('saved.findJobs')}</ButtonLink></p>
        </>
      )}
      {list.length > 0 && (
        <>
          <h2 id="saved-list" ref={heading} tabIndex={-1} className="visually-hidden">{t('saved.title')}</h2>
          <p>{t('saved.count', { count: list.length, max: SAVED_MAX })}</p>
          <ul className="card-list">
            {list.map((s) => <li key={s.id}><SavedSearchCard saved={s} onEdit={() => setEditing(s)} onDelete={() => setDeleting(s)} /></li>)}
          </ul>
        </>
      )}
      <EditDialog saved={editing} onDone={() => setEditing(null)} />
      <DeleteDialog saved={deleting} onDone={() => setDeleting(null)} returnFocus={heading} />
    </Page>
  );
}

function useFilterWords() {
  const { t, label } = useI18n();
  const counties = useCountyOptions();
  return (f: Saved['filter']): string[] => [
    ...f.countyCodes.map(counties.nameOf),
    ...f.employmentForms.map((x) => label('EmploymentForm', x)),
    ...f.organizationTypes.map((x) => label('OrganizationType', x)),
    ...f.supportsAll.map((x) => label('WorkplaceSupport', x)),
    ...(f.reservedOnly ? [t('saved.filter.reserved')] : []),
    ...(f.remoteOnly ? [t('saved.filter.remote')] : []),
    ...(f.category ? [label('DisabilityCategory', f.category)] : []),
    ...f.demandsNone.map((d) => t('saved.filter.avoid', { demand: label('JobDemand', d) })),
    ...(f.salaryAtLeast != null ? [t('saved.filter.payAtLeast', { pay: f.salaryAtLeast })] : []),
  ];
}

function SavedSearchCard({ saved: s, onEdit, onDelete }: { saved: Saved; onEdit: () => void; onDelete: () => void }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const words = useFilterWords()(s.filter);
  const alert = s.lastAlert;
  const titleId = `saved-${s.id}-title`;
  return mark(
    <article className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{s.name}</h2>
      <dl className="facts">
        <dt>{t('saved.words')}</dt>
        <dd>{s.query || t('saved.noWords')}</dd>
        <dt>{t('saved.filters')}</dt>
        <dd>{words.length ? words.join(t('common.listSeparator')) : t('saved.noFilters')}</dd>
        <dt>{t('saved.frequency')}</dt>
        <dd>{t(`saved.frequency.${s.frequency}`)}</dd>
      </dl>
      <section aria-labelledby={`saved-${s.id}-alert`}>
        <h3 id={`saved-${s.id}-alert`}>{t('saved.lastAlert')}</h3>
        {!alert && <p>{t('saved.noAlert')}</p>}
        {alert && <p>{t('saved.alertSummary', { date: formatDateTime(alert.createdAt), count: alert.count })}</p>}
        {alert && alert.items.length === 0 && <p>{t('saved.alertGone')}</p>}
        {alert && alert.items.length > 0 && (
          <ul className="card-list">
            {alert.items.map((hit) => <li key={hit.posting.id}><MatchedPostingCard posting={hit.posting} match={hit.match} headingLevel={4} /></li>)}
          </ul>
        )}
      </section>
      <ButtonRow>
        <Link to={s.path}>{t('saved.open')}<span className="visually-hidden">{t('common.colon')}{s.name}</span></Link>
        <Button variant="secondary" id={`edit-${s.id}`} onClick={onEdit}>
          {t('saved.edit')}<span className="visually-hidden">{t('common.colon')}{s.name}</span>
        </Button>
        <Button variant="secondary" id={`delete-${s.id}`} onClick={onDelete}>
          {t('saved.delete')}<span className="visually-hidden">{t('common.colon')}{s.name}</span>
        </Button>
      </ButtonRow>
    </article>
  );
}

type EditField = 'name' | 'frequency';
const EDIT_FIELDS: ReadonlyArray<readonly [EditField, string]> = [['name', 'edit-saved-name'], ['frequency', 'edit-saved-frequency-0']];

function EditDialog({ saved, onDone }: { saved: Saved | null; onDone: () => void }) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const errors = useFormErrors(EDIT_FIELDS);
  const [name, setName] = useState('');
  const [frequency, setFrequency] = useState<SavedSearchFrequency>('DAILY');
  const [shownFor, setShownFor] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_SAVED_SEARCH);
  // a newly opened dialog starts from the saved values
  if (saved && shownFor !== saved.id) {
    setShownFor(saved.id);
    setName(saved.name);
    setFrequency(saved.frequency);
    errors.clear();
  }
  const close = () => {
    setShownFor(null);
    errors.clear();
    onDone();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!saved || loading) return;
    const length = nameLength(name);
    if (!length) return errors.fail({ name: t('saved.nameRequired') });
    if (length > NAME_MAX) return errors.fail({ name: t('saved.nameTooLong', { length }) });
    try {
      const r = await update({ variables: { id: saved.id, input: { name: name.trim(), frequency } } });
      announce(t('saved.changed', { name: r.data?.updateSavedSearch.name ?? name.trim() }));
      close();
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };
  return mark(
    <Dialog open={!!saved} title={t('saved.editTitle')} onClose={close}>
      <form onSubmit={submit} noValidate>
        <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
        <TextField id="edit-saved-name" label={t('saved.name')} hint={t('saved.nameHint')} required error={errors.fields.name} value={name}
          onChange={(e) => { setName(e.currentTarget.value); errors.clearField('name'); }} />
        <ChoiceGroup id="edit-saved-frequency" name="edit-saved-frequency" type="radio" legend={t('saved.frequency')} hint={t('saved.frequencyHint')}
          error={errors.fields.frequency} value={frequency} onChange={(v) => setFrequency(v as SavedSearchFrequency)}
          choices={FREQUENCIES.map((f) => ({ value: f, label: t(`saved.frequency.${f}`) }))} />
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('saved.saveChanges')}</Button>
          <Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>
        </ButtonRow>
      </form>
    </Dialog>
  );
}

function DeleteDialog({ saved, onDone, returnFocus }: { saved: Saved | null; onDone: () => void; returnFocus: React.RefObject<HTMLHeadingElement | null> }) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [remove, { loading }] = useMutation(DELETE_SAVED_SEARCH, { refetchQueries: ['MySavedSearches'], awaitRefetchQueries: true });
  const [problem, setProblem] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const close = () => {
    setProblem(null);
    onDone();
  };
  const confirm = async () => {
    if (!saved || loading) return;
    try {
      await remove({ variables: { id: saved.id } });
      announce(t('saved.deleted', { name: saved.name }));
      close();
    } catch (err) {
      setProblem(describeError(err).message ?? t('error.generic'));
    }
  };
  return mark(
    <Dialog open={!!saved} title={t('saved.deleteTitle')} onClose={close} initialFocus={keep} returnFocus={returnFocus}>
      <p>{t('saved.deleteBody', { name: saved?.name ?? '' })}</p>
      {problem && <Notice tone="error" role="alert">{problem}</Notice>}
      <ButtonRow>
        <Button variant="danger" onClick={confirm} aria-disabled={loading || undefined}>{t('saved.deleteConfirm')}</Button>
        <Button variant="secondary" ref={keep} onClick={close}>{t('saved.keep')}</Button>
      </ButtonRow>
    </Dialog>
  );
}
