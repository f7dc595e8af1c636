// Browser tests: keyboard-only journeys, axe scans and layout checks in the system Chromium
// (playwright-core), against the compiled server and the built client on real PostgreSQL.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export default {
  displayName: 'browser',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': require('./jest.swc.cjs') },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/test/browser/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/browser/support/global-teardown.mjs',
  testTimeout: 180_000,
  maxWorkers: 2,
};
