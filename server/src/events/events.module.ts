import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { BoothsResolver } from './booths.resolver.js';
import { BoothsService } from './booths.service.js';
import { EventExportController } from './event-export.controller.js';
import { EventRemindersService } from './event-reminders.service.js';
import { EventReportsService } from './event-reports.service.js';
import { EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';
import { RegistrationsResolver } from './registrations.resolver.js';
import { RegistrationsService } from './registrations.service.js';

@Module({
  imports: [AuthModule, NotificationsModule],
  providers: [
    EventsService, RegistrationsService, BoothsService, EventReportsService, EventRemindersService,
    EventsResolver, RegistrationsResolver, BoothsResolver,
  ],
  controllers: [EventExportController],
  exports: [EventsService, RegistrationsService],
})
export class EventsModule {}
