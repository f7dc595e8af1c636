import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { PlacementsModule } from '../placements/placements.module.js';
import { RetentionModule } from '../outcomes/retention/retention.module.js';
import { PolicyModule } from '../policy/policy.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { CaseworkResolver } from './casework.resolver.js';
import { FourOnesService } from './four-ones.service.js';
import { LedgerService } from './ledger.service.js';
import { GraduatePlan, LedgerEntry, ServiceRecord } from './casework.entities.js';
import { registerEnums } from '../graphql/enums.js';
import { GraduateStatus, LedgerEntryKind, ServiceKind, WorkIntention } from './casework-vocab.js';

registerEnums([
  [ServiceKind, 'ServiceKind', '“四个一”服务'], [WorkIntention, 'WorkIntention', '就业意愿'],
  [GraduateStatus, 'GraduateStatus', '毕业生状态'], [LedgerEntryKind, 'LedgerEntryKind', '台账记录类型'],
]);

@Module({
  imports: [AuthModule, PlacementsModule, PolicyModule, SeekersModule, RetentionModule],
  providers: [FourOnesService, LedgerService, CaseworkResolver],
  // the quarterly report counts "four ones" coverage with casework's own definitions
  exports: [FourOnesService],
})
export class CaseworkModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [GraduatePlan, LedgerEntry, ServiceRecord];
}
