import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { registerEnums } from '../graphql/enums.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { InterviewIcsController } from './interview-ics.controller.js';
import { InterviewRemindersService } from './interview-reminders.service.js';
import { Interview, InterviewAccommodationItem, ServiceRequest } from './interview.entity.js';
import { ApplicationInterviewsResolver, InterviewsResolver } from './interviews.resolver.js';
import { InterviewsService } from './interviews.service.js';
import {
  AccommodationStatus, InterviewMode, InterviewOutcome, InterviewResponse, InterviewStatus, ServiceRequestKind, ServiceRequestStatus, VenueAccess,
} from './interview-vocab.js';
import './interviews.loaders.js';

registerEnums([
  [InterviewMode, 'InterviewMode', '面试方式'], [InterviewStatus, 'InterviewStatus', '面试状态'], [VenueAccess, 'VenueAccess', '面试地点的无障碍条件'],
  [AccommodationStatus, 'AccommodationStatus', '面试便利的落实情况'], [InterviewOutcome, 'InterviewOutcome', '面试结果'],
  [InterviewResponse, 'InterviewResponse', '求职者对面试时间的答复'], [ServiceRequestKind, 'ServiceRequestKind', '残联服务申请的种类'],
  [ServiceRequestStatus, 'ServiceRequestStatus', '残联服务申请的状态'],
]);

@Module({
  imports: [AuthModule, NotificationsModule, ApplicationsModule],
  controllers: [InterviewIcsController],
  providers: [InterviewsService, InterviewsResolver, ApplicationInterviewsResolver, InterviewRemindersService],
  exports: [InterviewsService, InterviewRemindersService],
})
export class InterviewsModule {
  static readonly entities = [Interview, InterviewAccommodationItem, ServiceRequest];
}
