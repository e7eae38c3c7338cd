/** Jest 30 + @swc/jest, ESM (run with NODE_OPTIONS=--experimental-vm-modules; see scripts/test.sh). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@payload-config$': '<rootDir>/payload.config.ts' },
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/test/helpers/globalTeardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
  // Next's route handlers leave timers behind after the pools are closed; nothing is left running that matters.
  forceExit: true,
  reporters: ['default', ['<rootDir>/test/helpers/countReporter.cjs', {}]],
}
