// How a job posting looks wherever it appears: a card in lists, and its facts, demands and supports
// (icons always next to words). Job browsing and the employer's preview both use these.
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { DisabilityCategory, Education, EmploymentForm, JobDemand, OrganizationType, VerificationStatus, WorkplaceSupport } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { useMark } from './Lang';
import { DEMAND_ICON, Icon, SUPPORT_ICON } from './Icon';

export const POSTING_CARD_FIELDS = graphql(`
  fragment PostingCardFields on Posting {
    id title reserved employmentForm salaryMin salaryMax openingsLeft deadline supports
    county { code nameZh nameEn }
    organization { id name type verificationStatus }
  }
`);

export function usePay() {
  const { t, formatNumber } = useI18n();
  return (min: number | null | undefined, max: number | null | undefined) => {
    if (min == null && max == null) return t('posting.payNegotiable');
    if (min != null && max != null && min !== max) return t('posting.payRange', { min: formatNumber(min), max: formatNumber(max) });
    return t('posting.payFixed', { amount: formatNumber((min ?? max)!) });
  };
}

export function useCountyName() {
  const { locale } = useI18n();
  return (c: { nameZh: string; nameEn: string } | null | undefined) => (c ? (locale === 'en' ? c.nameEn : c.nameZh) : '');
}

/** 已核验: the federation checked the organization (only verified organizations' postings are public). */
export function VerifiedMark() {
  const { t } = useI18n();
  return <span className="badge status-good verified-mark"><Icon name="check" small />{t('verify.mark')}<span className="visually-hidden">{t('common.colon')}{t('verify.markHint')}</span></span>;
}

export function ReservedBadge() {
  const { t } = useI18n();
  return <span className="badge reserved"><Icon name="star" small />{t('posting.reserved')}</span>;
}

export interface PostingCardData {
  id: string;
  title: string;
  reserved: boolean;
  employmentForm: EmploymentForm;
  salaryMin: number | null;
  salaryMax: number | null;
  openingsLeft: number;
  deadline: string | null;
  supports: readonly WorkplaceSupport[];
  county: { nameZh: string; nameEn: string } | null;
  organization: { name: string; type: OrganizationType; verificationStatus?: VerificationStatus };
}

/** A posting in a list; headingLevel keeps the page's heading outline in order. */
export function PostingCard({ posting: p, headingLevel = 3 }: { posting: PostingCardData; headingLevel?: 2 | 3 }) {
  const mark = useMark();
  const { t, label, formatDate } = useI18n();
  const pay = usePay();
  const county = useCountyName();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  // names, titles and places from the server: marked Chinese in an English page (Lang.tsx)
  return mark(
    <article className="card" aria-labelledby={`posting-${p.id}-title`}>
      <H id={`posting-${p.id}-title`}><Link to={`/jobs/${p.id}`}>{p.title}</Link></H>
      {p.reserved && <p className="badges"><ReservedBadge /></p>}
      <dl className="facts">
        <dt>{t('posting.employer')}</dt>
        <dd>
          {t('posting.employerWithType', { name: p.organization.name, type: label('OrganizationType', p.organization.type) })}
          {p.organization.verificationStatus === 'VERIFIED' && <> <VerifiedMark /></>}
        </dd>
        <dt>{t('posting.place')}</dt>
        <dd>{county(p.county)}</dd>
        <dt>{t('posting.pay')}</dt>
        <dd>{pay(p.salaryMin, p.salaryMax)}</dd>
        <dt>{t('posting.form')}</dt>
        <dd>{label('EmploymentForm', p.employmentForm)}</dd>
        {p.deadline && (<><dt>{t('posting.deadline')}</dt><dd>{formatDate(p.deadline)}</dd></>)}
      </dl>
      {p.supports.length > 0 && (
        <>
          <p className="field-label">{t('posting.supportsShort')}</p>
          <ul className="icon-list">
            {p.supports.slice(0, 4).map((s) => (
              <li key={s}><Icon name={SUPPORT_ICON[s]} small />{label('WorkplaceSupport', s)}</li>
            ))}
            {p.supports.length > 4 && <li>{t('posting.moreSupports', { count: p.supports.length - 4 })}</li>}
          </ul>
        </>
      )}
    </article>
  );
}

