import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PostingsResolver } from './postings.resolver.js';
import { PostingsService } from './postings.service.js';
import { Posting } from './posting.entity.js';
import './postings.loaders.js';

@Module({
  imports: [AuthModule, OrganizationsModule],
  providers: [PostingsService, PostingsResolver],
  exports: [PostingsService],
})
export class PostingsModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [Posting];
}
