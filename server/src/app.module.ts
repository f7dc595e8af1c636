// Composition only.
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from './applications/applications.module.js';
import { AuthModule } from './auth/auth.module.js';
import type { AppConfig } from './config/config.js';
import { CoreModule } from './config/core.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { AppGraphQLModule } from './graphql/graphql.module.js';
import { GraphQLErrorsUnlogged } from './graphql/error-log.js';
import { InputValidationPipe } from './graphql/input-validation.pipe.js';
import { CaseworkModule } from './casework/casework.module.js';
import { IntegrityModule } from './reporting/integrity/integrity.module.js';
import { ImportModule } from './reporting/import/import.module.js';
import { DashboardModule } from './reporting/dashboard/dashboard.module.js';
import { QuotaModule } from './reporting/quota/quota.module.js';
import { EventsModule } from './events/events.module.js';
import { HealthController } from './health.controller.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { PlacementsModule } from './placements/placements.module.js';
import { PostingsModule } from './postings/postings.module.js';
import { SeekersModule } from './seekers/seekers.module.js';
import { SearchModule } from './search/search.module.js';
import { VocabularyModule } from './vocabulary/vocabulary.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config)),
        AppGraphQLModule.forRoot(),
        AuthModule, OrganizationsModule, PostingsModule, SeekersModule, PlacementsModule, ApplicationsModule,
        NotificationsModule, EventsModule, CaseworkModule, IntegrityModule, DashboardModule, QuotaModule, ImportModule, SearchModule,
        VocabularyModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_PIPE, useClass: InputValidationPipe }, { provide: APP_FILTER, useClass: GraphQLErrorsUnlogged }],
    };
  }
}
