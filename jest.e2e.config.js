// End-to-end tests: GraphQL over HTTP against real PostgreSQL (DATABASE_URL, or embedded PostgreSQL).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export default {
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.e2e-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': require('./jest.swc.cjs') },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 60_000,
  maxWorkers: 2,
};
