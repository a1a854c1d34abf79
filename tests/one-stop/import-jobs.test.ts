import { execFile } from 'node:child_process';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { csvFile, HEADERS } from '../helpers/dossier-files';
import { importRoutes } from '../helpers/dossier-imports';
import { finishedDossiers, knexSql, statisticsOf } from '../helpers/dossier-stats';
import { as, createStaff, type StaffMember } from '../helpers/staff';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let desk: StaffMember;

const JOB = 'plugin::one-stop.import-job';
const REPORT = 'api::dossier-report.dossier-report';
interface Importer {
  analyse(input: Readable, format: 'csv'): Promise<unknown>;
  commit(analysis: unknown): Promise<{ created: number; unchanged: number; reports: { periods: number } }>;
}
const importer = () => app.strapi.service('api::dossier.importer') as unknown as Importer;
const importFile = async (file: Buffer) => importer().commit(await importer().analyse(Readable.from(file), 'csv'));
const statistics = () => statisticsOf(knexSql(app.strapi.db.connection as never));
/** Statistics lost, as a crash before their recompute leaves them. */
const dropStatistics = () => app.strapi.db.query(REPORT).deleteMany({ where: { periodStart: { $gte: '2024-01-01', $lte: '2024-12-31' } } });

const routes = () => importRoutes(app, desk);
const upload = (file: Buffer, name?: string) => routes().upload(file, name);
const confirm = (id: string) => routes().confirm(id);
const finished = (id: string) => routes().finished(id);

beforeAll(async () => {
  app = await startStrapi({ seed: true, staff: false });
  desk = await createStaff(app, 'ew-one-stop');
});
afterAll(async () => {
  await app.stop();
});

describe('import jobs in the database', () => {
  it('keeps every step of a job in its table, so any instance can serve it', async () => {
    const { body } = await upload(finishedDossiers('JP', 20));
    const stored = () => app.strapi.db.query(JOB).findOne({ where: { jobKey: body.data.id } });
    expect(await stored()).toMatchObject({ status: 'preview', ownerId: desk.id, total: 20, summary: expect.objectContaining({ valid: 20 }) });
    await confirm(body.data.id).expect(202);
    expect(await finished(body.data.id)).toMatchObject({ status: 'done', progress: { done: 20, total: 20 }, result: { created: 20 } });
    // The parsed rows are dropped once written.
    expect(await stored()).toMatchObject({ status: 'done', done: 20, result: expect.objectContaining({ created: 20 }), analysis: null });
    expect((await confirm(body.data.id).expect(409)).body.error.message).toBe('Lần nhập này đã được xác nhận.');
  });

  it('stores a short message when the database refuses a batch, not the SQL statement', async () => {
    // A rule the import does not know about makes its first batch fail inside the database.
    const knex = app.strapi.db.connection;
    await knex.raw('CREATE UNIQUE INDEX test_one_name_per_procedure ON dossiers (procedure_name) WHERE code LIKE \'JE-%\'');
    try {
      const { body } = await upload(csvFile([HEADERS,
        ['JE-1', '1.001193', '', '02/02/2024', '', '03/02/2024', 'Đã giải quyết', '', ''],
        ['JE-2', '1.001193', '', '02/02/2024', '', '03/02/2024', 'Đã giải quyết', '', '']]));
      await confirm(body.data.id).expect(202);
      const job = await finished(body.data.id);
      expect(job).toMatchObject({ status: 'failed', error: 'Lỗi khi ghi vào cơ sở dữ liệu (chi tiết trong nhật ký máy chủ). Hãy thử nhập lại tệp.' });
    } finally {
      await knex.raw('DROP INDEX test_one_name_per_procedure');
    }
  });
});

describe('statistics that converge', () => {
  it('recomputes every period a file touches, changed rows or not', async () => {
    const file = finishedDossiers('SC', 60);
    await importFile(file);
    const expected = await statistics();
    expect(expected.length).toBeGreaterThan(60);
    await dropStatistics();
    const again = await importFile(file);
    expect(again).toMatchObject({ created: 0, unchanged: 60 });
    expect(again.reports.periods).toBeGreaterThan(0);
    expect(await statistics()).toEqual(expected);
  });

  it('fails a job its instance left running, with its committed count, and recomputes its statistics at start', async () => {
    await importFile(finishedDossiers('SR', 40));
    const expected = await statistics();
    await dropStatistics();
    // What an instance killed after its first committed batch leaves behind.
    await app.strapi.db.query(JOB).create({
      data: { jobKey: 'killed-instance-job', ownerId: desk.id, fileName: 'ho-so-lon.csv', status: 'running', summary: { rows: 80, valid: 80 },
        done: 40, total: 80, committedFrom: '2024-01-01', committedTo: '2024-12-31', touchedAt: new Date() },
    });
    const jobs = app.strapi.plugin('one-stop').service('jobs') as { recover(): Promise<number> };
    expect(await jobs.recover()).toBe(1);
    const job = (await as(app, desk).get('/one-stop/dossier-imports/killed-instance-job').expect(200)).body.data;
    expect(job).toMatchObject({ status: 'failed', progress: { done: 40, total: 80 } });
    expect(job.error).toMatch(/^Lần nhập bị gián đoạn khi máy chủ dừng: đã ghi 40\/80 dòng\./);
    expect(await statistics()).toEqual(expected);
  });

  it('rebuilds every statistic from the dossiers with npm run stats:rebuild', async () => {
    const expected = await statistics();
    await dropStatistics();
    await app.strapi.db.query(REPORT).create({ data: { period: 'day', periodStart: '2024-03-03', periodEnd: '2024-03-03', carriedOver: 999 } });
    const root = path.join(__dirname, '..', '..');
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'stats-rebuild.js')], { cwd: root, env: process.env });
    expect(stdout).toMatch(/Số liệu giải quyết hồ sơ: tính lại \d+ dòng/);
    expect(await statistics()).toEqual(expected);
  });
});
