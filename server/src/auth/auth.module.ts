import { Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { RateLimitsService } from './rate-limits.service.js';
import { SessionsService } from './sessions.service.js';
import { StaffUsersResolver } from './staff-users.resolver.js';
import { StaffUsersService } from './staff-users.service.js';
import { StaffStatus } from './staff-users.inputs.js';
import { registerEnums } from '../graphql/enums.js';
import { User } from './user.entity.js';
import './auth.loaders.js';

registerEnums([[StaffStatus, 'StaffStatus', '账号状态']]);

@Module({
  providers: [AuthService, SessionsService, AuditService, RateLimitsService, StaffUsersService, AuthResolver, StaffUsersResolver],
  exports: [AuthService, SessionsService, AuditService],
})
export class AuthModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [User];
}
