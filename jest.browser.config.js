// Browser tests: keyboard-only journeys, axe scans and layout checks in the system Chromium (playwright-core),
// against the compiled server and the built client on real PostgreSQL. Every file gets its own database, copied
// from a migrated template, and its own server on it (test/support/server-environment.mjs); a table of how long
// each file took is printed at the end (test/browser/support/timing-reporter.mjs).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export default {
  displayName: 'browser',
  testEnvironment: '<rootDir>/test/support/server-environment.mjs',
  testEnvironmentOptions: {
    kind: 'browser', urlVar: 'BROWSER_BASE_URL', databaseVar: 'BROWSER_DATABASE_URL',
    serverEnv: { RATE_LIMIT_ADDRESS_PER_MINUTE: '100000', RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000' },
  },
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': require('./jest.swc.cjs') },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/test/browser/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/browser/support/global-teardown.mjs',
  testSequencer: '<rootDir>/test/support/sequencer.cjs',
  reporters: ['default', '<rootDir>/test/support/timing-reporter.mjs'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
