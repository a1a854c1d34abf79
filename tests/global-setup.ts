import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { TEST_RUN_VARIABLE } from './helpers/database';

/**
 * Strapi loads compiled JavaScript only: compile the local plugins, then config/ and src/ (skipped where
 * nothing changed since the last compile).
 * The run gets a name, inherited by the workers, for its database templates (tests/helpers/database.ts).
 */
export default function globalSetup(): void {
  process.env[TEST_RUN_VARIABLE] = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const root = path.join(__dirname, '..');
  const started = Date.now();
  execFileSync(process.execPath, [path.join(root, 'scripts', 'compile-plugins.js'), '--with-server'], { cwd: root, stdio: 'inherit' });
  process.stdout.write(`\nCompiled the server in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
