import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ApplicationUnreadResolver, MessagesResolver } from './messages.resolver.js';
import { MessagesService } from './messages.service.js';
import './messages.loaders.js';

@Module({
  imports: [AuthModule, NotificationsModule],
  providers: [MessagesService, MessagesResolver, ApplicationUnreadResolver],
})
export class MessagesModule {
  /** Its tables are written with SQL (a thread is a view over the application): no entities. */
  static readonly entities = [];
}
