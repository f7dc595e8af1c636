import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PostingsModule } from '../postings/postings.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { PlacementsResolver } from './placements.resolver.js';
import { PlacementsService } from './placements.service.js';
import { Placement } from './placement.entity.js';

@Module({
  imports: [AuthModule, OrganizationsModule, PostingsModule, SeekersModule],
  providers: [PlacementsService, PlacementsResolver],
  exports: [PlacementsService],
})
export class PlacementsModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [Placement];
}
