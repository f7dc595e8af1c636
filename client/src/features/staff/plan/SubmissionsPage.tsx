// The city's view of a quarter's submissions (issue 15): every county with its state (not submitted, submitted,
// returned) and latest version; open one to read its frozen figures, return it with a reason (the county's staff are
// notified), and compare two versions figure by figure (old → new).
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextArea } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { QuarterSubmissionState } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useFigureLabel, useFigureValue } from './OutcomeTables';
import './plan.css';

export const QUARTER_SUBMISSIONS = graphql(`
  query QuarterlySubmissions($year: Int!, $quarter: Int!) {
    quarterlySubmissions(year: $year, quarter: $quarter) { countyCode countyName state latest { id version status signerName submittedAt } }
  }
`);

export const COUNTY_VERSIONS = graphql(`
  query CountySubmissionVersions($year: Int!, $quarter: Int!, $countyCode: String!) {
    quarterlySubmissionVersions(year: $year, quarter: $quarter, countyCode: $countyCode) {
      id version status signerName submittedAt returnedAt returnReason figures { key value }
    }
  }
`);

export const RETURN_REPORT = graphql(`
  mutation ReturnQuarterlyReport($id: ID!, $reason: String!) { returnQuarterlyReport(id: $id, reason: $reason) { id status returnReason returnedAt } }
`);

export const COMPARE_VERSIONS = graphql(`
  query CompareQuarterlySubmissions($fromId: ID!, $toId: ID!) { compareQuarterlySubmissions(fromId: $fromId, toId: $toId) { key before after } }
`);

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** The last quarter that has ended: the one counties submit now. */
function lastEndedQuarter(): { year: number; quarter: number } {
  const [y, m] = today().split('-').map(Number);
  const q = Math.floor((m - 1) / 3);
  return q === 0 ? { year: y - 1, quarter: 4 } : { year: y, quarter: q };
}

export function SubmissionsPage() {
  const mark = useMark();
  const { t, formatNumber, formatDateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const fallback = lastEndedQuarter();
  const year = Number(params.get('year')) || fallback.year;
  const quarter = [1, 2, 3, 4].includes(Number(params.get('quarter'))) ? Number(params.get('quarter')) : fallback.quarter;
  const open = params.get('county');
  const [choice, setChoice] = useState({ year: String(year), quarter: String(quarter) });
  const { data, loading, error, refetch } = useQuery(QUARTER_SUBMISSIONS, { variables: { year, quarter }, fetchPolicy: 'network-only' });
  const [formHasErrors, setFormHasErrors] = useState(false);
  const years = Array.from({ length: 6 }, (_, i) => fallback.year - 5 + i);

  const show = (e: FormEvent) => {
    e.preventDefault();
    setParams({ year: choice.year, quarter: choice.quarter });
  };
  const stateText = (s: QuarterSubmissionState) => t(`submissions.state.${s}`);
  const openCounty = (code: string) => setParams({ year: String(year), quarter: String(quarter), county: code });

  return mark(
    <Page title={t('submissions.title')} hasErrors={formHasErrors}>
      <p>{t('submissions.intro')}</p>
      <form className="plan-filter" onSubmit={show} aria-labelledby="submissions-choose">
        <h2 id="submissions-choose">{t('submissions.choose')}</h2>
        <div className="plan-filter-fields">
          <SelectField id="submissions-year" label={t('plan.colYear')} value={choice.year}
            options={years.map((y) => ({ value: String(y), label: t('plan.yearLabel', { year: y }) }))}
            onChange={(e) => setChoice({ ...choice, year: e.currentTarget.value })} />
          <SelectField id="submissions-quarter" label={t('plan.colQuarter')} value={choice.quarter}
            options={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t('plan.quarterName', { quarter: q }) }))}
            onChange={(e) => setChoice({ ...choice, quarter: e.currentTarget.value })} />
        </div>
        <Button type="submit">{t('submissions.show')}</Button>
      </form>
      {loading && !data ? <Loading /> : error || !data ? (
        <Notice tone="error"><p>{(error && describeError(error).message) || t('error.loadFailed')}</p></Notice>
      ) : (
        <DataTable caption={t('submissions.caption', { year, quarter })} rows={data.quarterlySubmissions} rowKey={(r) => r.countyCode}
          columns={[
            { key: 'county', header: t('plan.colCounty'), rowHeader: true, cell: (r) => r.countyName },
            { key: 'state', header: t('submissions.colState'), cell: (r) => stateText(r.state) },
            { key: 'version', header: t('submissions.colVersion'), cell: (r) => (r.latest ? t('submissions.versionLabel', { version: formatNumber(r.latest.version) }) : t('submissions.empty')) },
            { key: 'signed', header: t('submissions.colSigned'), cell: (r) => (r.latest ? t('submissions.signedBy', { name: r.latest.signerName, at: formatDateTime(r.latest.submittedAt) }) : t('submissions.empty')) },
            { key: 'open', header: t('submissions.colAction'), cell: (r) => (r.latest
              ? <Button variant="secondary" onClick={() => openCounty(r.countyCode)}>{t('submissions.open', { county: r.countyName })}</Button>
              : t('submissions.empty')) },
          ]} />
      )}
      {open && data?.quarterlySubmissions.some((c) => c.countyCode === open && c.latest) && (
        <CountySubmission key={`${open}:${year}:${quarter}`} year={year} quarter={quarter} county={open}
          onReturned={() => { void refetch(); }} onErrorsShown={setFormHasErrors} />
      )}
    </Page>
  );
}

