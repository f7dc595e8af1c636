// Outcomes (issue 15): retention: follow-ups of every placement, the check-in run, the retention figures and the funnel.
import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import { PlacementsModule } from '../../placements/placements.module.js';
import { PolicyModule } from '../../policy/policy.module.js';
import '../outcomes-vocab.js';
import { CheckInsService } from './check-ins.service.js';
import { PlacementFollowUp } from './follow-up.entity.js';
import { FollowUpsService } from './follow-ups.service.js';
import { RetentionFiguresService } from './retention-figures.service.js';
import { RetentionResolver } from './retention.resolver.js';

@Module({
  imports: [AuthModule, NotificationsModule, PlacementsModule, PolicyModule],
  providers: [FollowUpsService, CheckInsService, RetentionFiguresService, RetentionResolver],
  exports: [FollowUpsService],
})
export class RetentionModule {
  static readonly entities = [PlacementFollowUp];
}
