/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Suites about PostgreSQL alone (several instances on one database in tests/cluster/, files named
  // *-postgres.test.ts) are not collected on SQLite.
  testPathIgnorePatterns: process.env.DATABASE_CLIENT === 'postgres'
    ? ['/node_modules/']
    : ['/node_modules/', '/tests/cluster/', '/tests/api/two-instances\\.test\\.ts$', '-postgres\\.test\\.ts$'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] },
  // Compiles the server once (Strapi loads only compiled .js); each suite then boots its own instance, on a
  // copy of the run's database template for its kind of start (tests/helpers/database.ts).
  globalSetup: '<rootDir>/tests/global-setup.ts',
  globalTeardown: '<rootDir>/tests/global-teardown.ts',
  // TEST_NOW=<ISO instant> runs the suites on a shifted clock (`npm run test:clock`: 23:30 and 00:30 Hà Nội).
  setupFiles: ['<rootDir>/tests/fixed-clock.js'],
  testTimeout: 120000,
  // Two suites at a time: each boots its own Strapi on its own database, so they never share state.
  maxWorkers: 2,
};
