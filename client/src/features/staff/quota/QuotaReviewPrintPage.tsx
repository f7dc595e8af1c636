// The printable quota-review pack: the employer's live pack (/employer/quota-review/print?year=) or a submitted
// version (?id=, and staff's /staff/quota-review/:id/print), with places to sign. The print stylesheet prints the
// pack alone; the figures are the pack's, as on the screen and in the Excel.
import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { Button, ButtonLink } from '../../../components/Button';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';
import { useMark } from '../../../components/Lang';
import { EMPLOYER_QUOTA_ORG } from './EmployerQuotaPage';
import { EMPLOYER_QUOTA_REVIEW } from './EmployerQuotaReviewPage';
import { QUOTA_REVIEW_SUBMISSION } from './QuotaReviewPage';
import { PackLines, PackPeople, type Pack } from './QuotaReviewView';
import { yearFromParam } from './year-figures';
import '../../../components/resume.css';
import './quota-review.css';

export function QuotaReviewPrintPage() {
  const { id: routeId } = useParams();
  const [params] = useSearchParams();
  const id = routeId ?? params.get('id');
  const back = routeId ? `/staff/quota-review/${routeId}` : `/employer/quota-review?year=${params.get('year') ?? ''}`;
  return id ? <PrintVersion id={id} back={back} /> : <PrintLive year={yearFromParam(params.get('year'))} back={back} />;
}

function PrintVersion({ id, back }: { id: string; back: string }) {
  const { data, loading, error } = useQuery(QUOTA_REVIEW_SUBMISSION, { variables: { id }, fetchPolicy: 'network-only' });
  return <Printable pack={data?.quotaReviewSubmission} loading={loading && !data} failed={!!error} back={back} />;
}

function PrintLive({ year, back }: { year: number; back: string }) {
  const org = useQuery(EMPLOYER_QUOTA_ORG, { fetchPolicy: 'network-only' });
  const organizationId = org.data?.myOrganization?.id ?? '';
  const { data, loading, error } = useQuery(EMPLOYER_QUOTA_REVIEW, { variables: { organizationId, year }, skip: !organizationId, fetchPolicy: 'network-only' });
  return <Printable pack={data?.quotaReviewPack} loading={(org.loading || loading) && !data} failed={!!error || !!org.error} back={back} />;
}

function Printable({ pack, loading, failed, back }: { pack: Pack | undefined; loading: boolean; failed: boolean; back: string }) {
  const mark = useMark();
  const { t } = useI18n();
  if (loading) return <Loading />;
  if (failed || !pack) return <Page title={t('qr.title')}><Notice tone="error"><p>{t('error.loadFailed')}</p></Notice></Page>;
  return mark(
    <div className="print-cv print-pack">
      <Page title={t('qr.print.title', { name: pack.organizationName, year: pack.year })}>
        <div className="no-print">
          <p>{t('qr.print.hint')}</p>
          <p className="button-row">
            <Button onClick={() => window.print()}>{t('qr.print.button')}</Button>
            <ButtonLink variant="secondary" to={back}>{t('qr.print.back')}</ButtonLink>
          </p>
        </div>
        <p>{t('qr.print.meta', { creditCode: pack.creditCode, year: pack.year, status: t(`qr.status.${pack.status}`) })}
          {pack.version != null && <> · {t('qr.status.version', { version: pack.version })}</>}</p>
        <PackLines pack={pack} />
        <PackPeople pack={pack} />
        <section aria-labelledby="qr-sign-heading" className="signatures">
          <h2 id="qr-sign-heading">{t('qr.print.signatures')}</h2>
          <dl>
            {(['qr.print.employerHead', 'qr.print.employerClerk', 'qr.print.seal', 'qr.print.reviewer'] as const).map((k) => (
              <div key={k} className="signature-line"><dt>{t(k)}</dt><dd>{t('qr.print.date')}</dd></div>
            ))}
          </dl>
        </section>
      </Page>
    </div>
  );
}
