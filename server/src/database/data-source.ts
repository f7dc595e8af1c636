// The TypeORM data source options: explicit entity and migration lists, never synchronize. The entities come
// from the feature modules that own them (features.ts collects them; the entry point passes them in).
import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { InitialSchema1764400000000 } from './migrations/1764400000000-initial-schema.js';
import { RecruitmentEvents1764500000000 } from './migrations/1764500000000-recruitment-events.js';
import { Casework1764600000000 } from './migrations/1764600000000-casework.js';
import { IntegrityFlags1764650000000 } from './migrations/1764650000000-integrity-flags.js';
import { PlanFigures1764660000000 } from './migrations/1764660000000-plan-figures.js';
import { RegistryImport1764800000000 } from './migrations/1764800000000-registry-import.js';
import { Verification1765100000001 } from './migrations/1765100000001-verification.js';
import { QuotaAndLevy1764700000000 } from './migrations/1764700000000-quota-and-levy.js';
import { PlacementHistory1765200000001 } from './migrations/1765200000001-placement-history.js';
import { ActingOnBehalf1765300000001 } from './migrations/1765300000001-acting-on-behalf.js';
import { ActionPlans1765500000001 } from './migrations/1765500000001-action-plans.js';
import { PolicySourceWords1765600000001 } from './migrations/1765600000001-policy-source-words.js';
import { OrganizationLicence1765900000000 } from './migrations/1765900000000-organization-licence.js';
import { SearchFeeds1766400000000 } from './migrations/1766400000000-search-feeds.js';
import { Outcomes1766500000000 } from './migrations/1766500000000-outcomes.js';
import { Genuineness1766510000000 } from './migrations/1766510000000-genuineness.js';
import { QuarterlySubmissions1766520000000 } from './migrations/1766520000000-quarterly-submissions.js';
import { QuotaReview1766530000000 } from './migrations/1766530000000-quota-review.js';
import { FollowUpSummary1766640000000 } from './migrations/1766640000000-follow-up-summary.js';
import { OutreachIndex1766650000000 } from './migrations/1766650000000-outreach-index.js';
import { FourOnesPopulationIndex1766660000000 } from './migrations/1766660000000-four-ones-population-index.js';
import { Campaigns1767300000000 } from './migrations/1767300000000-campaigns.js';
import { TrainingRegister1767400000000 } from './migrations/1767400000000-training-register.js';
import { SubsidyRecordsAndWithdrawal1767500000000 } from './migrations/1767500000000-subsidy-records-and-withdrawal.js';
import { MassageFacts1767600000000 } from './migrations/1767600000000-massage-facts.js';
import { MustChangePassword1765910000000 } from './migrations/1765910000000-must-change-password.js';
import { Resume1766300000000 } from './migrations/1766300000000-resume.js';
import { Interviews1766200000000 } from './migrations/1766200000000-interviews.js';
import { SavedSearches1766100000000 } from './migrations/1766100000000-saved-searches.js';
import { NotificationPipeline1766000000000 } from './migrations/1766000000000-notification-pipeline.js';
import { Training1767000000000 } from './migrations/1767000000000-training.js';
import { WorkshopsAndMassage1767200000000 } from './migrations/1767200000000-workshops-and-massage.js';
import { Subsidies1767100000000 } from './migrations/1767100000000-subsidies.js';
import { CountingQueryLogger } from './query-counter.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(1082, (v: string) => v);

export const MIGRATIONS = [InitialSchema1764400000000, RecruitmentEvents1764500000000, Casework1764600000000, IntegrityFlags1764650000000, PlanFigures1764660000000, QuotaAndLevy1764700000000, RegistryImport1764800000000,
  Verification1765100000001, PlacementHistory1765200000001, ActingOnBehalf1765300000001, ActionPlans1765500000001, PolicySourceWords1765600000001,
  OrganizationLicence1765900000000, MustChangePassword1765910000000, NotificationPipeline1766000000000, SavedSearches1766100000000,
  Interviews1766200000000, Resume1766300000000, SearchFeeds1766400000000,
  Outcomes1766500000000, Genuineness1766510000000, QuarterlySubmissions1766520000000, QuotaReview1766530000000,
  FollowUpSummary1766640000000, OutreachIndex1766650000000, FourOnesPopulationIndex1766660000000,
  Training1767000000000,
  Subsidies1767100000000,
  WorkshopsAndMassage1767200000000,
  Campaigns1767300000000,
  TrainingRegister1767400000000,
  SubsidyRecordsAndWithdrawal1767500000000,
  MassageFacts1767600000000];

export function dataSourceOptions(url: string, config: AppConfig, entities: Function[]): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    logging: ['query', 'error', 'warn', 'migration'],
    logger: new CountingQueryLogger(config.logLevel === 'verbose'),
    maxQueryExecutionTime: 1000,
    extra: {
      max: config.db.poolSize,
      statement_timeout: config.db.statementTimeoutMs,
      lock_timeout: 5000,
      idle_in_transaction_session_timeout: 60000,
      application_name: 'zhuyetong',
      // a database that does not answer fails the request (SERVICE_UNAVAILABLE) instead of holding it open
      connectionTimeoutMillis: 5000,
    },
  };
}
