import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { OrganizationsModule } from '../../organizations/organizations.module.js';
import { PlacementsModule } from '../../placements/placements.module.js';
import { PolicyModule } from '../../policy/policy.module.js';
import { QuotaResolver } from './quota.resolver.js';
import { QuotaService } from './quota.service.js';
import { OrganizationYear } from './organization-year.entity.js';
import { registerEnums } from '../../graphql/enums.js';
import { ContractKind, QuotaNote, QuotaReason } from './quota-vocab.js';

registerEnums([
  [ContractKind, 'ContractKind', '用工方式'], [QuotaReason, 'QuotaReason', '未计入按比例就业的原因'],
  [QuotaNote, 'QuotaNote', '按比例就业测算说明'],
]);

@Module({
  imports: [AuthModule, OrganizationsModule, PolicyModule, PlacementsModule],
  providers: [QuotaService, QuotaResolver],
  exports: [QuotaService],
})
export class QuotaModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [OrganizationYear];
}
