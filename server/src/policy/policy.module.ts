// The city's policy settings (quota, levy, thresholds): read by every feature, owned by none.
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { PolicySettingsResolver } from './policy-settings.resolver.js';
import { PolicySettingsService } from './policy-settings.service.js';
import { PolicySetting, PolicySettingChange } from './policy-setting.entity.js';
import { registerEnums } from '../graphql/enums.js';
import { AdministrativeLevel } from './policy-vocab.js';

registerEnums([
  [AdministrativeLevel, 'AdministrativeLevel', '行政级别'],
]);

@Module({
  imports: [AuthModule],
  providers: [PolicySettingsService, PolicySettingsResolver],
  exports: [PolicySettingsService],
})
export class PolicyModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [PolicySetting, PolicySettingChange];
}
