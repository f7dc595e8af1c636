// Vocational skills training and the talent pool (plan （十）实施残疾人职业技能提升行动; （六） rural practical
// training; 四（四） the training service and management system).
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { registerEnums } from '../graphql/enums.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { AttendanceResolver } from './attendance.resolver.js';
import { AttendanceService } from './attendance.service.js';
import { TrainingCourse } from './course.entity.js';
import { CoursesResolver, ProvidersResolver } from './courses.resolver.js';
import { CoursesService } from './courses.service.js';
import { TrainingEnrolment } from './enrolment.entity.js';
import { EnrolmentsResolver } from './enrolments.resolver.js';
import { EnrolmentsService } from './enrolments.service.js';
import { TrainingProvider } from './provider.entity.js';
import { TalentPoolResolver } from './talent-pool.resolver.js';
import { TalentPoolService } from './talent-pool.service.js';
import { CourseKind, CourseMode, EnrolmentStatus, ProviderKind } from './training-vocab.js';
import './training.loaders.js';

registerEnums([
  [CourseKind, 'CourseKind', '培训类型'], [ProviderKind, 'ProviderKind', '培训机构类型'],
  [CourseMode, 'CourseMode', '授课方式'], [EnrolmentStatus, 'EnrolmentStatus', '培训报名状态'],
]);

@Module({
  imports: [AuthModule, NotificationsModule, SeekersModule],
  providers: [
    CoursesService, EnrolmentsService, AttendanceService, TalentPoolService,
    CoursesResolver, ProvidersResolver, EnrolmentsResolver, AttendanceResolver, TalentPoolResolver,
  ],
  exports: [CoursesService, EnrolmentsService],
})
export class TrainingModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [TrainingProvider, TrainingCourse, TrainingEnrolment];
}
