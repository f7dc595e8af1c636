import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationDecision } from './organization-decision.entity.js';
import { OrganizationLicenceController } from './organization-licence.controller.js';
import { OrganizationLicence } from './organization-licence.entity.js';
import { OrganizationLicenceService } from './organization-licence.service.js';
import { OrganizationDecisionResolver, OrganizationVerificationResolver } from './organization-verification.resolver.js';
import { OrganizationVerificationService } from './organization-verification.service.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';
import { Organization } from './organization.entity.js';
import './organizations.loaders.js';

@Module({
  imports: [AuthModule, NotificationsModule],
  providers: [OrganizationsService, OrganizationsResolver, OrganizationVerificationService, OrganizationVerificationResolver, OrganizationLicenceService,
    OrganizationDecisionResolver],
  controllers: [OrganizationLicenceController],
  exports: [OrganizationsService],
})
export class OrganizationsModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [Organization, OrganizationDecision, OrganizationLicence];
}
