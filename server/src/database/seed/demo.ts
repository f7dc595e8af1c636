// Demo data for a fresh installation (DEMO_DATA=auto): loaded once, when app_user is empty, in one transaction.
//
// Demo accounts (log in with the mobile number; every password is Demo2024!):
//   13800000001  ADMIN     系统管理员
//   13800000002  STAFF     市残联就业服务中心 王老师, whole city
//   13800000003  STAFF     罗山县残联 李老师, 罗山县 only
//   13800000011  EMPLOYER  owner of 信阳市平桥区云帆电子商务有限公司 (verified e-commerce firm, 平桥区): one draft, four
//                          published postings (text customer service, phone call-backs, designer, packer) with applications
//   13800000012  EMPLOYER  owner of 罗山县明光盲人按摩中心 (blind massage clinic, 罗山县) with massage postings
//   13800000021  SEEKER    张明, 罗山县, blind (VISUAL level 2): no print reading or driving, needs a screen reader; masseur
//   13800000022  SEEKER    刘静, deaf (HEARING level 3): no voice calls, needs text communication
//   13800000023  SEEKER    陈刚, wheelchair user (PHYSICAL level 2): needs step-free access
//   13800000024  SEEKER    李雨涵, disabled graduate of this year, 信阳师范大学 (PHYSICAL level 4)
// Around them: ~40 generated employers of every type in every county, ~300 postings, 400 registry seekers,
// applications with their status histories, platform hires and a few hundred placements recorded by staff
// for 2022-2024 across all eight placement lines, and recruitment events of every kind (past ones with attendance
// and outcomes, upcoming ones with booths and a waiting list, a draft). No outbox rows (the search feed is off for the load): the index is built at start.
import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { Passwords } from '../../auth/passwords.js';
import { Role } from '../../common/domain.js';
import { SensitiveCrypto } from '../../common/sensitive-crypto.js';
import type { AppConfig } from '../../config/config.js';
import { readRegionFile } from '../../regions/regions.service.js';
import { queryRows } from '../sql.js';
import { buildDemoData, type DemoAccount } from './demo-scenario.js';
import { loadDemoCasework } from './demo-casework.js';
import { loadDemoEvents } from './demo-events.js';
import { loadDemoQuota } from './demo-quota.js';
import { loadDemoResumes } from './demo-resumes.js';
import { loadDemoInterviews } from './demo-interviews.js';
import { loadDemoSavedSearches } from './demo-saved-searches.js';
import { policyFromDefaults, readPolicyFile } from '../../policy/policy.js';
import { contextFromRegion } from './generator.js';
import { loadDemoNotifications } from './demo-notifications.js';
import { loadDemoTraining } from './demo-training.js';
import { loadDemoCampaigns } from './demo-campaigns.js';
import { loadDemoMassage, loadDemoWorkshops } from './demo-massage.js';
import { loadDemoSubsidies } from './demo-subsidies.js';
import {
  applicationTable, consentTable, decisionTable, insertRows, memberTable, organizationTable, placementTable, postingTable, seekerTable,
  statusChangeTable, userTable,
} from './rows.js';

export const DEMO_PASSWORD = 'Demo2024!';

/** Seed of the demo data; its lane (24) is taken, so `npm run seed -- --seed 24` (or 124 ...) is refused. */
export const DEMO_SEED = 2024;

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: Role.ADMIN, account: '13800000001', password: DEMO_PASSWORD, displayName: '系统管理员', description: 'administrator' },
  { role: Role.STAFF, account: '13800000002', password: DEMO_PASSWORD, displayName: '市残联就业服务中心 王老师', description: 'federation staff, whole city' },
  { role: Role.STAFF, account: '13800000003', password: DEMO_PASSWORD, displayName: '罗山县残联 李老师', description: 'federation staff, 罗山县' },
  { role: Role.EMPLOYER, account: '13800000011', password: DEMO_PASSWORD, displayName: '赵云帆', description: 'employer: verified e-commerce company in 平桥区' },
  { role: Role.EMPLOYER, account: '13800000012', password: DEMO_PASSWORD, displayName: '周明光', description: 'employer: blind massage clinic in 罗山县' },
  { role: Role.SEEKER, account: '13800000021', password: DEMO_PASSWORD, displayName: '张明', description: 'seeker: blind, 罗山县, needs a screen reader' },
  { role: Role.SEEKER, account: '13800000022', password: DEMO_PASSWORD, displayName: '刘静', description: 'seeker: deaf, needs text communication' },
  { role: Role.SEEKER, account: '13800000023', password: DEMO_PASSWORD, displayName: '陈刚', description: 'seeker: wheelchair user, needs step-free access' },
  { role: Role.SEEKER, account: '13800000024', password: DEMO_PASSWORD, displayName: '李雨涵', description: 'seeker: disabled college graduate of this year' },
];

