import { Client } from 'pg';
import { IMPORT_LOCK_KEY } from '../../src/plugins/one-stop/server/src/services/import-lock';
import { importRoutes } from '../helpers/dossier-imports';
import { finishedDossiers } from '../helpers/dossier-stats';
import { as, createStaff, type StaffMember } from '../helpers/staff';
import { startStrapi, type TestApp } from '../helpers/strapi';

// PostgreSQL only (files ending -postgres.test.ts are not collected on SQLite, where one process imports).
let app: TestApp;
let desk: StaffMember;
beforeAll(async () => {
  app = await startStrapi({ seed: true, staff: false });
  desk = await createStaff(app, 'ew-one-stop');
});
afterAll(async () => {
  await app.stop();
});
const upload = (file: Buffer) => importRoutes(app, desk).upload(file);
const confirm = (id: string) => importRoutes(app, desk).confirm(id);
const finished = (id: string) => importRoutes(app, desk).finished(id);

// The lock an instance holds while it imports, taken here by the test's own connection, as another
// instance would (on SQLite there is one process: tests/cluster covers two confirms at once).
it('refuses a confirm with 409 while another instance imports, and accepts it afterwards', async () => {
  const small = (await upload(finishedDossiers('JS', 5))).body.data;
  const other = new Client({ host: process.env.DATABASE_HOST, port: Number(process.env.DATABASE_PORT), user: process.env.DATABASE_USERNAME, database: process.env.DATABASE_NAME });
  await other.connect();
  try {
    await other.query('SELECT pg_advisory_lock($1)', [IMPORT_LOCK_KEY]);
    const refused = await confirm(small.id).expect(409);
    expect(refused.body.error.message).toBe('Đang có một lần nhập khác chạy; hãy chờ nó xong rồi xác nhận.');
    expect((await as(app, desk).get(`/one-stop/dossier-imports/${small.id}`).expect(200)).body.data.status).toBe('preview');
  } finally {
    await other.end();
  }
  await confirm(small.id).expect(202);
  expect(await finished(small.id)).toMatchObject({ status: 'done', result: { created: 5 } });
  const again = await confirm(small.id).expect(409);
  expect(again.body.error.message).toBe('Lần nhập này đã được xác nhận.');
});

