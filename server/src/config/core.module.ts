// Global providers every feature needs: the config object and the region.
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { RegionsService } from '../regions/regions.service.js';
import { RegionsResolver } from '../regions/regions.resolver.js';
import { APP_CONFIG, type AppConfig } from './config.js';

@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, RegionsService, RegionsResolver],
      exports: [APP_CONFIG, RegionsService],
    };
  }
}