function CountySubmission({ year, quarter, county, onReturned, onErrorsShown }: {
  year: number; quarter: number; county: string; onReturned: () => void; onErrorsShown: (shown: boolean) => void;
}) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const { nameOf } = useCountyOptions();
  const figureLabel = useFigureLabel(nameOf);
  const value = useFigureValue();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, refetch } = useQuery(COUNTY_VERSIONS, { variables: { year, quarter, countyCode: county }, fetchPolicy: 'network-only' });
  useEffect(() => { if (data) heading.current?.focus(); }, [data]);
  const versions = data?.quarterlySubmissionVersions ?? [];
  const latest = versions[0];
  if (!latest) return <Loading />;
  const name = nameOf(county);
  return mark(
    <section aria-labelledby="submission-detail">
      <h2 id="submission-detail" ref={heading} tabIndex={-1}>{t('submissions.detailTitle', { county: name, year, quarter, version: latest.version })}</h2>
      <p>{t('submissions.signed', { name: latest.signerName, at: formatDateTime(latest.submittedAt) })}</p>
      {latest.returnReason && <p><strong>{t('submissions.returnedInfo', { at: formatDateTime(latest.returnedAt ?? latest.submittedAt), reason: latest.returnReason })}</strong></p>}
      <DataTable caption={t('submissions.figuresCaption', { version: latest.version })} rows={latest.figures} rowKey={(f) => f.key}
        columns={[
          { key: 'figure', header: t('submissions.colFigure'), rowHeader: true, cell: (f) => figureLabel(f.key) },
          { key: 'value', header: t('submissions.colValue'), cell: (f) => value(f.key, f.value) },
        ]} />
      {latest.status === 'SUBMITTED' && (
        <ReturnForm id={latest.id} version={latest.version} county={name} onErrorsShown={onErrorsShown}
          onReturned={() => { void refetch(); onReturned(); }} />
      )}
      {versions.length > 1 && <CompareVersions versions={versions} />}
    </section>
  );
}

type ReturnField = 'reason';
const RETURN_ORDER = [['reason', 'return-reason']] as const;

function ReturnForm({ id, version, county, onReturned, onErrorsShown }: {
  id: string; version: number; county: string; onReturned: () => void; onErrorsShown: (shown: boolean) => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const errors = useFormErrors<ReturnField>(RETURN_ORDER);
  const [reason, setReason] = useState('');
  const [send, { loading }] = useMutation(RETURN_REPORT);
  useEffect(() => { onErrorsShown(errors.hasErrors); }, [errors.hasErrors, onErrorsShown]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    if (!reason.trim()) { errors.fail({ reason: t('submissions.reasonRequired') }); return; }
    try {
      await send({ variables: { id, reason: reason.trim() } });
      errors.clear();
      announce(t('submissions.returned', { county, version }));
      onReturned();
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <form onSubmit={submit} noValidate aria-labelledby="return-title">
      <h3 id="return-title">{t('submissions.returnTitle')}</h3>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <TextArea id="return-reason" label={t('submissions.reason')} hint={t('submissions.reasonHint')} required maxLength={500}
        error={errors.fields.reason} value={reason} rows={3}
        onChange={(e) => { setReason(e.currentTarget.value); errors.clearField('reason'); }} />
      <Button type="submit" aria-disabled={loading || undefined}>{t('submissions.returnButton', { version })}</Button>
    </form>
  );
}

function CompareVersions({ versions }: { versions: ReadonlyArray<{ id: string; version: number; status: string }> }) {
  const mark = useMark();
  const { t } = useI18n();
  const { nameOf } = useCountyOptions();
  const figureLabel = useFigureLabel(nameOf);
  const value = useFigureValue();
  const [pick, setPick] = useState({ from: versions[1].id, to: versions[0].id });
  const [asked, setAsked] = useState<{ from: string; to: string } | null>(null);
  const { data } = useQuery(COMPARE_VERSIONS, { variables: { fromId: asked?.from ?? '', toId: asked?.to ?? '' }, skip: !asked, fetchPolicy: 'network-only' });
  const options = versions.map((v) => ({ value: v.id, label: t('submissions.versionLabel', { version: v.version }) }));
  const versionOf = (id: string) => versions.find((v) => v.id === id)?.version ?? 0;
  const changes = data?.compareQuarterlySubmissions;
  return mark(
    <form onSubmit={(e) => { e.preventDefault(); setAsked(pick); }} aria-labelledby="compare-title">
      <h3 id="compare-title">{t('submissions.compareTitle')}</h3>
      <div className="plan-filter-fields">
        <SelectField id="compare-from" label={t('submissions.from')} value={pick.from} options={options} onChange={(e) => setPick({ ...pick, from: e.currentTarget.value })} />
        <SelectField id="compare-to" label={t('submissions.to')} value={pick.to} options={options} onChange={(e) => setPick({ ...pick, to: e.currentTarget.value })} />
      </div>
      <Button type="submit" variant="secondary">{t('submissions.compare')}</Button>
      <div aria-live="polite">
        {asked && changes && (changes.length === 0 ? <p>{t('submissions.noChanges')}</p> : (
          <DataTable caption={t('submissions.changesCaption', { from: versionOf(asked.from), to: versionOf(asked.to) })} rows={changes} rowKey={(c) => c.key}
            columns={[
              { key: 'figure', header: t('submissions.colFigure'), rowHeader: true, cell: (c) => figureLabel(c.key) },
              { key: 'before', header: t('submissions.colBefore'), cell: (c) => value(c.key, c.before) },
              { key: 'after', header: t('submissions.colAfter'), cell: (c) => value(c.key, c.after) },
            ]} />
        ))}
      </div>
    </form>
  );
}
