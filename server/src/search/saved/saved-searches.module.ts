// Saved searches and their alerts. Part of search (it runs searches), so no domain module imports it.
import { Module } from '@nestjs/common';
import { registerEnums } from '../../graphql/enums.js';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import { SeekersModule } from '../../seekers/seekers.module.js';
import { SearchModule } from '../search.module.js';
import { SavedSearch, SavedSearchAlert, SavedSearchFrequency } from './saved-search.entity.js';
import { SavedSearchAlertsScheduler } from './saved-search-alerts.scheduler.js';
import { SavedSearchAlertsService } from './saved-search-alerts.service.js';
import { SavedSearchesResolver } from './saved-searches.resolver.js';
import { SavedSearchesService } from './saved-searches.service.js';

registerEnums([[SavedSearchFrequency, 'SavedSearchFrequency', '提醒频率：每天一次汇总，或有新职位就提醒']]);

@Module({
  imports: [SearchModule, SeekersModule, NotificationsModule],
  providers: [SavedSearchesService, SavedSearchAlertsService, SavedSearchAlertsScheduler, SavedSearchesResolver],
  exports: [SavedSearchAlertsService],
})
export class SavedSearchesModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [SavedSearch, SavedSearchAlert];
}
