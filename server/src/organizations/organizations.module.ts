import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';
import { Organization } from './organization.entity.js';
import './organizations.loaders.js';

@Module({
  imports: [AuthModule],
  providers: [OrganizationsService, OrganizationsResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [Organization];
}
