import { dropTemplates, TEST_RUN_VARIABLE } from './helpers/database';

/** Removes the run's database templates (tests/helpers/database.ts): the suites' own copies are gone already. */
export default async function globalTeardown(): Promise<void> {
  const run = process.env[TEST_RUN_VARIABLE];
  if (run) await dropTemplates(run);
}
