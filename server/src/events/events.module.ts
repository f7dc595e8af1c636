import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PostingsModule } from '../postings/postings.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { BoothsResolver } from './booths.resolver.js';
import { BoothsService } from './booths.service.js';
import { EventExportController } from './event-export.controller.js';
import { EventRemindersService } from './event-reminders.service.js';
import { EventReportsService } from './event-reports.service.js';
import { EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';
import { RegistrationsResolver } from './registrations.resolver.js';
import { RegistrationsService } from './registrations.service.js';
import { EventBooth } from './booth.entity.js';
import { RecruitmentEvent } from './event.entity.js';
import { EventRegistration, EventServiceRequest } from './registration.entity.js';
import { registerEnums } from '../graphql/enums.js';
import { BoothStatus, EventKind, EventMode, EventService, EventStatus, RegistrationStatus } from './event-vocab.js';
import './events.loaders.js';

registerEnums([
  [EventKind, 'EventKind', '招聘会类型'], [EventMode, 'EventMode', '举办方式'], [EventStatus, 'EventStatus', '招聘会状态'],
  [EventService, 'EventService', '招聘会服务'], [BoothStatus, 'BoothStatus', '展位状态'],
  [RegistrationStatus, 'RegistrationStatus', '报名状态'],
]);

@Module({
  imports: [AuthModule, NotificationsModule, OrganizationsModule, PostingsModule, SeekersModule],
  providers: [
    EventsService, RegistrationsService, BoothsService, EventReportsService, EventRemindersService,
    EventsResolver, RegistrationsResolver, BoothsResolver,
  ],
  controllers: [EventExportController],
  exports: [EventsService, RegistrationsService, BoothsService],
})
export class EventsModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [EventBooth, RecruitmentEvent, EventRegistration, EventServiceRequest];
}
