// The quarterly report's submission (issue 15): county staff see where their quarter stands (not sent, signed by
// whom and when, or returned with the city's reason) and sign it after a confirm step that names what they sign.
// The city sees a pointer to every county's submissions.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { useMark } from '../../../components/Lang';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';

export const SUBMISSION_VERSIONS = graphql(`
  query QuarterlySubmissionVersions($year: Int!, $quarter: Int!, $countyCode: String!) {
    quarterlySubmissionVersions(year: $year, quarter: $quarter, countyCode: $countyCode) { id version status signerName submittedAt returnedAt returnReason }
  }
`);

export const SUBMIT_QUARTER = graphql(`
  mutation SubmitQuarterlyReport($year: Int!, $quarter: Int!, $countyCode: String!) {
    submitQuarterlyReport(year: $year, quarter: $quarter, countyCode: $countyCode) { id version status signerName submittedAt returnedAt returnReason }
  }
`);

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

export function SubmitQuarterPanel({ year, quarter, to, area }: { year: number; quarter: number; to: string; area: string }) {
  const mark = useMark();
  const { t } = useI18n();
  const { me } = useSession();
  const county = me?.role === 'STAFF' ? me.scopeCountyCode ?? null : null;
  return mark(
    <section aria-labelledby="quarterly-submit" className="no-print">
      <h2 id="quarterly-submit">{t('plan.submit.title')}</h2>
      {county
        ? <CountySubmission year={year} quarter={quarter} county={county} ended={to < today()} area={area} signer={me?.displayName ?? ''} />
        : (
          <>
            <p>{t('plan.submit.cityHint')}</p>
            <p><Link to={`/staff/reports/submissions?year=${year}&quarter=${quarter}`}>{t('plan.submit.cityLink')}</Link></p>
          </>
        )}
    </section>
  );
}

function CountySubmission({ year, quarter, county, ended, area, signer }: { year: number; quarter: number; county: string; ended: boolean; area: string; signer: string }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const variables = { year, quarter, countyCode: county };
  const { data, refetch } = useQuery(SUBMISSION_VERSIONS, { variables, fetchPolicy: 'network-only' });
  const [submit, { loading }] = useMutation(SUBMIT_QUARTER);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const latest = data?.quarterlySubmissionVersions[0];
  // the confirm step takes focus when it opens, so it is read first
  useEffect(() => { if (confirming) confirmHeading.current?.focus(); }, [confirming]);

  const statusText = !latest ? t('plan.submit.NOT_SUBMITTED')
    : latest.status === 'RETURNED'
      ? t('plan.submit.RETURNED', { version: latest.version, at: formatDateTime(latest.returnedAt ?? latest.submittedAt), reason: latest.returnReason ?? '' })
      : t('plan.submit.SUBMITTED', { version: latest.version, name: latest.signerName, at: formatDateTime(latest.submittedAt) });

  const cancel = () => { setConfirming(false); requestAnimationFrame(() => opener.current?.focus()); };
  const sign = async () => {
    if (loading) return;
    try {
      const r = await submit({ variables });
      setConfirming(false);
      setError(null);
      await refetch();
      announce(t('plan.submit.done', { area, year, quarter, version: r.data!.submitQuarterlyReport.version }));
      requestAnimationFrame(() => status.current?.focus());
    } catch (e) {
      setError((x) => ({ message: describeError(e).message ?? t('error.generic'), attempt: (x?.attempt ?? 0) + 1 }));
    }
  };

  return mark(
    <>
      <p ref={status} tabIndex={-1} className="plan-submit-status"><strong>{statusText}</strong></p>
      {error && <ErrorSummary items={[]} message={error.message} attempt={error.attempt} />}
      {!ended ? <p>{t('plan.submit.notEnded')}</p> : !confirming ? (
        <Button ref={opener} onClick={() => setConfirming(true)}>{t('plan.submit.button')}</Button>
      ) : (
        <div role="group" aria-labelledby="quarterly-confirm" className="plan-confirm">
          <h3 id="quarterly-confirm" tabIndex={-1} ref={confirmHeading}>{t('plan.submit.confirmTitle')}</h3>
          <p>{t('plan.submit.confirmText', { name: signer, area, year, quarter })}</p>
          <div className="button-row">
            <Button onClick={sign} aria-disabled={loading || undefined}>{t('plan.submit.confirm')}</Button>
            <Button variant="secondary" onClick={cancel}>{t('plan.submit.cancel')}</Button>
          </div>
        </div>
      )}
    </>
  );
}
