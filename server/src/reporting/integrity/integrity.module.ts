import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import { PlacementsModule } from '../../placements/placements.module.js';
import { RegionsModule } from '../../regions/regions.module.js';
import { GenuinenessModule } from '../../outcomes/genuineness/genuineness.module.js';
import { IntegrityResolver } from './integrity.resolver.js';
import { IntegrityScheduler } from './integrity.scheduler.js';
import { IntegrityService } from './integrity.service.js';
import { IntegrityFlag } from './integrity-flag.entity.js';
import { registerEnums } from '../../graphql/enums.js';
import { FlagKind, FlagStatus } from './integrity-vocab.js';

registerEnums([
  [FlagKind, 'FlagKind', '风险提示类型'], [FlagStatus, 'FlagStatus', '风险提示状态'],
]);

@Module({ imports: [AuthModule, NotificationsModule, PlacementsModule, GenuinenessModule, RegionsModule], providers: [IntegrityService, IntegrityResolver, IntegrityScheduler] })
export class IntegrityModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [IntegrityFlag];
}
