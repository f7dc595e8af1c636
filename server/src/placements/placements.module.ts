import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { registerEnums } from '../graphql/enums.js';
import { MassageModule } from '../massage/massage.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PostingsModule } from '../postings/postings.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { PlacementChangeResolver, PlacementsResolver } from './placements.resolver.js';
import { PlacementsService } from './placements.service.js';
import { ActionLines } from './action-lines.js';
import { Placement, PlacementChange } from './placement.entity.js';
import { PlacementChangeKind, PlacementEndReason } from './placement-vocab.js';
import './placements.loaders.js';

registerEnums([
  [PlacementEndReason, 'PlacementEndReason', '离职原因'], [PlacementChangeKind, 'PlacementChangeKind', '就业登记变更类型'],
]);

@Module({
  imports: [AuthModule, OrganizationsModule, PostingsModule, SeekersModule, MassageModule],
  providers: [PlacementsService, ActionLines, PlacementsResolver, PlacementChangeResolver],
  exports: [PlacementsService],
})
export class PlacementsModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [Placement, PlacementChange];
}