async function userCount(db: DataSource | EntityManager): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, 'SELECT count(*)::int AS n FROM app_user');
  return row.n;
}

export async function loadDemoDataIfEmpty(ds: DataSource, config: AppConfig): Promise<void> {
  if ((await userCount(ds)) > 0) return;
  const logger = new Logger('DemoData');
  const started = Date.now();
  const passwords = new Passwords(2);
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => passwords.hash(a.password)));
  const data = buildDemoData(contextFromRegion(readRegionFile(config.regionFile), DEMO_SEED, new Date()), DEMO_ACCOUNTS, hashes);
  let events = { events: 0, registrations: 0, applications: 0, hires: 0 };
  let casework = { records: 0, plans: 0 };
  const loaded = await ds.transaction(async (m) => {
    // two instances starting on one empty database: the second waits here and then finds users
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['zhuyetong-demo-data']);
    if ((await userCount(m)) > 0) return false;
    // the index is built from the loaded rows at start (main.ts), not fed row by row
    await m.query(`SET LOCAL zyt.search_feed = 'off'`);
    await insertRows(m, userTable, data.users);
    await insertRows(m, organizationTable, data.organizations);
    await insertRows(m, memberTable, data.members);
    await insertRows(m, decisionTable, data.decisions);
    await insertRows(m, postingTable, data.postings);
    await insertRows(m, seekerTable(new SensitiveCrypto(config.dataKey)), data.seekers);
    await insertRows(m, consentTable, data.consents);
    await insertRows(m, applicationTable, data.applications);
    await insertRows(m, statusChangeTable, data.changes);
    await insertRows(m, placementTable, data.placements);
    // clinics and qualifications before the fairs' hires: their blind-massage line is derived from them
    await loadDemoMassage(m, data.organizations, data.seekers);
    events = await loadDemoEvents(m, new Date(), DEMO_SEED);
    casework = await loadDemoCasework(m, new Date(), DEMO_SEED, policyFromDefaults(readPolicyFile())['quota.workingAge']);
    await loadDemoQuota(m, new Date(), DEMO_SEED);
    await loadDemoResumes(m);
    await loadDemoInterviews(m, new Date());
    await loadDemoSavedSearches(m, new Date());
    await loadDemoNotifications(m, new Date());
    await loadDemoTraining(m, new Date());
    await loadDemoCampaigns(m, new Date());
    await loadDemoWorkshops(m, data.organizations, data.users.find((u) => u.phone === '13800000002')!.id);
    await loadDemoSubsidies(m, new Date(), policyFromDefaults(readPolicyFile())['quota.workingAge']);
    // each placement's history starts with its recording (the service writes it; the demo rows are written directly)
    await m.query(`INSERT INTO placement_change (placement_id, kind, reason, actor_user_id, created_at)
                   SELECT p.id, 'RECORDED', p.note, p.recorded_by, p.created_at FROM placement p
                    WHERE NOT EXISTS (SELECT 1 FROM placement_change c WHERE c.placement_id = p.id)`);
    return true;
  });
  if (!loaded) return;
  const hired = data.applications.filter((a) => a.status === 'HIRED').length;
  logger.log(`demo data loaded in ${Date.now() - started} ms: ${data.users.length} accounts, ${data.organizations.length} organizations, `
    + `${data.postings.length} postings, ${data.seekers.length} seekers, ${data.consents.length} consents, ${data.applications.length} applications `
    + `(${hired} hired, ${data.changes.length} status changes), ${data.placements.length} placements, `
    + `${events.events} recruitment events with ${events.registrations} registrations (and ${events.applications} applications made there, ${events.hires} hired), `
    + `${casework.records} "four ones" service records, ${casework.plans} graduate plans`);
}
