// Unit tests: pure modules next to the code (server/src/**/*.spec.ts, scripts/*.spec.ts). Type checking is `npm run typecheck`.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export default {
  displayName: 'unit',
  testEnvironment: 'node',
  roots: ['<rootDir>/server/src', '<rootDir>/scripts'],
  testMatch: ['**/*.spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': require('./jest.swc.cjs') },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // jest's default on two cores is one worker
  maxWorkers: 2,
};
