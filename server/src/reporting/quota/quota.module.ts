import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { OrganizationsModule } from '../../organizations/organizations.module.js';
import { PolicySettingsResolver } from './policy-settings.resolver.js';
import { PolicySettingsService } from './policy-settings.service.js';
import { QuotaResolver } from './quota.resolver.js';
import { QuotaService } from './quota.service.js';

@Module({
  imports: [AuthModule, OrganizationsModule],
  providers: [PolicySettingsService, QuotaService, PolicySettingsResolver, QuotaResolver],
  exports: [PolicySettingsService, QuotaService],
})
export class QuotaModule {}
