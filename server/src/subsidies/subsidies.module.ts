// Subsidies and rewards (issue 17): the plan's catalogue, eligibility for employers and people, applications and review.
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { registerEnums } from '../graphql/enums.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PlacementsModule } from '../placements/placements.module.js';
import { PolicyModule } from '../policy/policy.module.js';
import { PostingsModule } from '../postings/postings.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { QuotaModule } from '../reporting/quota/quota.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { TrainingModule } from '../training/training.module.js';
import { WorkshopsModule } from '../workshops/workshops.module.js';
import { EligibilityOutcome } from './eligibility.js';
import { Claimant, ClaimFor, SubsidyCode } from './subsidy-catalogue.js';
import { SubsidyApplication, SubsidyRow } from './subsidy.entity.js';
import { ApplicationState, UnverifiedPart } from './subsidy-vocab.js';
import { SubsidiesResolver } from './subsidies.resolver.js';
import { SubsidiesService } from './subsidies.service.js';
import { SubsidyApplicationsService } from './subsidy-applications.service.js';
import { SubsidyExportController } from './subsidy-export.controller.js';

registerEnums([
  [SubsidyCode, 'SubsidyCode', '补贴项目'], [Claimant, 'SubsidyClaimant', '补贴申请主体'],
  [EligibilityOutcome, 'EligibilityOutcome', '能否申请'], [ApplicationState, 'SubsidyApplicationStatus', '补贴申请状态'],
  [UnverifiedPart, 'UnverifiedPart', '待核实的内容'], [ClaimFor, 'SubsidyClaimFor', '补贴为什么申请：某次招用、工坊或基地、培训课程或申请人本身'],
]);

@Module({
  imports: [AuthModule, PolicyModule, OrganizationsModule, PlacementsModule, PostingsModule, SeekersModule, QuotaModule, RegionsModule, NotificationsModule,
    TrainingModule, WorkshopsModule],
  providers: [SubsidiesService, SubsidyApplicationsService, SubsidiesResolver],
  controllers: [SubsidyExportController],
  exports: [SubsidiesService],
})
export class SubsidiesModule {
  static readonly entities = [SubsidyRow, SubsidyApplication];
}
