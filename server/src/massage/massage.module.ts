import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { registerEnums } from '../graphql/enums.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { MassageClinic, MassageQualification, MassageRecord } from './massage.entities.js';
import { MassageClinicKind, MassageQualificationKind, MassageRecordKind } from './massage-vocab.js';
import { MassageClinicsResolver, MassageQualificationsResolver } from './massage.resolver.js';
import { MassageService } from './massage.service.js';
import './massage.loaders.js';

registerEnums([
  [MassageClinicKind, 'MassageClinicKind', '盲人按摩机构类型（医疗按摩所、保健按摩店）'],
  [MassageQualificationKind, 'MassageQualificationKind', '按摩资格类型'],
  [MassageRecordKind, 'MassageRecordKind', '考试或继续教育'],
]);

@Module({
  imports: [AuthModule, NotificationsModule, OrganizationsModule, SeekersModule],
  providers: [MassageService, MassageClinicsResolver, MassageQualificationsResolver],
  exports: [MassageService],
})
export class MassageModule {
  static readonly entities = [MassageClinic, MassageQualification, MassageRecord];
}
