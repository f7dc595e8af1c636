// Composition: the feature modules in one list, and what the kernel collects from them (each module's
// `static entities`, its resolvers for the schema printer). The kernel imports no feature: entry points
// (app.module.ts, print-schema.ts, the seed CLI) pass what it needs.
import type { Type } from '@nestjs/common';
import { ApplicationsModule } from './applications/applications.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CaseworkModule } from './casework/casework.module.js';
import { EventsModule } from './events/events.module.js';
import { InterviewsModule } from './interviews/interviews.module.js';
import { MessagesModule } from './messages/messages.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { PlacementsModule } from './placements/placements.module.js';
import { PolicyModule } from './policy/policy.module.js';
import { PostingsModule } from './postings/postings.module.js';
import { RegionsModule } from './regions/regions.module.js';
import { AuditLogModule } from './reporting/audit/audit-log.module.js';
import { DashboardModule } from './reporting/dashboard/dashboard.module.js';
import { PlansModule } from './reporting/plans/plans.module.js';
import { ImportModule } from './reporting/import/import.module.js';
import { IntegrityModule } from './reporting/integrity/integrity.module.js';
import { QuotaModule } from './reporting/quota/quota.module.js';
import { SearchModule } from './search/search.module.js';
import { SavedSearchesModule } from './search/saved/saved-searches.module.js';
import { SeekersModule } from './seekers/seekers.module.js';
import { VocabularyModule } from './vocabulary/vocabulary.module.js';
import { RetentionModule } from './outcomes/retention/retention.module.js';
import { GenuinenessModule } from './outcomes/genuineness/genuineness.module.js';
import { QuotaReviewModule } from './reporting/quota-review/quota-review.module.js';
import { SubmissionsModule } from './reporting/submissions/submissions.module.js';
import { TrainingModule } from './training/training.module.js';
import { CampaignsModule } from './reporting/campaigns/campaigns.module.js';
import { WorkshopsModule } from './workshops/workshops.module.js';
import { MassageModule } from './massage/massage.module.js';
import { SubsidiesModule } from './subsidies/subsidies.module.js';

type FeatureModule = Type & { entities?: readonly Function[] };

export const FEATURE_MODULES: FeatureModule[] = [
  AuthModule, RegionsModule, PolicyModule, OrganizationsModule, PostingsModule, SeekersModule, PlacementsModule,
  ApplicationsModule, NotificationsModule, EventsModule, CaseworkModule,
  IntegrityModule, PlansModule, DashboardModule, QuotaModule, ImportModule, AuditLogModule, SearchModule, VocabularyModule,
  InterviewsModule, MessagesModule,
  SavedSearchesModule,
  RetentionModule, GenuinenessModule, QuotaReviewModule, SubmissionsModule,
  TrainingModule,
  CampaignsModule,
  MassageModule, WorkshopsModule,
  SubsidiesModule,
];

/** Every entity, from the modules that own them. */
export const ENTITIES: Function[] = FEATURE_MODULES.flatMap((m) => m.entities ?? []);

/** Every resolver class the feature modules provide (Nest marks them with this metadata key). */
export function featureResolvers(): Function[] {
  return FEATURE_MODULES.flatMap((m) => (Reflect.getMetadata('providers', m) ?? []) as unknown[])
    .filter((p): p is Function => typeof p === 'function' && Reflect.hasMetadata('graphql:resolver_name', p));
}
