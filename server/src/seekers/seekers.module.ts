import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PolicyModule } from '../policy/policy.module.js';
import { OnBehalfService } from './on-behalf.service.js';
import { SeekersResolver } from './seekers.resolver.js';
import { ResumeResolver } from './resume.resolver.js';
import { ResumeService } from './resume.service.js';
import { SeekersService } from './seekers.service.js';
import { SeekerProfile } from './seeker-profile.entity.js';
import './seekers.loaders.js';

@Module({
  imports: [AuthModule, PolicyModule, NotificationsModule],
  providers: [SeekersService, SeekersResolver, OnBehalfService, ResumeService, ResumeResolver],
  exports: [SeekersService, OnBehalfService, ResumeService],
})
export class SeekersModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [SeekerProfile];
}
