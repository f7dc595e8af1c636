// Writes server/schema.gql from the feature modules' resolvers, without a database: `npm run schema` (or `-- --check` to
// fail when the committed file is out of date). The client's codegen reads the file.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './common/project-root.js';
import './graphql/enums.js';
import { featureResolvers } from './features.js';

const HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------
`;

async function main() {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: ['error'] });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(featureResolvers());
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
