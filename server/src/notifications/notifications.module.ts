import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { Notification } from './notification.entity.js';
import { registerEnums } from '../graphql/enums.js';
import { NotificationChannel, NotificationKind } from './notification-kind.js';
import { DeliveryService } from './delivery.service.js';
import { ScheduledWorkService } from './scheduled-work.service.js';
import { SmsOffController } from './sms-off.controller.js';
import { PasswordResetResolver, PasswordResetService } from './password-reset.js';

registerEnums([
  [NotificationKind, 'NotificationKind', '通知类型'],
  [NotificationChannel, 'NotificationChannel', '通知方式（站内通知总会保留）'],
]);

@Module({
  imports: [AuthModule],
  providers: [NotificationsService, NotificationsResolver, DeliveryService, ScheduledWorkService, PasswordResetService, PasswordResetResolver],
  controllers: [SmsOffController],
  exports: [NotificationsService, DeliveryService, ScheduledWorkService],
})
export class NotificationsModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [Notification];
}
