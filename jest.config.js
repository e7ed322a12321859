/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  roots: ['<rootDir>/__tests__'],
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 30000,
  // Every core: the tests mostly wait on git, coverage.py and the fake GitHub.
  maxWorkers: '100%',
  // The bundles are built once per run, into a temporary folder (CG_BUNDLE_DIR).
  globalSetup: '<rootDir>/__tests__/support/global-setup.mjs',
  globalTeardown: '<rootDir>/__tests__/support/global-teardown.mjs',
  // With --coverage (the Coverage workflow): the sources, not the tests or generated code.
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.d.ts'],
};
