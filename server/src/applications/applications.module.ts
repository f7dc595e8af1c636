import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { EventsModule } from '../events/events.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PlacementsModule } from '../placements/placements.module.js';
import { PostingsModule } from '../postings/postings.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { BoothApplicationFieldsResolver, PostingApplicationFieldsResolver } from './application-fields.resolver.js';
import { ApplicationsResolver } from './applications.resolver.js';
import { ApplicationsService } from './applications.service.js';
import { Application, ApplicationStatusChange } from './application.entity.js';
import './applications.loaders.js';

@Module({
  imports: [AuthModule, OrganizationsModule, PostingsModule, SeekersModule, PlacementsModule, EventsModule, NotificationsModule],
  providers: [ApplicationsService, ApplicationsResolver, PostingApplicationFieldsResolver, BoothApplicationFieldsResolver],
})
export class ApplicationsModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [Application, ApplicationStatusChange];
}
