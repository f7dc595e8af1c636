// Outcomes (issue 15): genuineness of reserved posts and placements (the figures; the integrity checks raise flags
// from them).
import { Module } from '@nestjs/common';
import '../outcomes-vocab.js';
import { AuthModule } from '../../auth/auth.module.js';
import { OrganizationsModule } from '../../organizations/organizations.module.js';
import { PolicyModule } from '../../policy/policy.module.js';
import { RegionsModule } from '../../regions/regions.module.js';
import { GenuinenessResolver } from './genuineness.resolver.js';
import { GenuinenessService } from './genuineness.service.js';

@Module({
  imports: [AuthModule, PolicyModule, RegionsModule, OrganizationsModule],
  providers: [GenuinenessService, GenuinenessResolver],
  exports: [GenuinenessService],
})
export class GenuinenessModule {}
