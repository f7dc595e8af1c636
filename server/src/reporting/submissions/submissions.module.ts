// Outcomes (issue 15): a county's quarterly submission, its versions and the city's returns.
import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import { DashboardModule } from '../dashboard/dashboard.module.js';
import { QuarterlySubmission } from './quarterly-submission.entity.js';
import { SubmissionsResolver } from './submissions.resolver.js';
import { SubmissionsService } from './submissions.service.js';

@Module({ imports: [AuthModule, NotificationsModule, DashboardModule], providers: [SubmissionsService, SubmissionsResolver] })
export class SubmissionsModule {
  static readonly entities = [QuarterlySubmission];
}
