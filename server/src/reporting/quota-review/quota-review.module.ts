// Outcomes (issue 15): the employer's quota-review pack (按比例安排残疾人就业年审). The action plan asks for the yearly
// certification of employers' quota positions (plan 三（九） and 四（四）: 按比例就业情况联网认证) and for the levy to be
// paid in full where the ratio is not met (plan 四（二）): the pack is what the employer declares and staff confirm.
import { Module } from '@nestjs/common';
import '../../outcomes/outcomes-vocab.js';
import { AuthModule } from '../../auth/auth.module.js';
import { registerEnums } from '../../graphql/enums.js';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import { OrganizationsModule } from '../../organizations/organizations.module.js';
import { PlacementsModule } from '../../placements/placements.module.js';
import { PolicyModule } from '../../policy/policy.module.js';
import { QuotaModule } from '../../reporting/quota/quota.module.js';
import { QuotaReviewExportController } from './quota-review-export.controller.js';
import { QuotaReviewLineKey, QuotaReviewStatus } from './quota-review-vocab.js';
import { QuotaReviewResolver } from './quota-review.resolver.js';
import { QuotaReviewService } from './quota-review.service.js';

registerEnums([
  [QuotaReviewStatus, 'QuotaReviewStatus', '年审表状态'], [QuotaReviewLineKey, 'QuotaReviewLineKey', '年审表计算项'],
]);

@Module({
  imports: [AuthModule, NotificationsModule, OrganizationsModule, PlacementsModule, PolicyModule, QuotaModule],
  providers: [QuotaReviewService, QuotaReviewResolver],
  controllers: [QuotaReviewExportController],
})
export class QuotaReviewModule {}
