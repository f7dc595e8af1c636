import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { SeekerImportRunner } from './seeker-import.runner.js';
import { QuotaModule } from '../quota/quota.module.js';
import { SeekerImportsController } from './seeker-imports.controller.js';
import { SeekerImportsResolver } from './seeker-imports.resolver.js';
import { SeekerImportsService } from './seeker-imports.service.js';

@Module({
  imports: [AuthModule, QuotaModule],
  providers: [SeekerImportRunner, SeekerImportsService, SeekerImportsResolver],
  controllers: [SeekerImportsController],
  exports: [SeekerImportRunner],
})
export class ImportModule {}
