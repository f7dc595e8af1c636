// Writes server/schema.gql from the resolvers, without a database: `npm run schema` (or `-- --check` to
// fail when the committed file is out of date). The client's codegen reads the file.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApplicationsResolver } from '../applications/applications.resolver.js';
import { AuditResolver } from '../auth/audit.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { projectRoot } from '../common/project-root.js';
import { CaseworkResolver } from '../casework/casework.resolver.js';
import { IntegrityResolver } from '../reporting/integrity/integrity.resolver.js';
import { SeekerImportsResolver } from '../reporting/import/seeker-imports.resolver.js';
import { DashboardResolver } from '../reporting/dashboard/dashboard.resolver.js';
import { PolicySettingsResolver } from '../reporting/quota/policy-settings.resolver.js';
import { QuotaResolver } from '../reporting/quota/quota.resolver.js';
import { BoothsResolver } from '../events/booths.resolver.js';
import { EventsResolver } from '../events/events.resolver.js';
import { RegistrationsResolver } from '../events/registrations.resolver.js';
import { NotificationsResolver } from '../notifications/notifications.resolver.js';
import { OrganizationsResolver } from '../organizations/organizations.resolver.js';
import { PlacementsResolver } from '../placements/placements.resolver.js';
import { PostingsResolver } from '../postings/postings.resolver.js';
import { RegionsResolver } from '../regions/regions.resolver.js';
import { SeekersResolver } from '../seekers/seekers.resolver.js';
import { SearchResolver } from '../search/search.resolver.js';
import { VocabularyResolver } from '../vocabulary/vocabulary.resolver.js';
import './enums.js';

export const RESOLVERS = [
  AuthResolver, AuditResolver, RegionsResolver, OrganizationsResolver, PostingsResolver, SeekersResolver,
  ApplicationsResolver, PlacementsResolver, NotificationsResolver, EventsResolver, RegistrationsResolver, BoothsResolver,
  CaseworkResolver, IntegrityResolver, DashboardResolver, QuotaResolver, PolicySettingsResolver,
  SeekerImportsResolver,
  SearchResolver, VocabularyResolver,
];

const HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------
`;

async function main() {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: ['error'] });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  await app.close();
  const sdl = `${HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
  const file = join(projectRoot(), 'server/schema.gql');
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== sdl) {
      console.error('server/schema.gql is out of date: run `npm run schema` and commit it');
      process.exit(1);
    }
    console.log('server/schema.gql is up to date');
  } else {
    writeFileSync(file, sdl);
    console.log('wrote server/schema.gql');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
