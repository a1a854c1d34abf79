import { Client } from 'pg';
import { startInstances, type Cluster, type Instance } from '../helpers/instances';
import { eventually } from '../helpers/publishing';

// PostgreSQL only (tests/cluster/ is not collected on SQLite): two instances on one database, started
// once for the file.
let cluster: Cluster;
let a: Instance;
let b: Instance;
let admin: Client;
beforeAll(async () => {
  cluster = await startInstances(2);
  [a, b] = cluster.instances;
  admin = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1', port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres', password: process.env.DATABASE_PASSWORD ?? '', database: cluster.database.env.DATABASE_NAME,
  });
  await admin.connect();
}, 180_000);
afterAll(async () => {
  await admin?.end();
  await cluster?.stop();
});

describe('the response cache after a lost LISTEN connection', () => {
  it("an article published while B's listener is cut is served by B within a second", async () => {
    const list = () => b.http().get('/api/articles?pagination[pageSize]=100');
    await list().expect(200);
    expect((await list().expect(200)).headers['x-cache']).toBe('HIT');

    // Both instances' listeners end as a restarted server or a cut network would end them; A publishes
    // at once, so its NOTIFY goes out while B is not listening.
    const ended = await admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'LISTEN %' and pid <> pg_backend_pid()",
    );
    expect(ended.rowCount).toBe(2);
    const documentId = await a.publish('Lịch tiêm chủng mở rộng tháng 12', 'Trạm y tế phường tiêm chủng mở rộng vào ngày 15.');

    const shown = await eventually(async () => (await list()).body.data.some((e: { documentId: string }) => e.documentId === documentId), 1000);
    expect(shown).toBe(true);
    // Listening again, B caches again.
    const cachedAgain = await eventually(async () => (await list()).headers['x-cache'] === 'HIT', 5000);
    expect(cachedAgain).toBe(true);
  });
});
