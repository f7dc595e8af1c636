import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { registerEnums } from '../graphql/enums.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PlacementsModule } from '../placements/placements.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { Workshop } from './workshop.entity.js';
import { WorkshopKind } from './workshop-vocab.js';
import { PlacementWorkshopResolver, WorkshopsResolver } from './workshops.resolver.js';
import { WorkshopsService } from './workshops.service.js';
import './workshops.loaders.js';

registerEnums([[WorkshopKind, 'WorkshopKind', '就业工坊与基地类型（美丽工坊、辅助性就业机构、就业帮扶车间、农村残疾人就业基地、居家就业）']]);

@Module({
  imports: [AuthModule, NotificationsModule, OrganizationsModule, PlacementsModule, SeekersModule],
  providers: [WorkshopsService, WorkshopsResolver, PlacementWorkshopResolver],
  exports: [WorkshopsService],
})
export class WorkshopsModule {
  static readonly entities = [Workshop];
}
