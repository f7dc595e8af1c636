import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { IntegrityResolver } from './integrity.resolver.js';
import { IntegrityService } from './integrity.service.js';

@Module({ imports: [AuthModule], providers: [IntegrityService, IntegrityResolver] })
export class IntegrityModule {}
