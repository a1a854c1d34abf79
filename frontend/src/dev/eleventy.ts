import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** frontend/, from build/frontend/src/dev/. */
export const FRONTEND_DIR = join(__dirname, '..', '..', '..', '..');

export interface EleventyRun {
  /** The Eleventy process itself (no npm or shell in between): the benchmark reads its memory from /proc. */
  pid: number | undefined;
  /** Resolves with Eleventy's output once it exits with 0; rejects with the end of that output otherwise. */
  done: Promise<string>;
}

/**
 * The site step of the build, as `npm run site` runs it (eleventy --config=eleventy.config.js in frontend/),
 * over the compiled data layer: the webhook, the benchmark and the e2e suite have compiled already.
 * `env` is the whole environment of the build (CMS_URL, CMS_API_TOKEN, SITE_URL, SITE_OUTPUT, SITE_ONLY_ARTICLE…).
 * With `echo`, the output is also written through to this process's stdout and stderr as it comes (the webhook).
 */
export function runEleventy(env: NodeJS.ProcessEnv, options: { echo?: boolean; args?: string[] } = {}): EleventyRun {
  const cli = join(FRONTEND_DIR, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
  const child = spawn(process.execPath, [cli, '--config=eleventy.config.js', ...(options.args ?? [])], { cwd: FRONTEND_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    if (options.echo) process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    if (options.echo) process.stderr.write(chunk);
  });
  const done = new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    // Echoed output has been shown already: the error only names the exit code then.
    child.once('close', (code) => (code === 0 ? resolve(log) : reject(new Error(`eleventy exited with code ${code}${options.echo ? '' : `:\n${log.slice(-4000)}`}`))));
  });
  return { pid: child.pid, done };
}
