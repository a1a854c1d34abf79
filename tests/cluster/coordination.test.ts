import { Client } from 'pg';
import { startInstances, type Cluster, type Instance } from '../helpers/instances';
import { eventually } from '../helpers/publishing';

// PostgreSQL only (tests/cluster/ is not collected on SQLite): two instances on one database, started
// once for the file, with the demo staff and their items in every workflow state.
let cluster: Cluster;
let a: Instance;
let b: Instance;
let admin: Client;
const METRICS_TOKEN = 'metrics-token-for-tests';
/** B's count of lost LISTEN connections, as Prometheus reads it. */
async function reconnects(): Promise<number> {
  const text = (await b.http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200)).text;
  const line = text.split('\n').find((candidate) => candidate.startsWith('phuong_cache_listener_reconnects_total '));
  return line ? Number(line.split(' ')[1]) : 0;
}
beforeAll(async () => {
  cluster = await startInstances(2, { env: { SEED_DEMO_STAFF: 'true', METRICS_TOKEN } });
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
    const reconnectsBefore = await reconnects();

    // Both instances' listeners end as a restarted server or a cut network would end them; A publishes
    // at once, so its NOTIFY goes out while B is not listening.
    const ended = await admin.query(
      // Found by name: its last query is its probe (`select 1`) as often as `LISTEN ...`.
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'phuong-cache-listener'",
    );
    expect(ended.rowCount).toBe(2);
    const documentId = await a.publish('Lịch tiêm chủng mở rộng tháng 12', 'Trạm y tế phường tiêm chủng mở rộng vào ngày 15.');

    const shown = await eventually(async () => (await list()).body.data.some((e: { documentId: string }) => e.documentId === documentId), 1000);
    expect(shown).toBe(true);
    // Listening again, B caches again.
    const cachedAgain = await eventually(async () => (await list()).headers['x-cache'] === 'HIT', 5000);
    expect(cachedAgain).toBe(true);
    // The operator sees it: one more lost connection on B's /metrics.
    expect(await reconnects()).toBe(reconnectsBefore + 1);
  });
});

describe('scheduled work on two instances', () => {
  const JOB = 'editorial-workflow-scheduled-publish';
  const run = (instance: Instance) => instance.callService('editorial-workflow', 'scheduledJobs', 'run', JOB);

  it('an overdue item run by both at once (and again later) is logged once and notified once per recipient', async () => {
    const { rows: [item] } = await admin.query(
      "select target_uid, target_document_id, locale from editorial_workflow_states where state = 'submitted' and target_uid = 'api::article.article' limit 1",
    );
    const target = { uid: item.target_uid, documentId: item.target_document_id, locale: item.locale };
    await a.callService('editorial-workflow', 'workflow', 'setDue', target, new Date(Date.now() - 3_600_000).toISOString());

    await Promise.all([run(a), run(b)]);
    await run(b);
    await run(a);

    const logged = await admin.query("select seq from editorial_workflow_log where event = 'overdue' and target_document_id = $1", [target.documentId]);
    expect(logged.rowCount).toBe(1);
    const notices = await admin.query(
      'select recipient_id, count(*)::int as n from editorial_workflow_notifications where target_document_id = $1 and log_seq = $2 group by recipient_id',
      [target.documentId, logged.rows[0].seq],
    );
    expect(notices.rowCount).toBeGreaterThan(0);
    expect(notices.rows.filter((row) => row.n !== 1)).toEqual([]);
  });

  it('the daily log checkpoint is given out once a day, however many instances run it', async () => {
    const daily = (instance: Instance) => instance.callService('editorial-workflow', 'scheduledJobs', 'run', 'editorial-workflow-log-checkpoint');
    await Promise.all([daily(a), daily(b)]);
    await daily(b);
    const { rows } = await admin.query("select count(*)::int as n from editorial_workflow_checkpoints where reason = 'daily'");
    expect(rows[0].n).toBe(1);
  });
});
