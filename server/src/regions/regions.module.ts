// Counties of the region: every feature may read them (global), the regions feature owns them.
import { Global, Module } from '@nestjs/common';
import { County } from './county.entity.js';
import { RegionsResolver } from './regions.resolver.js';
import { RegionsService } from './regions.service.js';

@Global()
@Module({
  providers: [RegionsService, RegionsResolver],
  exports: [RegionsService],
})
export class RegionsModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [County];
}
