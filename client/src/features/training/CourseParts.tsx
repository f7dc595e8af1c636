// How a course looks wherever it appears: a card in lists, its dates, place, places left, cost and subsidy (an
// amount no document states reads 待核实 / unverified), skills and certificate, and its access features in words.
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { useCountyName } from '../../components/posting';
import { graphql } from '../../gql';
import type { CertificateKind, CourseKind, CourseMode } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { useMark } from '../../components/Lang';
import { ACCESS_FEATURES, DELIVERY_FEATURES, useTrainingText, type AccessFeature, type DeliveryFeature } from './training-text';
import './training.css';

export const COURSE_CARD_FIELDS = graphql(`
  fragment CourseCardFields on TrainingCourse {
    id title kind skills certificateKind certificateLevel startsOn endsOn schedule sessions mode venueName address
    capacity enrolledCount open feeYuan subsidyNote subsidyYuan subsidySource subsidyAmountText
    stepFreeRoute accessibleToilets hearingLoop tactilePaving signLanguage brailleMaterials largePrint captions
    county { code nameZh nameEn }
    provider { id name }
  }
`);

export interface CourseCardData extends Record<AccessFeature | DeliveryFeature, boolean> {
  id: string; title: string; kind: CourseKind; skills: readonly string[]; certificateKind?: CertificateKind | null; certificateLevel: string;
  startsOn: string; endsOn: string; schedule: string; sessions: number; mode: CourseMode; venueName: string; address: string;
  capacity: number; enrolledCount: number; open: boolean; feeYuan: number; subsidyNote: string; subsidyYuan?: number | null;
  subsidySource: string; subsidyAmountText: string;
  county?: { code: string; nameZh: string; nameEn: string } | null;
  provider?: { id: string; name: string } | null;
}

export function useCourseWords() {
  const { t, formatDate } = useI18n();
  const text = useTrainingText();
  const county = useCountyName();
  return {
    dates: (c: Pick<CourseCardData, 'startsOn' | 'endsOn'>) => t('training.card.dates', { from: formatDate(c.startsOn), to: formatDate(c.endsOn) }),
    place: (c: Pick<CourseCardData, 'mode' | 'venueName' | 'address' | 'county'>) => {
      if (c.mode === 'ONLINE') return t('training.card.online');
      const where = [c.venueName, c.address].filter(Boolean).join(t('events.placeSeparator')) || county(c.county ?? null) || t('events.wholeCity');
      return c.mode === 'HYBRID' ? t('events.placeHybrid', { place: where }) : where;
    },
    places: (c: Pick<CourseCardData, 'capacity' | 'enrolledCount'>) => (c.enrolledCount < c.capacity
      ? t('training.card.placesLeft', { left: c.capacity - c.enrolledCount, capacity: c.capacity })
      : t('training.card.full', { capacity: c.capacity })),
    cost: (c: Pick<CourseCardData, 'feeYuan'>) => (c.feeYuan === 0 ? t('training.free') : t('training.yuan', { amount: c.feeYuan })),
    certificate: (c: Pick<CourseCardData, 'certificateKind' | 'certificateLevel'>) =>
      [text.certificate(c.certificateKind), c.certificateKind ? c.certificateLevel : ''].filter(Boolean).join(' '),
  };
}

/** The subsidy: the words, and the amount or 待核实 with why. */
export function SubsidyText({ course: c }: { course: Pick<CourseCardData, 'subsidyNote' | 'subsidyYuan' | 'subsidySource' | 'subsidyAmountText'> }) {
  const mark = useMark();
  const { t } = useI18n();
  return mark(
    <>
      {c.subsidyNote && <>{c.subsidyNote}{t('common.listSeparator')}</>}
      {t('training.card.subsidyAmount')}{t('common.colon')}
      {c.subsidyYuan == null
        ? <><strong className="badge status-neutral">{t('training.unverified')}</strong> <span className="hint">{t('training.unverifiedHint')}</span></>
        : <>{c.subsidyAmountText} <span className="hint">{t('training.card.subsidySource', { source: c.subsidySource })}</span></>}
    </>
  );
}

/** What the course gives and costs, as terms of a course's facts list (a card's and the course page's): skills,
 *  certificate, fee, subsidy and places. */
export function CourseOffer({ course: c }: { course: CourseCardData }) {
  const mark = useMark();
  const { t } = useI18n();
  const words = useCourseWords();
  return mark(
    <>
      <dt>{t('training.card.skills')}</dt><dd>{c.skills.join(t('common.listSeparator'))}</dd>
      <dt>{t('training.card.certificate')}</dt><dd>{words.certificate(c)}</dd>
      <dt>{t('training.card.cost')}</dt><dd>{words.cost(c)}</dd>
      <dt>{t('training.card.subsidy')}</dt><dd><SubsidyText course={c} /></dd>
      <dt>{t('training.card.places')}</dt><dd>{words.places(c)}</dd>
    </>
  );
}

/** Access features and accessible ways of teaching, in words with an icon beside them. */
export function CourseAccess({ course: c }: { course: CourseCardData }) {
  const mark = useMark();
  const { t } = useI18n();
  const text = useTrainingText();
  const access = ACCESS_FEATURES.filter((f) => c[f]);
  const delivery = DELIVERY_FEATURES.filter((f) => c[f]);
  return mark(
    <>
      {c.mode !== 'ONLINE' && (access.length === 0 ? <p>{t('training.detail.accessNone')}</p> : (
        <ul className="feature-list">{access.map((f) => <li key={f}><Icon name="check" small /> {text.access(f)}</li>)}</ul>
      ))}
      {delivery.length === 0 ? <p>{t('training.detail.deliveryNone')}</p> : (
        <ul className="feature-list">{delivery.map((f) => <li key={f}><Icon name="check" small /> {text.delivery(f)}</li>)}</ul>
      )}
    </>
  );
}

/** A course in a list; headingLevel keeps the page's heading outline in order. */
export function CourseCard({ course: c, headingLevel = 3 }: { course: CourseCardData; headingLevel?: 2 | 3 }) {
  const mark = useMark();
  const { t } = useI18n();
  const text = useTrainingText();
  const words = useCourseWords();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const delivery = DELIVERY_FEATURES.filter((f) => c[f]);
  return mark(
    <article className="card course-card" aria-labelledby={`course-${c.id}`}>
      <H id={`course-${c.id}`}><Link to={`/training/${c.id}`}>{c.title}</Link></H>
      <p className="muted">{text.kind(c.kind)}{c.provider && <>{t('common.listSeparator')}{c.provider.name}</>}</p>
      <dl className="facts">
        <dt>{t('training.card.when')}</dt><dd>{words.dates(c)}</dd>
        <dt>{t('training.card.where')}</dt><dd>{words.place(c)}</dd>
        <CourseOffer course={c} />
      </dl>
      {delivery.length > 0 && <p>{delivery.map((f) => text.delivery(f)).join(t('common.listSeparator'))}</p>}
    </article>
  );
}
