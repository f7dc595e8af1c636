// End-to-end tests: GraphQL over HTTP against real PostgreSQL (DATABASE_URL, or embedded PostgreSQL). Every file
// gets its own database, copied from a migrated template, and its own server on it (test/support/server-environment.mjs).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export default {
  displayName: 'e2e',
  testEnvironment: '<rootDir>/test/support/server-environment.mjs',
  testEnvironmentOptions: {
    kind: 'e2e', urlVar: 'E2E_URL', databaseVar: 'E2E_DATABASE_URL',
    serverEnv: { DB_POOL_SIZE: '30', RATE_LIMIT_ADDRESS_PER_MINUTE: '100000', REMINDER_INTERVAL_SECONDS: '1' },
  },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.e2e-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': require('./jest.swc.cjs') },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testSequencer: '<rootDir>/test/support/sequencer.cjs',
  reporters: ['default', '<rootDir>/test/support/timing-reporter.mjs'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
