import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../../helpers/ports';

const ROOT = path.join(__dirname, '..', '..', '..');
const STARTED = /Strapi started successfully/;
const CREDENTIAL = /^\s+\S.*?\s+(\S+@phulam\.demo)\s+(\S+)\s*$/gm;

export interface RunningStrapi {
  url: string;
  /** Demo staff e-mail → the password printed once at the first start. */
  passwords: Map<string, string>;
  stop(): Promise<void>;
}


/**
 * `strapi start` as an operator runs it, on a new SQLite database, so the first start loads the demo data
 * and prints the demo staff's passwords. Needs `npm run build` (server and admin panel) beforehand.
 */
export async function startStrapi(): Promise<RunningStrapi> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'build', 'index.html')) || !fs.existsSync(path.join(ROOT, 'dist', 'src', 'index.js'))) {
    throw new Error('The admin panel is not built: run `npm run build` before the end-to-end tests.');
  }
  const port = await freePort();
  const database = path.join(ROOT, '.tmp', `e2e-${process.pid}-${port}.db`);
  fs.mkdirSync(path.dirname(database), { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development', // demo data loads only outside production
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: database,
      SEED_DEMO_DATA: 'true',
      CRON_ENABLED: 'false',
      STRAPI_TELEMETRY_DISABLED: 'true',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Strapi did not start within 180 s:\n${output.slice(-3000)}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (STARTED.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Strapi exited with code ${code}:\n${output.slice(-3000)}`));
    });
  });
  await started;
  const passwords = new Map([...output.matchAll(CREDENTIAL)].map((match) => [match[1], match[2]]));
  return {
    url: `http://127.0.0.1:${port}`,
    passwords,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${database}${suffix}`, { force: true });
    },
  };
}

/**
 * Registers the first super admin over HTTP, as the registration form does: until someone is super admin,
 * /admin opens Strapi's registration and every login lands there (admin-workflow.e2e.ts walks that page).
 */
export async function registerSuperAdmin(url: string): Promise<void> {
  const registered = await fetch(`${url}/admin/register-admin`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ firstname: 'Quang', lastname: 'Nguyễn Văn', email: 'quantri@phulam.test', password: 'Phulam-Quantri-2026' }),
  });
  if (!registered.ok) throw new Error(`register-admin: ${registered.status} ${await registered.text()}`);
}
