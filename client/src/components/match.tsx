// Why a job fits a person, and what is missing: the server's reasons and gaps (already in the request's language)
// as lists of words, icons only as decoration. Search results, recommendations and the employer's candidate
// list all show them, so they live here rather than in one feature.
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { WorkplaceSupport } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { useMark } from './Lang';
import type { MessageKey } from '../i18n/zh-CN';
import { Icon, SUPPORT_ICON } from './Icon';
import { ReservedBadge, useCountyName, usePay, VerifiedMark, type PostingCardData } from './posting';
import './match.css';

export const MATCH_FIELDS = graphql(`
  fragment MatchFields on MatchModel {
    score eligible
    reasons { code text }
    gaps { code text blocking closedBy subsidy fundingHints { code name } }
  }
`);

export interface MatchData {
  score: number;
  eligible: boolean;
  reasons: ReadonlyArray<{ code: string; text: string }>;
  gaps: ReadonlyArray<{ code: string; text: string; blocking: boolean; closedBy: readonly WorkplaceSupport[]; subsidy: boolean;
    /** the catalogue's subsidies that can pay for the supports that close it (issue 17) */
    fundingHints?: ReadonlyArray<{ code: string; name: string }> }>;
}

export type MatchAudience = 'seeker' | 'employer';

// What would close a gap, where the server's words do not say it already (its texts for DEMAND_BLOCKS and FAR name
// the supports that remove them; pay, form and education gaps have nothing an employer or seeker can add).
const REMEDIES: Record<string, Record<MatchAudience, MessageKey>> = {
  SUPPORT_MISSING: { seeker: 'match.remedy.supportSeeker', employer: 'match.remedy.supportEmployer' },
  NICE_SUPPORT_MISSING: { seeker: 'match.remedy.supportSeeker', employer: 'match.remedy.supportEmployer' },
  SKILLS_MISSING: { seeker: 'match.remedy.skillsSeeker', employer: 'match.remedy.skillsEmployer' },
};

/** Whether a text already ends a sentence, so no full stop is added before what follows it. */
const endsSentence = (text: string) => /[。！？.!?]\s*$/.test(text);

/**
 * Score, reasons and gaps of one match. Each list's label is visible text said once: the lists are not also named
 * by it (a screen reader would read the label, then the list's name, the same words twice). A gap ends with a full
 * stop before its remedy, so it neither runs into it on screen nor without a pause when read.
 */
export function MatchExplanation({ match, audience = 'seeker' }: { match: MatchData; audience?: MatchAudience }) {
  const mark = useMark();
  const { t, label } = useI18n();
  // blocking gaps first: they decide whether the job can be taken at all
  const gaps = [...match.gaps].sort((a, b) => Number(b.blocking) - Number(a.blocking));
  const remedy = (g: MatchData['gaps'][number]) => {
    const key = REMEDIES[g.code]?.[audience];
    if (!key) return null;
    const supports = g.closedBy.map((s) => label('WorkplaceSupport', s)).join(t('common.listSeparator'));
    return t(key, { supports });
  };
  // names, titles and places from the server: marked Chinese in an English page (Lang.tsx)
  return mark(
    <div className="match">
      <p className="match-summary">
        <strong>{t('match.score', { score: match.score })}</strong>
        {audience === 'seeker' && (
          <span className={match.eligible ? 'badge status-good' : 'badge status-bad'}>
            {t(match.eligible ? 'match.eligible' : 'match.notEligible')}
          </span>
        )}
      </p>
      {match.reasons.length > 0 && (
        <>
          <p className="field-label">{t(audience === 'seeker' ? 'match.reasonsSeeker' : 'match.reasonsEmployer')}</p>
          <ul className="match-list">
            {match.reasons.map((r, i) => <li key={`${r.code}-${i}`}><Icon name="check" small /><span>{r.text}</span></li>)}
          </ul>
        </>
      )}
      {gaps.length > 0 && (
        <>
          <p className="field-label">{t('match.gaps')}</p>
          <ul className="match-list gaps">
            {gaps.map((g, i) => {
              const how = remedy(g);
              return (
                <li key={`${g.code}-${i}`} className={g.blocking ? 'blocking' : undefined}>
                  <Icon name="info" small />
                  <span>
                    {g.blocking && <strong>{t('match.blocking')}</strong>}
                    {g.text}
                    {how && <>{endsSentence(g.text) ? '' : t('match.gapEnd')}<span className="remedy">{how}</span></>}
                    {g.fundingHints && g.fundingHints.length > 0 && (
                      <> <Link to="/subsidies" className="remedy">{t('sub.match.funding', { names: g.fundingHints.map((f) => f.name).join(t('common.listSeparator')) })}</Link></>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {match.reasons.length === 0 && gaps.length === 0 && <p>{t('match.noDetails')}</p>}
    </div>
  );
}

/**
 * A posting in a list of search results or recommendations: the usual facts, then, for a seeker who agreed to
 * matching, why it suits them and what is missing (otherwise the supports it offers).
 */
export function MatchedPostingCard({ posting: p, match, headingLevel = 3, applied = false }: {
  posting: PostingCardData;
  match: MatchData | null;
  headingLevel?: 2 | 3 | 4;
  /** the signed-in seeker applied to it already (已申请) */
  applied?: boolean;
}) {
  const mark = useMark();
  const { t, label, formatDate } = useI18n();
  const pay = usePay();
  const county = useCountyName();
  const H = headingLevel === 2 ? 'h2' : headingLevel === 4 ? 'h4' : 'h3';
  const titleId = `hit-${p.id}-title`;
  // names, titles and places from the server: marked Chinese in an English page (Lang.tsx)
  return mark(
    <article className="card hit" aria-labelledby={titleId}>
      <H id={titleId}><Link to={`/jobs/${p.id}`}>{p.title}</Link></H>
      {(p.reserved || applied || p.openingsLeft === 0) && (
        <p className="badges">
          {p.reserved && <ReservedBadge />}
          {p.openingsLeft === 0 && <> <span className="badge status-bad">{t('posting.fullBadge')}</span></>}
          {applied && <> <span className="badge status-good">{t('posting.appliedBadge')}</span></>}
        </p>
      )}
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
      {match ? <MatchExplanation match={match} /> : p.supports.length > 0 && (
        <>
          <p className="field-label">{t('posting.supportsShort')}</p>
          <ul className="icon-list">
            {p.supports.slice(0, 4).map((s) => <li key={s}><Icon name={SUPPORT_ICON[s]} small />{label('WorkplaceSupport', s)}</li>)}
            {p.supports.length > 4 && <li>{t('posting.moreSupports', { count: p.supports.length - 4 })}</li>}
          </ul>
        </>
      )}
    </article>
  );
}
