import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PostingsResolver } from './postings.resolver.js';
import { PostingsService } from './postings.service.js';

@Module({
  imports: [OrganizationsModule],
  providers: [PostingsService, PostingsResolver],
  exports: [PostingsService],
})
export class PostingsModule {}
