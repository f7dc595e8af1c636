import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { Notification } from './notification.entity.js';
import { registerEnums } from '../graphql/enums.js';
import { NotificationKind } from './notification-kind.js';

registerEnums([
  [NotificationKind, 'NotificationKind', '通知类型'],
]);

@Module({
  providers: [NotificationsService, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [Notification];
}
