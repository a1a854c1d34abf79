import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from './database';
import { TEST_ENV } from './strapi';
import { freePort } from './ports';

export interface Instance {
  readonly url: string;
  http(): ReturnType<typeof request>;
  /** Publishes a new article through this instance's Document Service and workflow. */
  publish(title: string, text: string): Promise<string>;
  /** The editorial log's chain check, as POST /editorial-workflow/log/verify runs it, in this instance. */
  verifyLog(): Promise<{ ok: boolean; rows: number }>;
  /** What the process wrote to stdout so far (with `captureOutput`; else empty), e.g. its log lines. */
  output(): string;
  /** Creates an admin account with a workflow role (e.g. 'ew-one-stop') through this instance; log in over HTTP. */
  createStaff(role: string, email: string, password: string): Promise<void>;
  /** Calls `strapi.plugin(plugin).service(service)[method](...args)` in this instance; its result (JSON). */
  callService(plugin: string, service: string, method: string, ...args: unknown[]): Promise<unknown>;
  /** Ends the process at once, as a crash or `kill -9` does (no clean shutdown). */
  kill(): Promise<void>;
  /** Starts the process again on the same port and database (after `kill` or `stop`). */
  restart(env?: Record<string, string>): Promise<void>;
  /** A clean shutdown (strapi.destroy()). */
  stop(): Promise<void>;
}

export interface Cluster {
  instances: Instance[];
  database: TestDatabase;
  stop(): Promise<void>;
}


/**
 * Several Strapi processes on one fresh database, as production runs them behind a load balancer, each on
 * a free port. The first loads the demo data; the others start on the seeded database. `env` adds settings
 * to every instance, `envOf(n)` to the n-th (from 0) alone.
 */
export async function startInstances(
  count: number,
  options: {
    env?: Record<string, string>;
    envOf?: (n: number) => Record<string, string>;
    /** An existing database (a restored backup) instead of a fresh one; `stop()` drops it all the same. */
    database?: TestDatabase;
    /** Keep the processes' stdout for `output()` instead of passing it through (stderr still passes). */
    captureOutput?: boolean;
  } = {},
): Promise<Cluster> {
  const database: TestDatabase = options.database ?? (await createTestDatabase());
  const instances: Array<Instance & { child(): ChildProcess | undefined }> = [];
  for (let n = 0; n < count; n += 1) {
    const port = await freePort();
    let child: ChildProcess | undefined;
    let output = '';
    const launch = async (extra: Record<string, string> = {}) => {
      const started = fork(path.join(__dirname, 'instance-main.js'), [], {
        env: {
          ...process.env, ...TEST_ENV, ...database.env, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO_STAFF: 'false',
          ...options.env, ...options.envOf?.(n), ...extra,
        },
        stdio: ['ignore', options.captureOutput ? 'pipe' : 'inherit', 'inherit', 'ipc'],
      });
      started.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
      child = started;
      await new Promise<void>((resolve, reject) => {
        started.once('message', () => resolve());
        started.once('exit', (code) => reject(new Error(`instance ${n + 1} exited with ${code}`)));
      });
      started.removeAllListeners('exit');
    };
    await launch();
    const exited = (process: ChildProcess) => new Promise((resolve) => {
      if (process.exitCode !== null || process.signalCode !== null) resolve(undefined);
      else process.once('exit', resolve);
    });
    instances.push({
      url: `http://127.0.0.1:${port}`,
      child: () => child,
      http: () => request(`http://127.0.0.1:${port}`),
      publish: (title, text) =>
        new Promise((resolve) => {
          child!.once('message', (reply) => resolve((reply as { documentId: string }).documentId));
          child!.send({ command: 'publish', title, text });
        }),
      verifyLog: () =>
        new Promise((resolve) => {
          child!.once('message', (reply) => resolve(reply as { ok: boolean; rows: number }));
          child!.send({ command: 'verify-log' });
        }),
      output: () => output,
      createStaff: (role, email, password) =>
        new Promise((resolve) => {
          child!.once('message', () => resolve());
          child!.send({ command: 'createStaff', role, email, password });
        }),
      callService: (plugin, service, method, ...args) =>
        new Promise((resolve, reject) => {
          child!.once('message', (reply) => {
            const { result, error } = reply as { result?: unknown; error?: string };
            if (error) reject(new Error(error));
            else resolve(result);
          });
          child!.send({ command: 'service', plugin, service, method, args });
        }),
      async kill() {
        if (!child) return;
        const done = exited(child);
        child.kill('SIGKILL');
        await done;
        child = undefined;
      },
      restart: (env) => launch(env),
      async stop() {
        if (!child) return;
        const done = exited(child);
        if (child.connected) child.send({ command: 'stop' });
        else child.kill('SIGTERM');
        await done;
        child = undefined;
      },
    });
  }
  return {
    instances,
    database,
    async stop() {
      await Promise.all(instances.map((instance) => instance.stop()));
      await database.drop();
    },
  };
}
