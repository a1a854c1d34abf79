import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Strapi loads compiled JavaScript only: compile the local plugins, then config/ and src/, once per run. */
export default function globalSetup(): void {
  const root = path.join(__dirname, '..');
  const started = Date.now();
  execFileSync(process.execPath, [path.join(root, 'scripts', 'compile-plugins.js')], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  process.stdout.write(`\nCompiled the server in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
