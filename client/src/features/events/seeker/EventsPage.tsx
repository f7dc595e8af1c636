// Upcoming recruitment events with filters kept in the address (shareable, back button works): kind, mode,
// county and dates. The number found is a status message; a new search moves focus to the results.
import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/fields';
import { Page, titleOf } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { ResultsHeading } from '../../../components/ResultsHeading';
import { useSession } from '../../../components/session';
import { useFormErrors } from '../../../components/useFormErrors';
import { useUrlFilters } from '../../../components/useUrlFilters';
import { graphql } from '../../../gql';
import type { EventFilter, EventKind, EventMode } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { EVENT_KINDS, EVENT_MODES } from '../event-enums';
import { EventCard } from '../EventParts';
import { useEventText } from '../event-text';
import { parseDateInput } from '../event-time';
import { useMark } from '../../../components/Lang';

const BROWSE_EVENTS = graphql(`
  query BrowseEvents($filter: EventFilter, $page: PageInput) {
    events(filter: $filter, page: $page) {
      total page pageSize
      items { ...EventCardFields }
    }
  }
`);

const PAGE_SIZE = 10;

interface Filters { kind: string; mode: string; county: string; from: string; to: string }
type Field = 'from' | 'to';
const ORDER = [['from', 'events-from'], ['to', 'events-to']] as const;

function readFilters(p: URLSearchParams): Filters {
  return { kind: p.get('kind') ?? '', mode: p.get('mode') ?? '', county: p.get('county') ?? '', from: p.get('from') ?? '', to: p.get('to') ?? '' };
}

function toApiFilter(f: Filters): EventFilter {
  return {
    kind: (EVENT_KINDS as readonly string[]).includes(f.kind) ? (f.kind as EventKind) : undefined,
    mode: (EVENT_MODES as readonly string[]).includes(f.mode) ? (f.mode as EventMode) : undefined,
    countyCode: f.county || undefined,
    from: parseDateInput(f.from) ?? undefined,
    to: parseDateInput(f.to) ?? undefined,
  };
}

export function EventsPage() {
  const mark = useMark();
  const { t } = useI18n();
  const text = useEventText();
  const { me } = useSession();
  const { applied, page, draft, set, results, apply, hrefFor } = useUrlFilters('/events', readFilters);
  const counties = useCountyOptions();
  const errors = useFormErrors<Field>(ORDER);

  const { data, loading, error } = useQuery(BROWSE_EVENTS, {
    variables: { filter: toApiFilter(applied), page: { page, pageSize: PAGE_SIZE } },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    const from = draft.from.trim() ? parseDateInput(draft.from) : '';
    const to = draft.to.trim() ? parseDateInput(draft.to) : '';
    if (from === null) problems.from = t('events.filter.badDate', { field: t('events.filter.from') });
    if (to === null) problems.to = t('events.filter.badDate', { field: t('events.filter.to') });
    if (from && to && to < from) problems.to = t('events.filter.toBeforeFrom');
    if (Object.keys(problems).length) return errors.fail(problems);
    errors.clear();
    apply({ kind: draft.kind, mode: draft.mode, county: draft.county, from, to });
  };

  const total = data?.events.total ?? 0;
  const status = loading ? t('events.searching') : error ? t('error.loadFailed') : t('events.resultCount', { count: total });

  return mark(
    <Page title={t('events.title')} hasErrors={errors.hasErrors}
      documentTitle={titleOf(page > 1 && t('page.titlePage', { page }), t('events.title'))}>
      <p className="lead">{t('events.intro')}</p>
      {me?.role === 'SEEKER' && <p><ButtonLink to="/my-events" variant="secondary">{t('events.myEventsLink')}</ButtonLink></p>}
      {me?.role === 'EMPLOYER' && <p><ButtonLink to="/employer/events" variant="secondary">{t('events.employerLink')}</ButtonLink></p>}
      {(me?.role === 'STAFF' || me?.role === 'ADMIN') && <p><ButtonLink to="/staff/events" variant="secondary">{t('events.nav.staff')}</ButtonLink></p>}
      <div className="layout-split">
        <section className="filters" aria-labelledby="event-filters-title">
          <h2 id="event-filters-title">{t('events.filter.title')}</h2>
          <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
          <form onSubmit={submit} role="search" aria-labelledby="event-filters-title" noValidate>
            <SelectField id="events-kind" label={t('events.filter.kind')} value={draft.kind} placeholder={t('events.filter.anyKind')}
              options={EVENT_KINDS.map((k) => ({ value: k, label: text.kind(k) }))} onChange={(e) => set('kind', e.currentTarget.value)} />
            <SelectField id="events-mode" label={t('events.filter.mode')} value={draft.mode} placeholder={t('events.filter.anyMode')}
              options={EVENT_MODES.map((m) => ({ value: m, label: text.mode(m) }))} onChange={(e) => set('mode', e.currentTarget.value)} />
            <SelectField id="events-county" label={t('events.filter.county')} hint={t('events.filter.countyHint')} value={draft.county}
              placeholder={t('events.filter.anyCounty')} options={counties.options} onChange={(e) => set('county', e.currentTarget.value)} />
            <TextField id="events-from" label={t('events.filter.from')} hint={t('events.filter.dateHint')} inputMode="numeric"
              autoComplete="off" error={errors.fields.from} value={draft.from} onChange={(e) => set('from', e.currentTarget.value)} />
            <TextField id="events-to" label={t('events.filter.to')} hint={t('events.filter.dateHint')} inputMode="numeric"
              autoComplete="off" error={errors.fields.to} value={draft.to} onChange={(e) => set('to', e.currentTarget.value)} />
            <ButtonRow>
              <Button type="submit">{t('events.filter.submit')}</Button>
              <Link to="/events">{t('events.filter.clear')}</Link>
            </ButtonRow>
          </form>
        </section>

        <section aria-labelledby="events-results">
          <ResultsHeading id="events-results" headingRef={results} title={t('events.resultsTitle')} status={status} failed={!!error}
            empty={data && total === 0 ? t('events.noResults') : null} />
          {data && data.events.items.length > 0 && (
            <ul className="card-list">
              {data.events.items.map((e) => <li key={e.id}><EventCard event={e} /></li>)}
            </ul>
          )}
          {data && <Pagination page={page} pageSize={PAGE_SIZE} total={total} hrefFor={hrefFor} label={t('events.pagesLabel')} />}
        </section>
      </div>
    </Page>
  );
}
