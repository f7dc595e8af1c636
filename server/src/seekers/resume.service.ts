// The résumé: the person reads and saves their own (checked as a whole, written in one statement), and others read
// only what the person's choices and consents allow: staff in scope all of it, employers the person applied to the
// sections shared with them (the assistive technology only with consent to share disability data), nobody else.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { requireActor } from '../auth/auth.service.js';
import { ConsentPurpose, Role } from '../common/domain.js';
import { FieldProblems, ForbiddenError } from '../common/errors.js';
import { localDate } from '../common/local-time.js';
import {
  DEFAULT_VISIBILITY, RESUME_SECTIONS, SectionVisibility, type Resume, type ResumeInput, type ResumeSection, type ResumeVisibility,
} from './resume.models.js';
import type { SeekerAccess } from './seekers.service.js';

type Content = Pick<Resume, ResumeSection>;
interface Row { content: Content; visibility: ResumeVisibility; version: number; updated_at: Date }

const EMPTY: Content = { education: [], work: [], skills: [], certificates: [], languages: [], assistiveTech: [] };

@Injectable()
export class ResumeService {
  constructor(private readonly ds: DataSource) {}

  private async seekerIdOf(a: Actor): Promise<string> {
    const rows: Array<{ id: string }> = await this.ds.query(`SELECT id FROM seeker_profile WHERE user_id = $1`, [a.userId]);
    if (!rows[0]) throw new ForbiddenError('error.profileRequired');
    return rows[0].id;
  }

  async load(seekerId: string): Promise<Resume> {
    const rows: Row[] = await this.ds.query(`SELECT content, visibility, version, updated_at FROM resume WHERE seeker_id = $1`, [seekerId]);
    const r = rows[0];
    return r
      ? { ...EMPTY, ...r.content, visibility: { ...DEFAULT_VISIBILITY, ...r.visibility }, hiddenSections: [], version: r.version, updatedAt: r.updated_at }
      : { ...EMPTY, visibility: { ...DEFAULT_VISIBILITY }, hiddenSections: [], version: 0, updatedAt: null };
  }

  async mine(actor: Actor | null): Promise<Resume> {
    const a = requireActor(actor, Role.SEEKER);
    return this.load(await this.seekerIdOf(a));
  }

  async save(actor: Actor | null, input: ResumeInput): Promise<Resume> {
    const a = requireActor(actor, Role.SEEKER);
    const seekerId = await this.seekerIdOf(a);
    const content = this.check(input);
    await this.ds.query(
      `INSERT INTO resume (seeker_id, content, visibility) VALUES ($1, $2, $3)
       ON CONFLICT (seeker_id) DO UPDATE SET content = EXCLUDED.content, visibility = EXCLUDED.visibility,
         version = resume.version + 1, updated_at = now()`,
      [seekerId, JSON.stringify(content), JSON.stringify(input.visibility)]);
    return this.load(seekerId);
  }

  /**
   * What a reader other than the person sees, or null when they may see none of it. `shareDisability`: the person
   * consented to share disability data with employers they applied to.
   */
  async forReader(seekerId: string, access: SeekerAccess | null, consents: Set<ConsentPurpose>): Promise<Resume | null> {
    if (!access) return null;
    const r = await this.load(seekerId);
    if (access === 'SELF' || access === 'STAFF') return r;
    const hidden = RESUME_SECTIONS.filter((s) => r.visibility[s] !== SectionVisibility.APPLIED_EMPLOYERS
      || (s === 'assistiveTech' && !consents.has(ConsentPurpose.SHARE_WITH_EMPLOYERS)));
    const out: Resume = { ...r, hiddenSections: [...hidden] };
    for (const s of hidden) (out[s] as unknown[]) = [];
    return out;
  }

  /** Trims every text, and refuses the whole résumé with each problem named by its field; returns what is stored. */
  private check(input: ResumeInput): Content {
    const today = localDate(new Date());
    const p = new FieldProblems();
    const text = (v: string | undefined | null) => (v ?? '').trim();
    const need = (v: string, path: string) => { p.check(v.length > 0, path, 'validation.required'); return v; };
    const notFuture = (d: string | null | undefined, path: string) => p.check(!d || d <= today, path, 'validation.dateInFuture');
    const ordered = (from: string | null | undefined, to: string | null | undefined, path: string, key = 'validation.endBeforeStart') =>
      p.check(!from || !to || from <= to, path, key);
    const education = input.education.map((e, i) => {
      const at = `input.education.${i}`;
      notFuture(e.enrolledOn, `${at}.enrolledOn`);
      ordered(e.enrolledOn, e.graduatedOn, `${at}.graduatedOn`);
      return { school: need(text(e.school), `${at}.school`), major: text(e.major), degree: e.degree, enrolledOn: e.enrolledOn ?? null, graduatedOn: e.graduatedOn ?? null };
    });
    const work = input.work.map((w, i) => {
      const at = `input.work.${i}`;
      notFuture(w.startDate, `${at}.startDate`);
      notFuture(w.endDate, `${at}.endDate`);
      ordered(w.startDate, w.endDate, `${at}.endDate`);
      return {
        employerName: need(text(w.employerName), `${at}.employerName`), jobTitle: need(text(w.jobTitle), `${at}.jobTitle`),
        startDate: w.startDate, endDate: w.endDate ?? null, duties: text(w.duties),
      };
    });
    const skills = input.skills.map((s, i) => ({ skill: need(text(s.skill), `input.skills.${i}.skill`), evidence: text(s.evidence) }));
    const certificates = input.certificates.map((c, i) => {
      const at = `input.certificates.${i}`;
      notFuture(c.issuedOn, `${at}.issuedOn`);
      ordered(c.issuedOn, c.expiresOn, `${at}.expiresOn`, 'validation.expiresBeforeIssued');
      return {
        certificateKind: c.certificateKind, certificateName: need(text(c.certificateName), `${at}.certificateName`), issuer: text(c.issuer),
        issuedOn: c.issuedOn, expiresOn: c.expiresOn ?? null,
      };
    });
    const languages = input.languages.map((l, i) => ({ language: need(text(l.language), `input.languages.${i}.language`), proficiency: l.proficiency }));
    const assistiveTech = input.assistiveTech.map((t, i) => ({ tool: need(text(t.tool), `input.assistiveTech.${i}.tool`), toolNote: text(t.toolNote) }));
    p.throwIfAny();
    return { education, work, skills, certificates, languages, assistiveTech };
  }
}
