// Composition only.
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/config.js';
import { CoreModule } from './config/core.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { AnswerCacheModule } from './graphql/answer-cache.js';
import { AppGraphQLModule } from './graphql/graphql.module.js';
import { GraphQLErrorsUnlogged } from './graphql/error-log.js';
import { InputValidationPipe } from './graphql/input-validation.pipe.js';
import { ENTITIES, FEATURE_MODULES } from './features.js';
import { HealthController } from './health.controller.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config, ENTITIES)),
        AnswerCacheModule,
        AppGraphQLModule.forRoot(),
        ...FEATURE_MODULES,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_PIPE, useClass: InputValidationPipe }, { provide: APP_FILTER, useClass: GraphQLErrorsUnlogged }],
    };
  }
}
