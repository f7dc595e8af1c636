import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { QuotaModule } from '../reporting/quota/quota.module.js';
import { SeekersResolver } from './seekers.resolver.js';
import { SeekersService } from './seekers.service.js';

@Module({
  imports: [AuthModule, QuotaModule],
  providers: [SeekersService, SeekersResolver],
  exports: [SeekersService],
})
export class SeekersModule {}
