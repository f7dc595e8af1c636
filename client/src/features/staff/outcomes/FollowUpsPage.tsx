// Staff: placements in their area with a follow-up due (within two weeks) or overdue, each with its months and the
// answers so far (who gave them, when), and the form to record one. Filters (county, overdue only) live in the URL;
// the chosen placement too (?record=<id>), so Back closes the form.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { CheckboxField, SelectField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import type { FollowUpsQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { FollowUpForm } from './FollowUpForm';
import { nextOpen } from './outcomes-rules';
import './outcomes.css';

export const FOLLOW_UPS = graphql(`
  query FollowUps($filter: FollowUpListFilter, $page: PageInput) {
    placementFollowUps(filter: $filter, page: $page) {
      total page pageSize
      items {
        placementId personName organizationName countyCode startDate endDate
        months { month dueDate done overdue awaitingConfirmation }
        answers { id month source status checkedOn leftOn }
      }
    }
  }
`);

type Row = FollowUpsQuery['placementFollowUps']['items'][number];
const PAGE_SIZE = 20;

export function FollowUpsPage() {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  const announce = useAnnounce();
  const { me } = useSession();
  const counties = useCountyOptions();
  const [params, setParams] = useSearchParams();
  const scope = me?.scopeCountyCode ?? null;
  const county = scope ?? (params.get('county') || null);
  const overdue = params.get('overdue') === '1';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const chosen = params.get('record');
  const [draft, setDraft] = useState({ county: county ?? '', overdue });
  useEffect(() => setDraft({ county: county ?? '', overdue }), [county, overdue]);
  const [formErrors, setFormErrors] = useState(false);

  const { data, loading, error, refetch } = useQuery(FOLLOW_UPS, {
    variables: { filter: { countyCode: county, overdueOnly: overdue || null }, page: { page, pageSize: PAGE_SIZE } },
    fetchPolicy: 'network-only',
  });
  const total = data?.placementFollowUps.total;
  const rows = data?.placementFollowUps.items ?? [];
  const subject = rows.find((r) => r.placementId === chosen) ?? null;

  const asked = useRef(false);
  useEffect(() => {
    if (!asked.current || loading || total === undefined) return;
    asked.current = false;
    announce(total === 0 ? t('outcomes.followUps.none') : t('outcomes.followUps.found', { count: total }));
  }, [total, loading, announce, t]);
  // the form takes focus when it opens, and gives it back to its row's link when it closes
  useEffect(() => { if (subject) document.getElementById('follow-up-form-title')?.focus(); }, [subject]);

  const query = (p = 1, f = { county: county ?? '', overdue }, record?: string) => {
    const q = new URLSearchParams();
    if (!scope && f.county) q.set('county', f.county);
    if (f.overdue) q.set('overdue', '1');
    if (p > 1) q.set('page', String(p));
    if (record) q.set('record', record);
    return q;
  };
  const close = (placementId: string) => {
    setParams(query(page));
    setTimeout(() => document.getElementById(`record-${placementId}`)?.focus(), 0);
  };
  const submit = (e: FormEvent) => { e.preventDefault(); asked.current = true; setParams(query(1, draft)); };

  return mark(
    <Page title={t('outcomes.followUps.title')} hasErrors={formErrors}>
      <p>{t('outcomes.followUps.intro')}</p>
      <form className="filters" onSubmit={submit} aria-labelledby="fu-filter-title">
        <h2 id="fu-filter-title">{t('outcomes.followUps.filterTitle')}</h2>
        {scope ? <p>{t('outcomes.figures.countyFixed', { county: counties.nameOf(scope) })}</p> : (
          <SelectField id="fu-county" label={t('outcomes.figures.county')} value={draft.county} placeholder={t('outcomes.figures.wholeCity')}
            options={counties.options} onChange={(e) => { const v = e.currentTarget.value; setDraft((d) => ({ ...d, county: v })); }} />
        )}
        <CheckboxField id="fu-overdue" label={t('outcomes.followUps.overdueOnly')} hint={t('outcomes.followUps.overdueOnlyHint')}
          checked={draft.overdue} onChange={(v) => setDraft((d) => ({ ...d, overdue: v }))} />
        <Button type="submit">{t('outcomes.followUps.show')}</Button>
      </form>

      {subject && (
        <FollowUpForm key={subject.placementId} subject={subject} initialMonth={nextOpen(subject.months)?.month}
          onErrors={setFormErrors}
          onCancel={() => close(subject.placementId)}
          onSaved={async () => { await refetch().catch(() => undefined); close(subject.placementId); }} />
      )}

      {loading && !data ? <Loading /> : error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice>
        : rows.length === 0 ? <p>{t('outcomes.followUps.none')}</p> : (
          <>
            <DataTable
              caption={t('outcomes.followUps.caption', { count: formatNumber(total ?? 0) })}
              rows={rows}
              rowKey={(r) => r.placementId}
              columns={[
                { key: 'name', header: t('outcomes.followUps.colPerson'), rowHeader: true,
                  cell: (r) => <Link to={`/staff/placements/${r.placementId}`}>{r.personName}</Link> },
                { key: 'employer', header: t('outcomes.followUps.colEmployer'), cell: (r) => r.organizationName },
                { key: 'start', header: t('outcomes.followUps.colStart'), cell: (r) => <StartCell row={r} /> },
                { key: 'months', header: t('outcomes.followUps.colMonths'), cell: (r) => <MonthsCell row={r} /> },
                { key: 'answers', header: t('outcomes.followUps.colAnswers'), cell: (r) => <AnswersCell row={r} /> },
                { key: 'action', header: t('outcomes.followUps.colAction'),
                  cell: (r) => (
                    <Link id={`record-${r.placementId}`} to={`/staff/follow-ups?${query(page, { county: county ?? '', overdue }, r.placementId)}`}>
                      {t('outcomes.followUps.record')}<span className="visually-hidden">{t('common.colon')}{r.personName}</span>
                    </Link>
                  ) },
              ]}
            />
            <Pagination page={page} pageSize={PAGE_SIZE} total={total ?? 0} hrefFor={(p) => `/staff/follow-ups?${query(p)}`} />
          </>
        )}
    </Page>
  );
}

