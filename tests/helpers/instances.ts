import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from './database';
import { TEST_ENV } from './strapi';

export interface Instance {
  http(): ReturnType<typeof request>;
  /** Publishes a new article through this instance's Document Service and workflow. */
  publish(title: string, text: string): Promise<string>;
}

/**
 * Several Strapi processes on one fresh database, as production runs them behind a load balancer
 * (ports from 1353). The first loads the demo data; the others start on the seeded database.
 */
export async function startInstances(count: number): Promise<{ instances: Instance[]; stop(): Promise<void> }> {
  const database: TestDatabase = await createTestDatabase();
  const children: ChildProcess[] = [];
  const instances: Instance[] = [];
  for (let n = 0; n < count; n += 1) {
    const port = 1353 + n;
    const child = fork(path.join(__dirname, 'instance-main.js'), [], {
      env: { ...process.env, ...TEST_ENV, ...database.env, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO_STAFF: 'false' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`instance ${n + 1} exited with ${code}`)));
    });
    instances.push({
      http: () => request(`http://127.0.0.1:${port}`),
      publish: (title, text) =>
        new Promise((resolve) => {
          child.once('message', (reply) => resolve((reply as { documentId: string }).documentId));
          child.send({ command: 'publish', title, text });
        }),
    });
  }
  return {
    instances,
    async stop() {
      await Promise.all(children.map((child) => new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', resolve);
        child.send({ command: 'stop' });
      })));
      await database.drop();
    },
  };
}
