import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { QuotaModule } from '../reporting/quota/quota.module.js';
import { CaseworkResolver } from './casework.resolver.js';
import { FourOnesService } from './four-ones.service.js';
import { LedgerService } from './ledger.service.js';

@Module({
  imports: [AuthModule, QuotaModule],
  providers: [FourOnesService, LedgerService, CaseworkResolver],
})
export class CaseworkModule {}