function StartCell({ row }: { row: Row }) {
  const { formatDate } = useI18n();
  return <span className="nowrap">{formatDate(row.startDate)}</span>;
}

function MonthsCell({ row }: { row: Row }) {
  const { t, formatDate } = useI18n();
  return (
    <ul className="outcome-list">
      {row.months.map((m) => (
        <li key={m.month}>
          {m.done ? t('outcomes.followUps.monthDone', { month: m.month })
            : m.awaitingConfirmation ? <strong>{t('outcomes.followUps.monthAwaiting', { month: m.month })}</strong>
              : m.overdue ? <strong className="overdue">{t('outcomes.followUps.monthOverdue', { month: m.month, date: formatDate(m.dueDate) })}</strong>
                : t('outcomes.followUps.monthNext', { month: m.month, date: formatDate(m.dueDate) })}
        </li>
      ))}
    </ul>
  );
}

function AnswersCell({ row }: { row: Row }) {
  const { t, formatDate } = useI18n();
  // a short phrase: kept on one line (a narrow column would put it one character per line)
  if (!row.answers.length) return <span className="nowrap">{t('outcomes.followUps.noAnswers')}</span>;
  return (
    <ul className="outcome-list">
      {row.answers.map((a) => (
        <li key={a.id}>
          {a.leftOn
            ? t('outcomes.followUps.answerLeft', { month: a.month, source: t(`outcomes.source.${a.source}`), leftOn: formatDate(a.leftOn), date: formatDate(a.checkedOn) })
            : t('outcomes.followUps.answer', { month: a.month, source: t(`outcomes.source.${a.source}`), status: t(`outcomes.status.${a.status}`), date: formatDate(a.checkedOn) })}
        </li>
      ))}
    </ul>
  );
}
