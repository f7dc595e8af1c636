// The catalogue (with amounts from the policy setting subsidy.amounts) and what an employer or a person may claim:
// gathers the facts through the owners' services and applies eligibility.ts.
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, isStaff, staffCovers } from '../auth/actor.js';
import { requireActor } from '../auth/auth.service.js';
import { Residence, Role } from '../common/domain.js';
import { ForbiddenError, NotFoundError } from '../common/errors.js';
import { maskName } from '../common/mask-name.js';
import { currentLocale, type Locale } from '../common/request-context.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PlacementsService } from '../placements/placements.service.js';
import type { Placement } from '../placements/placement.entity.js';
import type { PolicyValues } from '../policy/policy.js';
import { PolicySettingsService } from '../policy/policy-settings.service.js';
import { PostingsService } from '../postings/postings.service.js';
import { ageOn } from '../reporting/quota/quota.js';
import { QuotaService } from '../reporting/quota/quota.service.js';
import type { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { EnrolmentsService } from '../training/enrolments.service.js';
import { WorkshopsService } from '../workshops/workshops.service.js';
import {
  hireFindings, personFindings, quotaFinding, taxFinding, workshopFindings, type Finding, type QuotaFacts, type WorkshopFacts,
} from './eligibility.js';
import { SUBSIDY_CATALOGUE, subsidyEntry, type SubsidyCode, type SubsidyEntry } from './subsidy-catalogue.js';
import { SubsidyApplication, SubsidyRow } from './subsidy.entity.js';
import { UnverifiedPart } from './subsidy-vocab.js';
import { EligibilityItemModel, SubsidyEligibilityModel, SubsidyModel, type EligibilityFactModel, type HireEligibilityModel } from './subsidies.models.js';
import { amountText, amountVerified, factLabel, factValue, reasonText } from './subsidy-words.js';

/** The record a finding is about, by name (a workshop's or a course's, as its facts name it); null for a hire or oneself. */
export const subjectName = (f: Pick<Finding, 'facts'>): string | null =>
  (f.facts.find((x) => x.key === 'workshop' || x.key === 'course')?.value as string | undefined) ?? null;

/** Today in China (UTC+8, no daylight saving), YYYY-MM-DD. */
export const todayInChina = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

@Injectable()
export class SubsidiesService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Subsidies');

  constructor(
    private readonly ds: DataSource,
    private readonly policy: PolicySettingsService,
    private readonly organizations: OrganizationsService,
    private readonly placements: PlacementsService,
    private readonly postings: PostingsService,
    private readonly seekers: SeekersService,
    private readonly quota: QuotaService,
    private readonly workshops: WorkshopsService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  /** Runs after the migrations: the catalogue file is the truth for the rows (a changed entry is updated). */
  async onApplicationBootstrap(): Promise<void> {
    await this.syncCatalogue();
  }

  async syncCatalogue(): Promise<void> {
    const rows = SUBSIDY_CATALOGUE.map((s, i) => ({
      code: s.code, sortOrder: i, claimant: s.claimant, claimantStated: s.claimantStated, nameZh: s.name['zh-CN'], nameEn: s.name.en,
      source: s.source, eligibilityZh: s.eligibility['zh-CN'], eligibilityEn: s.eligibility.en, conditionsComplete: s.conditionsComplete,
      evaluated: s.evaluated, funds: [...s.funds],
    }));
    await this.ds.getRepository(SubsidyRow).upsert(rows, ['code']);
    this.logger.log(`${rows.length} subsidies in the catalogue`);
  }

  /** A catalogue entry in the reader's language, its amount from the policy setting (待核实 without a source). */
  model(s: SubsidyEntry, values: PolicyValues, L: Locale = currentLocale()): SubsidyModel {
    const a = values['subsidy.amounts']?.[s.code];
    const verified = amountVerified(a);
    const unverified = [
      ...(verified ? [] : [UnverifiedPart.AMOUNT]),
      ...(s.claimantStated ? [] : [UnverifiedPart.CLAIMANT]),
      ...(s.conditionsComplete ? [] : [UnverifiedPart.CONDITIONS]),
    ];
    return {
      code: s.code, name: s.name[L], nameZh: s.name['zh-CN'], nameEn: s.name.en, claimant: s.claimant, claimFor: s.claimFor, claimantStated: s.claimantStated,
      source: s.source, eligibility: s.eligibility[L], conditionsComplete: s.conditionsComplete, evaluated: s.evaluated, funds: [...s.funds],
      amount: { verified, amountYuan: verified ? a.amountYuan : null, unit: verified ? a.unit : null, text: amountText(a, L), source: verified ? a.source : null },
      unverified,
    };
  }

  async catalogue(): Promise<SubsidyModel[]> {
    const values = await this.policy.values();
    return SUBSIDY_CATALOGUE.map((s) => this.model(s, values));
  }

  facts(f: Pick<Finding, 'facts'>, L: Locale = currentLocale()): EligibilityFactModel[] {
    return f.facts.map((x) => ({ key: x.key, label: factLabel(x.key, L), value: factValue(x, L) }));
  }

  private item(f: Finding, values: PolicyValues, live: SubsidyApplication[]): EligibilityItemModel {
    const L = currentLocale();
    return {
      subsidy: this.model(subsidyEntry(f.code)!, values, L), placementId: f.placementId, workshopId: f.workshopId, enrolmentId: f.enrolmentId,
      subjectName: subjectName(f), outcome: f.outcome, reason: f.reason, why: reasonText(f.reason, L), facts: this.facts(f, L),
      application: live.find((a) => a.subsidyCode === f.code && a.placementId === f.placementId && a.workshopId === f.workshopId
        && a.enrolmentId === f.enrolmentId) ?? null,
    };
  }

  /**
   * What an employer (its own; staff of its county) or a person (their own; staff of their county) may claim. With
   * neither id: the asker's own organization or profile.
   */
  async eligibility(actor: Actor | null, organizationId?: string | null, seekerId?: string | null): Promise<SubsidyEligibilityModel> {
    const a = requireActor(actor, Role.EMPLOYER, Role.SEEKER, Role.STAFF, Role.ADMIN);
    if (organizationId || (!seekerId && a.role === Role.EMPLOYER)) return this.forEmployer(a, organizationId ?? a.organizationId);
    return this.forPerson(a, seekerId ?? null);
  }

  /** The organization the actor may act for (its own employer; staff covering its county). */
  async organizationFor(a: Actor, organizationId: string | null) {
    if (!organizationId) throw new NotFoundError('organization');
    if (a.role === Role.EMPLOYER && a.organizationId !== organizationId) throw new ForbiddenError();
    if (a.role === Role.SEEKER) throw new ForbiddenError();
    const org = await this.organizations.get(organizationId);
    if (isStaff(a) && !staffCovers(a, org.countyCode)) throw new ForbiddenError('error.outOfScope');
    return org;
  }

  /**
   * The raw findings for an employer: each current hire's, and its own: the reward above the ratio, the tax relief of
   * an enterprise, and the support of each workshop or base of the register it runs or its hires work at.
   */
  async employerFindings(a: Actor, organizationId: string | null) {
    const org = await this.organizationFor(a, organizationId);
    const today = todayInChina();
    const quotaYear = Number(today.slice(0, 4)) - 1;
    const [page, position] = await Promise.all([
      this.placements.list(a, { organizationId: org.id, excluded: false }, { page: 1, pageSize: 100 }),
      this.quota.position(a, org.id, quotaYear),
    ]);
    const current = page.items.filter((p) => p.endDate === null || p.endDate >= today);
    const { people, postings } = await this.hireContext(current);
    const hires = current.map((p) => {
      const s = people.get(p.seekerId);
      const supports = p.postingId ? postings.get(p.postingId)?.supports ?? [] : null;
      const findings = s ? hireFindings({
        placementId: p.id, employmentForm: p.employmentForm, startDate: p.startDate, endDate: p.endDate, excluded: p.excludedAt !== null,
        education: s.education, graduateYear: s.graduateYear, residence: s.residence, supportsOffered: supports,
      }, today) : [];
      return { placement: p, personName: maskName(s?.name ?? ''), findings };
    });
    // the people working at each workshop now: the employer's started, genuine hires linked to it in the register
    const working = current.filter((p) => p.startDate <= today && p.workshopId);
    const workshops = await this.workshops.runByOrLinked(org.id, [...new Set(working.map((p) => p.workshopId!))]);
    const workshopFacts = workshops.map((w): WorkshopFacts => {
      const there = working.filter((p) => p.workshopId === w.id);
      return {
        workshopId: w.id, name: w.name, kind: w.kind, runByEmployer: w.organizationId === org.id, hires: there.length,
        ruralHires: there.filter((p) => people.get(p.seekerId)?.residence === Residence.RURAL).length,
      };
    });
    const q: QuotaFacts | null = position.staffCount > 0
      ? { year: quotaYear, staffCount: position.staffCount, ratioPercent: position.ratioPercent, required: position.required, counted: position.counted }
      : null;
    return { org, today, quotaYear, hires, workshops: workshopFacts, own: [quotaFinding(q), ...workshopFindings(workshopFacts), taxFinding(org.type)] };
  }

  private async forEmployer(a: Actor, organizationId: string | null): Promise<SubsidyEligibilityModel> {
    const e = await this.employerFindings(a, organizationId);
    const [values, live] = await Promise.all([this.policy.values(), this.liveApplications({ organizationId: e.org.id })]);
    return {
      organizationId: e.org.id, seekerId: null, asOf: e.today, quotaYear: e.quotaYear, needsProfile: false,
      hires: e.hires.map(({ placement: p, personName, findings }): HireEligibilityModel => ({
        placementId: p.id, personName, startDate: p.startDate, endDate: p.endDate, employmentForm: p.employmentForm,
        items: findings.map((f) => this.item(f, values, live)),
      })),
      own: e.own.map((f) => this.item(f, values, live)),
    };
  }

  private async hireContext(hires: readonly Placement[]) {
    const [people, postings] = await Promise.all([
      this.seekers.findByIds([...new Set(hires.map((h) => h.seekerId))]),
      this.postings.findByIds([...new Set(hires.map((h) => h.postingId).filter((x): x is string => !!x))]),
    ]);
    return { people: new Map(people.map((s) => [s.id, s])), postings: new Map(postings.map((p) => [p.id, p])) };
  }

  /** The person the actor may see: themself, or, for staff, a person of their county. */
  async personFor(a: Actor, seekerId: string | null): Promise<SeekerProfile | null> {
    if (a.role === Role.SEEKER) {
      const mine = await this.seekers.mine(a);
      if (seekerId && mine?.id !== seekerId) throw new NotFoundError('seeker');
      return mine;
    }
    if (!isStaff(a) || !seekerId) throw new ForbiddenError();
    return this.seekers.get(a, seekerId);
  }

  /** A person's findings: from their profile, their placements and their courses in the training register. */
  async personFindingsOf(s: SeekerProfile, today: string): Promise<Finding[]> {
    const [values, forms, taken] = await Promise.all([
      this.policy.values(), this.placements.currentFormsOf(s.id, today), this.enrolments.coursesOf(s.id),
    ]);
    const courses = await Promise.all(taken.map(async ({ enrolment: e, course: c }) => ({
      enrolmentId: e.id, title: c.title, startsOn: c.startsOn, feeYuan: c.feeYuan, status: e.status, ageAtStart: ageOn(s.birthDate, c.startsOn),
      formsAtStart: e.status === 'WITHDRAWN' ? [] : await this.placements.currentFormsOf(s.id, c.startsOn),
    })));
    return personFindings({
      age: ageOn(s.birthDate, today), workingAge: values['quota.workingAge'], employmentStatus: s.employmentStatus, residence: s.residence,
      education: s.education, graduateYear: s.graduateYear, currentForms: forms, courses,
    }, today);
  }

  private async forPerson(a: Actor, seekerId: string | null): Promise<SubsidyEligibilityModel> {
    const s = await this.personFor(a, seekerId);
    const today = todayInChina();
    if (!s) return { organizationId: null, seekerId: null, asOf: today, quotaYear: null, hires: [], own: [], needsProfile: true };
    const [values, findings, live] = await Promise.all([this.policy.values(), this.personFindingsOf(s, today), this.liveApplications({ seekerId: s.id, claimant: 'PERSON' })]);
    return { organizationId: null, seekerId: s.id, asOf: today, quotaYear: null, hires: [], needsProfile: false, own: findings.map((f) => this.item(f, values, live)) };
  }

  /** Applications submitted or approved (a rejected or withdrawn one may be made again). */
  private liveApplications(where: { organizationId?: string; seekerId?: string; claimant?: string }): Promise<SubsidyApplication[]> {
    const qb = this.ds.getRepository(SubsidyApplication).createQueryBuilder('a').where(`a.status IN ('SUBMITTED', 'APPROVED')`);
    if (where.organizationId) qb.andWhere('a.organizationId = :o', { o: where.organizationId });
    if (where.seekerId) qb.andWhere('a.seekerId = :s', { s: where.seekerId });
    if (where.claimant) qb.andWhere('a.claimant = :c', { c: where.claimant });
    return qb.getMany();
  }

  entry(code: SubsidyCode): SubsidyEntry {
    return subsidyEntry(code)!;
  }
}
