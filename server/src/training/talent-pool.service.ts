// 残疾人技能人才库 (plan （十）"建立残疾人技能人才库"; 四（五）"建立我市残疾人职业技能人才库"): people with a
// completed course, by skill, certificate, level and county. Staff see those of the counties they cover; employers
// only people whose latest DISCOVERABLE consent is granted, masked (surname and stars, no disability, no numbers).
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, isStaff } from '../auth/actor.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role, type Education, type EmploymentStatus } from '../common/domain.js';
import { InvalidInputError } from '../common/errors.js';
import { maskName } from '../common/mask-name.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { queryRows } from '../database/sql.js';
import { RegionsService } from '../regions/regions.service.js';
import { sqlSameSkill } from './skill-match.js';
import { TalentPoolFilter } from './training.inputs.js';
import { certificatesOf } from './training.queries.js';
import { TalentPoolEntry, type TrainingCertificate } from './training.models.js';

interface Row {
  id: string; name: string; county_code: string; education: Education; skills: string[]; employment_status: EmploymentStatus; total: string;
}

@Injectable()
export class TalentPoolService {
  constructor(private readonly ds: DataSource, private readonly regions: RegionsService, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async search(actor: Actor | null, f: TalentPoolFilter = {}, pageInput?: PageInput): Promise<Page<TalentPoolEntry>> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN, Role.EMPLOYER);
    if (f.countyCode && !this.regions.isCounty(f.countyCode)) throw InvalidInputError.field('filter.countyCode', 'validation.unknownCounty');
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const staff = isStaff(a);
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const cert = ['e.seeker_id = s.id', `e.status = 'COMPLETED'`];
    if (f.certificateKind) cert.push(`e.certificate_kind = ${p(f.certificateKind)}`);
    if (f.level) cert.push(`e.certificate_level = ${p(f.level)}`);
    const where = [`EXISTS (SELECT 1 FROM training_enrolment e WHERE ${cert.join(' AND ')})`];
    if (f.countyCode) where.push(`s.county_code = ${p(f.countyCode)}`);
    if (a.role === Role.STAFF && a.scopeCountyCode) where.push(`s.county_code = ${p(a.scopeCountyCode)}`);
    if (f.skill) where.push(`EXISTS (SELECT 1 FROM unnest(s.skills) AS sk WHERE ${sqlSameSkill('sk', p(f.skill))})`);
    if (!staff) {
      where.push(`(SELECT cr.granted FROM consent_record cr WHERE cr.seeker_id = s.id AND cr.purpose = 'DISCOVERABLE'
                    ORDER BY cr.id DESC LIMIT 1) IS TRUE`);
    }
    const rows = await queryRows<Row>(this.ds,
      `SELECT s.id, s.name, s.county_code, s.education, s.skills, s.employment_status, count(*) OVER () AS total
         FROM seeker_profile s WHERE ${where.join(' AND ')}
        ORDER BY (SELECT max(e.completed_at) FROM training_enrolment e WHERE e.seeker_id = s.id AND e.status = 'COMPLETED') DESC, s.id
        LIMIT ${p(limit)} OFFSET ${p(offset)}`, params);
    const certs = rows.length ? await certificatesOf(this.ds, rows.map((r) => r.id), staff) : new Map<string, TrainingCertificate[]>();
    const items = rows.map((r) => Object.assign(new TalentPoolEntry(), {
      seekerId: r.id, displayName: staff ? r.name : maskName(r.name), countyCode: r.county_code, education: r.education,
      skills: r.skills, certificates: certs.get(r.id) ?? [], employmentStatus: staff ? r.employment_status : null,
    }));
    return { items, total: Number(rows[0]?.total ?? 0), page, pageSize };
  }
}
