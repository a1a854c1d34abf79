import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { finishedDossiers, statisticsOf, type Sql } from '../helpers/dossier-stats';
import { startInstances, type Cluster, type Instance } from '../helpers/instances';
import { TEST_ENV } from '../helpers/strapi';

// Two instances on one PostgreSQL database: every step of an import on any of them, one import at a
// time across both, and an instance killed mid-import.
let cluster: Cluster;
let a: Instance;
let b: Instance;
let token: string;
let db: Client;
const sql: Sql = async (text) => (await db.query(text)).rows;

const upload = (on: Instance, file: Buffer) =>
  on.http().post('/one-stop/dossier-imports').set('Authorization', `Bearer ${token}`).attach('file', file, 'ho-so.csv').expect(201);
const confirm = (on: Instance, id: string) => on.http().post(`/one-stop/dossier-imports/${id}/confirm`).set('Authorization', `Bearer ${token}`);
const job = async (on: Instance, id: string) =>
  (await on.http().get(`/one-stop/dossier-imports/${id}`).set('Authorization', `Bearer ${token}`).expect(200)).body.data;
async function until(on: Instance, id: string, done: (job: { status: string; progress: { done: number; total: number } }) => boolean) {
  for (let i = 0; i < 1200; i += 1) {
    const current = await job(on, id);
    if (done(current)) return current;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`import ${id} never reached the expected state`);
}
const finished = (on: Instance, id: string) => until(on, id, (current) => current.status === 'done' || current.status === 'failed');
/** The statistics `npm run stats:rebuild` computes from the dossiers, on the cluster's database. */
async function rebuilt(): Promise<string[]> {
  const root = path.join(__dirname, '..', '..');
  await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'stats-rebuild.js')], {
    cwd: root, env: { ...process.env, ...TEST_ENV, ...cluster.database.env },
  });
  return statisticsOf(sql);
}

beforeAll(async () => {
  cluster = await startInstances(2);
  [a, b] = cluster.instances;
  const email = `mot-cua-${Date.now()}@phulam.test`;
  const password = 'Matkhau-2026-test';
  await a.createStaff('ew-one-stop', email, password);
  token = (await b.http().post('/admin/login').send({ email, password }).expect(200)).body.data.token;
  db = new Client({
    host: process.env.DATABASE_HOST, port: Number(process.env.DATABASE_PORT), user: process.env.DATABASE_USERNAME,
    database: cluster.database.env.DATABASE_NAME,
  });
  await db.connect();
}, 180_000);
afterAll(async () => {
  await db?.end();
  await cluster?.stop();
});

it('previews on one instance and confirms on the other', async () => {
  const preview = (await upload(a, finishedDossiers('CA', 50))).body.data;
  await confirm(b, preview.id).expect(202);
  expect(await finished(a, preview.id)).toMatchObject({ status: 'done', result: { created: 50 } });
});

it('runs one import at a time across instances: of two confirms at once, one is refused', async () => {
  const first = (await upload(a, finishedDossiers('CB', 5000))).body.data;
  const second = (await upload(b, finishedDossiers('CC', 5000))).body.data;
  const answers = await Promise.all([confirm(a, first.id), confirm(b, second.id)]);
  expect(answers.map((res) => res.status).sort()).toEqual([202, 409]);
  expect(answers.find((res) => res.status === 409)!.body.error.message).toBe('Đang có một lần nhập khác chạy; hãy chờ nó xong rồi xác nhận.');
  const ran = answers[0].status === 202 ? first : second;
  expect(await finished(b, ran.id)).toMatchObject({ status: 'done', result: { created: 5000 } });
});

it('fails an import whose instance was killed, with its committed rows, and leaves the statistics right', async () => {
  const file = finishedDossiers('CK', 20_000);
  const big = (await upload(a, file)).body.data;
  await confirm(a, big.id).expect(202);
  const seen = await until(b, big.id, (current) => current.progress.done >= 2000);
  await a.kill();
  expect(seen.progress.done).toBeLessThan(20_000);
  // Nobody restarted yet: the job still reads as running.
  expect((await job(b, big.id)).status).toBe('running');

  await a.restart();
  const failed = await job(b, big.id);
  expect(failed.status).toBe('failed');
  const committed = failed.progress.done as number;
  expect(committed).toBeGreaterThanOrEqual(seen.progress.done);
  expect(committed).toBeLessThan(20_000);
  expect(failed.error).toBe(`Lần nhập bị gián đoạn khi máy chủ dừng: đã ghi ${committed}/20000 dòng. Hãy nhập lại tệp; các dòng đã ghi không bị ghi trùng.`);
  const [{ count }] = await sql("SELECT count(*)::int AS count FROM dossiers WHERE code LIKE 'CK-%'");
  expect(count).toBe(committed);
  const recovered = await statisticsOf(sql);
  expect(recovered).toEqual(await rebuilt());

  // The same file again writes the rest, and the statistics still match a rebuild.
  const again = (await upload(b, file)).body.data;
  await confirm(b, again.id).expect(202);
  expect(await finished(a, again.id)).toMatchObject({ status: 'done', result: { created: 20_000 - committed, unchanged: committed } });
  const afterwards = await statisticsOf(sql);
  expect(afterwards).toEqual(await rebuilt());
}, 300_000);
