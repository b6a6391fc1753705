/**
 * Jest in ESM mode with ts-jest; the real compiler makes some suites slow, hence the timeout.
 * globalSetup bundles the CLI and makes the run's folder (TMPDIR); globalTeardown checks that no test
 * left a temporary folder; the sequencer starts the slowest suites first; suiteCpu.js can log each
 * suite's CPU time (FBUILD_TEST_CPU_LOG).
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 600000,
  maxWorkers: 2,
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup/suiteCpu.js'],
  globalSetup: '<rootDir>/__tests__/setup/globalSetup.js',
  globalTeardown: '<rootDir>/__tests__/setup/globalTeardown.js',
  testSequencer: '<rootDir>/__tests__/setup/sequencer.js'
}
