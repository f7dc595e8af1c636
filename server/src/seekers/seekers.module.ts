import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { PolicyModule } from '../policy/policy.module.js';
import { SeekersResolver } from './seekers.resolver.js';
import { SeekersService } from './seekers.service.js';
import { SeekerProfile } from './seeker-profile.entity.js';
import './seekers.loaders.js';

@Module({
  imports: [AuthModule, PolicyModule],
  providers: [SeekersService, SeekersResolver],
  exports: [SeekersService],
})
export class SeekersModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [SeekerProfile];
}
