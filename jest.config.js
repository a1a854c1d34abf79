/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] },
  // Compiles the server once (Strapi loads only compiled .js); each suite then boots its own instance.
  globalSetup: '<rootDir>/tests/global-setup.ts',
  testTimeout: 120000,
  maxWorkers: 1,
};
