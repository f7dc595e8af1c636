import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { IntegrityResolver } from './integrity.resolver.js';
import { IntegrityScheduler } from './integrity.scheduler.js';
import { IntegrityService } from './integrity.service.js';

@Module({ imports: [AuthModule], providers: [IntegrityService, IntegrityResolver, IntegrityScheduler] })
export class IntegrityModule {}
