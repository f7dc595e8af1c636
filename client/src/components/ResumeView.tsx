// A résumé to read: each section a heading and a list, in the reader's language (the printable CV, and employers on
// the applicant page). Sections the reader may not see say so; empty ones are left out (or say so to the owner).
import type { ResumeFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { useMark } from './Lang';
import { SECTIONS, sectionKey, type Section } from './resume-fields';
import type { MessageKey } from '../i18n/zh-CN';
import './resume.css';

export function ResumeView({ resume: r, level = 2, idPrefix = 'cv', showEmpty = false, emptyText }: {
  resume: ResumeFieldsFragment;
  /** the sections' heading level */
  level?: 2 | 3 | 4;
  idPrefix?: string;
  /** say "nothing here yet" for an empty section (the owner's view) instead of leaving it out */
  showEmpty?: boolean;
  /** what an empty résumé says (by default: not filled in or not shared, as employers read it) */
  emptyText?: string;
}) {
  const mark = useMark();
  const { t, label, formatDate } = useI18n();
  const H = `h${level}` as 'h2';
  const date = (d: string | null | undefined) => (d ? formatDate(d) : '');
  const period = (from: string | null | undefined, to: string | null | undefined) =>
    from ? t('resume.period', { from: date(from), to: to ? date(to) : t('resume.now') }) : date(to);
  const hidden = new Set(r.hiddenSections);
  const items = (s: Section): string[][] => {
    switch (s) {
      case 'education': return r.education.map((e) => [
        [e.school, e.major].filter(Boolean).join(' · '), label('Education', e.degree), period(e.enrolledOn, e.graduatedOn)].filter(Boolean));
      case 'work': return r.work.map((w) => [`${w.jobTitle} · ${w.employerName}`, period(w.startDate, w.endDate), w.duties].filter(Boolean));
      case 'skills': return r.skills.map((k) => [k.skill, k.evidence].filter(Boolean));
      case 'certificates': return r.certificates.map((c) => [
        c.certificateName, t(`resume.certKind.${c.certificateKind}` as MessageKey), [c.issuer, date(c.issuedOn)].filter(Boolean).join(' · '),
        c.expiresOn ? t('resume.expires', { date: date(c.expiresOn) }) : t('resume.noExpiry')].filter(Boolean));
      case 'languages': return r.languages.map((l) => [`${l.language}: ${t(`resume.level.${l.proficiency}` as MessageKey)}`]);
      case 'assistiveTech': return r.assistiveTech.map((a) => [a.tool, a.toolNote].filter(Boolean));
    }
  };
  const shown = SECTIONS.filter((s) => hidden.has(s) || items(s).length > 0 || showEmpty);
  if (!shown.length) return <p>{emptyText ?? t('resume.noneShared')}</p>;
  return mark(
    <div className="resume-view">
      {shown.map((s) => {
        const list = items(s);
        const id = `${idPrefix}-${s}`;
        return (
          <section key={s} aria-labelledby={id}>
            <H id={id}>{t(sectionKey(s))}</H>
            {hidden.has(s) ? <p>{t('resume.notShared')}</p> : list.length === 0 ? <p>{t('resume.empty')}</p> : (
              <ul className="resume-list">
                {list.map((lines, i) => (
                  <li key={i}>
                    <strong>{lines[0]}</strong>
                    {lines.slice(1).map((x, j) => <span key={j} className="resume-line">{x}</span>)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
