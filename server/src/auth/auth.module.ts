import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { RateLimitsService } from './rate-limits.service.js';
import { SessionsService } from './sessions.service.js';
import { User } from './user.entity.js';
import './auth.loaders.js';

@Module({
  providers: [AuthService, SessionsService, AuditService, RateLimitsService, AuthResolver, AuditResolver],
  exports: [AuthService, SessionsService, AuditService],
})
export class AuthModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [User];
}
