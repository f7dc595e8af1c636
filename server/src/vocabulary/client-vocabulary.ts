// Writes client/src/gql/vocabulary.ts from this module, so the client never keeps a copy of its own:
// run by `npm run schema` (`-- --check` fails when the committed file is out of date).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../common/project-root.js';
import { VOCABULARY_LOCALES } from './codes.js';
import { vocabularyIn } from './vocabulary.js';

export const CLIENT_VOCABULARY_FILE = 'client/src/gql/vocabulary.ts';

export function clientVocabularySource(): string {
  const byLocale = Object.fromEntries(VOCABULARY_LOCALES.map((l) => [l, vocabularyIn(l)]));
  return `// GENERATED from server/src/vocabulary by \`npm run schema\`: do not edit. The words for job demands and
// workplace supports, the forms of employment and the levels of education in both languages, and which support
// removes which demand.
import type { Education, EmploymentForm, JobDemand, WorkplaceSupport } from './graphql';

export interface VocabularyTerms {
  locale: 'zh-CN' | 'en';
  demands: ReadonlyArray<{ code: JobDemand; label: string; easyRead: string; removedBy: readonly WorkplaceSupport[] }>;
  supports: ReadonlyArray<{ code: WorkplaceSupport; label: string; easyRead: string }>;
  employmentForms: ReadonlyArray<{ code: EmploymentForm; label: string; phrase: string }>;
  educations: ReadonlyArray<{ code: Education; label: string; phrase: string }>;
}

export const VOCABULARY: Readonly<Record<'zh-CN' | 'en', VocabularyTerms>> = ${JSON.stringify(byLocale, null, 2)};
`;
}

function main() {
  const file = join(projectRoot(), CLIENT_VOCABULARY_FILE);
  const source = clientVocabularySource();
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== source) {
      console.error(`${CLIENT_VOCABULARY_FILE} is out of date: run \`npm run schema\` and commit it`);
      process.exit(1);
    }
    console.log(`${CLIENT_VOCABULARY_FILE} is up to date`);
  } else {
    writeFileSync(file, source);
    console.log(`wrote ${CLIENT_VOCABULARY_FILE}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
