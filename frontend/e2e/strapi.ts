import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface RunningCms {
  url: string;
  /** A read-only API token, created the way an operator would (see README: the site's token). */
  token: string;
  /** The first administrator's session, for looking things up through the admin API. */
  adminJwt: string;
  /** The first administrator's login, for the admin panel in the browser (the preview). */
  admin: { email: string; password: string };
  logs: string[];
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function postJson<T>(url: string, body: unknown, jwt?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(jwt ? { authorization: `Bearer ${jwt}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Starts the CMS from its compiled dist/ (npm run build at the root) on a fresh SQLite file, with the
 * demo content (NODE_ENV is not production, so src/index.ts seeds it) but without demo staff, so the first
 * administrator can be registered here and create the read-only token the build uses.
 */
export async function startCms(root: string, port: number, env: Record<string, string>): Promise<RunningCms> {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const url = `http://127.0.0.1:${port}`;
  const database = join('.tmp', `e2e-site-${process.pid}-${Date.now()}.db`);
  const logs: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      STRAPI_TELEMETRY_DISABLED: 'true',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: database,
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_DEMO_STAFF: 'false',
      CRON_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => logs.push(String(chunk)));
  child.stderr?.on('data', (chunk) => logs.push(String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(root, `${database}${suffix}`), { force: true });
  };

  for (let waited = 0; ; waited += 500) {
    if (child.exitCode !== null) throw new Error(`Strapi exited (${child.exitCode}):\n${logs.join('')}`);
    if (waited > 120_000) {
      await stop();
      throw new Error(`Strapi did not answer at ${url} within 120 s:\n${logs.join('')}`);
    }
    const ready = await fetch(`${url}/_health`).then((r) => r.status === 204, () => false);
    if (ready) break;
    await sleep(500);
  }

  const login = { email: 'site-e2e@example.com', password: `E2e-${Date.now()}-Secret` };
  const admin = await postJson<{ data: { token: string } }>(`${url}/admin/register-admin`, { ...login, firstname: 'Site', lastname: 'Builder' });
  const created = await postJson<{ data: { accessKey: string } }>(
    `${url}/admin/api-tokens`,
    { name: 'Public site build', description: 'Read-only token for the static site build', type: 'read-only', lifespan: null },
    admin.data.token,
  );
  return { url, token: created.data.accessKey, adminJwt: admin.data.token, admin: login, logs, stop };
}
