// One applicant of a position, with the next stages the employer can move the application to.
import { Link } from 'react-router';
import { Button, ButtonLink } from '../../components/Button';
import { useCountyName } from '../../components/posting';
import { StatusBadge } from '../../components/StatusBadge';
import type { ApplicationStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import type { Applicant } from './ApplicantsPage';
import { useMark } from '../../components/Lang';
import { ResumeView } from '../../components/ResumeView';

const MOVE_LABEL: Record<ApplicationStatus, MessageKey> = {
  SUBMITTED: 'applicants.toSubmitted', REVIEWING: 'applicants.toReviewing', INTERVIEW: 'applicants.toInterview',
  OFFERED: 'applicants.toOffered', HIRED: 'applicants.toHired', REJECTED: 'applicants.toRejected', WITHDRAWN: 'applicants.toWithdrawn',
};


export function ApplicantCard({ applicant: a, moves, canReject, onMove, onReject }: {
  applicant: Applicant;
  moves: readonly ApplicationStatus[];
  canReject: boolean;
  onMove: (to: ApplicationStatus) => void;
  onReject: () => void;
}) {
  const mark = useMark();
  const { t, label, formatDate, formatDateTime } = useI18n();
  const county = useCountyName();
  const s = a.seeker;
  const none = t('common.none');
  const join = (xs: readonly string[] | null | undefined) => (xs && xs.length ? xs.join(t('common.listSeparator')) : none);
  return mark(
    <article className="card" aria-labelledby={`applicant-${a.id}`}>
      <h2 id={`applicant-${a.id}`} tabIndex={-1}>{s.name}</h2>
      <p><StatusBadge status={a.status} /></p>
      <dl className="facts">
        <dt>{t('applicants.appliedOn')}</dt><dd>{formatDate(a.createdAt)}</dd>
        <dt>{t('applicants.age')}</dt><dd>{t('applicants.ageGender', { age: s.age, gender: label('Gender', s.gender) })}</dd>
        <dt>{t('applicants.county')}</dt><dd>{county(s.county)}</dd>
        <dt>{t('applicants.phone')}</dt><dd>{s.phone || none}</dd>
        <dt>{t('profile.education')}</dt><dd>{label('Education', s.education)}</dd>
        <dt>{t('profile.skills')}</dt><dd>{join(s.skills)}</dd>
        <dt>{t('profile.category')}</dt>
        <dd>{s.category ? `${label('DisabilityCategory', s.category)}${s.level ? ` ${label('DisabilityLevel', String(s.level) as '1')}` : ''}` : t('applicants.notShared')}</dd>
        {s.category && (
          <>
            <dt>{t('needs.mustShort')}</dt><dd>{join(s.supportsMust?.map((x) => label('WorkplaceSupport', x)))}</dd>
            <dt>{t('needs.cannotDoShort')}</dt><dd>{join(s.cannotDo?.map((x) => label('JobDemand', x)))}</dd>
          </>
        )}
        <dt>{t('apply.accommodations')}</dt><dd>{join(a.accommodations.map((x) => label('InterviewAccommodation', x)))}</dd>
        {a.accommodationNote && (<><dt>{t('applicants.accommodationNote')}</dt><dd>{a.accommodationNote}</dd></>)}
        <dt>{t('applicants.note')}</dt><dd>{a.note || none}</dd>
        {s.experience && (<><dt>{t('applicants.experience')}</dt><dd>{s.experience}</dd></>)}
        {a.rejectionReason && (<><dt>{t('applications.reason')}</dt><dd>{a.rejectionReason}</dd></>)}
      </dl>
      {s.resume && (
        <section aria-labelledby={`applicant-${a.id}-resume`}>
          <h3 id={`applicant-${a.id}-resume`}>{t('resume.heading')}</h3>
          <ResumeView resume={s.resume} level={4} idPrefix={`applicant-${a.id}-cv`} />
        </section>
      )}
      <h3>{t('applications.history')}</h3>
      <ol className="history">
        {a.history.map((h) => (
          <li key={h.id}>
            <time dateTime={h.createdAt}>{formatDateTime(h.createdAt)}</time>{t('common.colon')}{label('ApplicationStatus', h.toStatus)}
            {h.reason ? t('applications.historyReason', { reason: h.reason }) : ''}
          </li>
        ))}
      </ol>
      <p>
        <Link to={`/applications/${a.id}`}>
          {a.unreadMessages > 0 ? t('msg.openThreadCount', { count: a.unreadMessages }) : t('msg.openThread')}
          <span className="visually-hidden">{t('common.colon')}{s.name}</span>
        </Link>
      </p>
      {(moves.length > 0 || canReject) && (
        <div className="button-row" role="group" aria-label={t('applicants.actionsFor', { name: s.name })}>
          {moves.map((to) => (to === 'INTERVIEW' && a.status !== 'INTERVIEW'
            // 邀请面试 proposes a time, place and contact: never a bare status
            ? (
              <ButtonLink key={to} variant="secondary" to={`/employer/applications/${a.id}/interview`}>
                {t(MOVE_LABEL[to])}<span className="visually-hidden">{t('common.colon')}{s.name}</span>
              </ButtonLink>
            ) : (
              <Button key={to} variant={to === 'HIRED' ? 'primary' : 'secondary'} onClick={() => onMove(to)}>
                {t(MOVE_LABEL[to])}<span className="visually-hidden">{t('common.colon')}{s.name}</span>
              </Button>
            )))}
          {canReject && (
            <Button variant="secondary" onClick={onReject}>
              {t('applicants.toRejected')}<span className="visually-hidden">{t('common.colon')}{s.name}</span>
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
