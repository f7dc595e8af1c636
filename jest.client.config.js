// Component tests of the client: jsdom + Testing Library, TSX through swc, native ES modules like the rest.
// Type checking is `npm run typecheck` (client/tsconfig.json).
export default {
  displayName: 'client',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/client/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'es6' },
      sourceMaps: 'inline',
    }],
  },
  moduleNameMapper: { '\\.css$': '<rootDir>/client/src/test/style-stub.ts' },
  setupFiles: ['<rootDir>/client/src/test/polyfills.ts'],
  setupFilesAfterEnv: ['<rootDir>/client/src/test/setup.ts'],
  // jest's default on two cores is one worker; the component tests are CPU-bound and independent
  maxWorkers: 2,
};
