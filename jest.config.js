/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // docs/recipes/examples: the recipes' example tests, run as a user's tests would (`unpress` and
  // `unpress/testing` mapped to the sources).
  roots: ['<rootDir>/test', '<rootDir>/docs/recipes/examples'],
  moduleNameMapper: {
    '^unpress$': '<rootDir>/src/index.ts',
    '^unpress/testing$': '<rootDir>/src/testing/index.ts',
    '^unpress/testing/fixtures$': '<rootDir>/src/testing/fixtures/index.ts',
  },
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // p-retry and p-limit are ES modules only (tsup bundles them into dist for CommonJS users);
    // Jest's module system needs them in CommonJS.
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', esModuleInterop: true }, isolatedModules: true }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(p-retry|p-limit|yocto-queue|is-network-error)/)'],
  // Property tests and golden walks are CPU-bound; two cores here.
  maxWorkers: 2,
  // Not a leak: a worker that ran the big-input tests holds ~800 MB, and the OS takes
  // 200-500 ms to tear such a process down on a busy machine (measured: its 'exit' event
  // 9 ms after jest's end message, the process gone 507 ms after). Jest's 500 ms default then
  // force-kills it and prints "failed to exit gracefully". A real open handle never exits,
  // so it is still reported, 5 s later.
  workerGracefulExitTimeout: 5000,
};