export function DemandList({ demands }: { demands: readonly JobDemand[] }) {
  const { t, label } = useI18n();
  if (!demands.length) return <p>{t('posting.noDemands')}</p>;
  return (
    <ul className="icon-list">
      {demands.map((d) => <li key={d}><Icon name={DEMAND_ICON[d]} />{label('JobDemand', d)}</li>)}
    </ul>
  );
}

export function SupportList({ supports }: { supports: readonly WorkplaceSupport[] }) {
  const { t, label } = useI18n();
  if (!supports.length) return <p>{t('posting.noSupports')}</p>;
  return (
    <ul className="icon-list">
      {supports.map((s) => <li key={s}><Icon name={SUPPORT_ICON[s]} />{label('WorkplaceSupport', s)}</li>)}
    </ul>
  );
}

export interface PostingDetailData extends Omit<PostingCardData, 'id' | 'supports'> {
  supports: readonly WorkplaceSupport[];
  demands: readonly JobDemand[];
  description: string;
  address: string;
  openings: number;
  educationRequired: Education;
  skills: readonly string[];
  suitableCategories: readonly DisabilityCategory[];
  relaxedAge: boolean;
  relaxedHousehold: boolean;
  relaxedExamRatio: boolean;
  relaxationNote: string;
}

/** The body of a posting: facts, then what the job needs and what the workplace offers. */
export function PostingDetails({ posting: p, headingLevel = 2 }: { posting: PostingDetailData; headingLevel?: 2 | 3 }) {
  const mark = useMark();
  const { t, label, formatDate } = useI18n();
  const pay = usePay();
  const county = useCountyName();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const relaxed = [
    p.relaxedAge && t('posting.relaxedAge'),
    p.relaxedHousehold && t('posting.relaxedHousehold'),
    p.relaxedExamRatio && t('posting.relaxedExamRatio'),
  ].filter(Boolean) as string[];
  // names, titles and places from the server: marked Chinese in an English page (Lang.tsx)
  return mark(
    <>
      {p.reserved && <p className="badges"><ReservedBadge /></p>}
      <dl className="facts">
        <dt><Icon name="building" small /> {t('posting.employer')}</dt>
        <dd>{t('posting.employerWithType', { name: p.organization.name, type: label('OrganizationType', p.organization.type) })}</dd>
        <dt><Icon name="pin" small /> {t('posting.place')}</dt>
        <dd>{[county(p.county), p.address].filter(Boolean).join(' ')}</dd>
        <dt><Icon name="money" small /> {t('posting.pay')}</dt>
        <dd>{pay(p.salaryMin, p.salaryMax)}</dd>
        <dt><Icon name="briefcase" small /> {t('posting.form')}</dt>
        <dd>{label('EmploymentForm', p.employmentForm)}</dd>
        <dt><Icon name="people" small /> {t('posting.openings')}</dt>
        <dd>{t('posting.openingsValue', { openings: p.openings, left: p.openingsLeft })}</dd>
        <dt><Icon name="document" small /> {t('posting.education')}</dt>
        <dd>{p.educationRequired === 'NONE' ? t('posting.educationNone') : label('Education', p.educationRequired)}</dd>
        {p.deadline && (<><dt><Icon name="calendar" small /> {t('posting.deadline')}</dt><dd>{formatDate(p.deadline)}</dd></>)}
      </dl>

      <H>{t('posting.description')}</H>
      {p.description.split(/\n+/).filter(Boolean).map((para, i) => <p key={i}>{para}</p>)}

      <H>{t('posting.demands')}</H>
      <p className="hint">{t('posting.demandsHint')}</p>
      <DemandList demands={p.demands} />

      <H>{t('posting.supports')}</H>
      <SupportList supports={p.supports} />

      <H>{t('posting.suitable')}</H>
      <p>{p.suitableCategories.length
        ? p.suitableCategories.map((c) => label('DisabilityCategory', c)).join(t('common.listSeparator'))
        : t('posting.suitableAll')}</p>

      {p.skills.length > 0 && (
        <>
          <H>{t('posting.skills')}</H>
          <p>{p.skills.join(t('common.listSeparator'))}</p>
        </>
      )}

      {(relaxed.length > 0 || p.relaxationNote) && (
        <>
          <H>{t('posting.relaxed')}</H>
          {relaxed.length > 0 && <ul>{relaxed.map((r) => <li key={r}>{r}</li>)}</ul>}
          {p.relaxationNote && <p>{p.relaxationNote}</p>}
        </>
      )}
    </>
  );
}
