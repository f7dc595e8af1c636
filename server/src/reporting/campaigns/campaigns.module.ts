import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { registerEnums } from '../../graphql/enums.js';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import { OrganizationsModule } from '../../organizations/organizations.module.js';
import { PolicyModule } from '../../policy/policy.module.js';
import { Campaign } from './campaign.entity.js';
import { CampaignKind, CampaignLinkRoute } from './campaign-vocab.js';
import { CampaignsResolver, PostingCampaignsResolver } from './campaigns.resolver.js';
import { CampaignsService } from './campaigns.service.js';
import { WelfarePostsResolver } from './welfare-posts.resolver.js';
import { WelfarePostsService } from './welfare-posts.service.js';
import './campaigns.loaders.js';

registerEnums([[CampaignKind, 'CampaignKind', '专项行动类型'], [CampaignLinkRoute, 'CampaignLinkRoute', '关联方式（直接、经职位、经招聘会）']]);

@Module({
  imports: [AuthModule, NotificationsModule, OrganizationsModule, PolicyModule],
  providers: [CampaignsService, CampaignsResolver, PostingCampaignsResolver, WelfarePostsService, WelfarePostsResolver],
})
export class CampaignsModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [Campaign];
}
