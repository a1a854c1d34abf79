import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { TEST_ENV } from '../helpers/strapi';

// PostgreSQL only (jest.config.js): `npm run import:procedures` exited 1 after a good write when the pool
// was destroyed under the work Strapi leaves running after a write.
const ROOT = path.join(__dirname, '..', '..');
const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'samples', 'procedures-sample.json'), 'utf8'))[0];
const CODES = Array.from({ length: 8 }, (_, i) => `9.90000${i}`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));

let database: TestDatabase;
let db: Client;
beforeAll(async () => {
  database = await createTestDatabase();
  db = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1', port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres', password: process.env.DATABASE_PASSWORD ?? '', database: database.env.DATABASE_NAME,
  });
  await db.connect();
});
afterAll(async () => {
  await db?.end().catch(() => undefined);
  await database?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A set of procedures whose result text names the run, so that every run writes all of them. */
function file(name: string, procedures: unknown[]): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, JSON.stringify(procedures));
  return target;
}
const set = (run: number) => CODES.map((code, i) => ({
  ...sample, code, name: `Thủ tục thử số ${i + 1}`, nationalPortalUrl: undefined, result: `Kết quả của lần nhập ${run}`,
}));

function importProcedures(target: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'import.js'), 'procedures', target], {
      cwd: ROOT, env: { ...process.env, ...TEST_ENV, ...database.env, SEED_DEMO_DATA: 'false' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const written = async (run: number) => {
  const { rows } = await db.query('select count(distinct code)::int as n from procedures where code = any($1) and result = $2', [CODES, `Kết quả của lần nhập ${run}`]);
  return rows[0].n;
};

describe('npm run import:procedures', () => {
  it('exits 0 after every good write (three runs that each write eight procedures), non-zero on a bad file', async () => {
    for (const run of [1, 2, 3]) {
      const { code, output } = await importProcedures(file(`run-${run}.json`, set(run)));
      // The output's end is shown when a run fails: the reason is there.
      expect({ run, code, failure: code === 0 ? '' : output.slice(-1500) }).toEqual({ run, code: 0, failure: '' });
      expect(output).toMatch(run === 1 ? /thêm mới 8,/ : /cập nhật 8,/);
      expect(await written(run)).toBe(CODES.length);
    }
    const bad = await importProcedures(file('bad.json', [{ code: '9.900009', name: 'Thủ tục thử', methods: [{ channel: 'fax', timeLimit: '1 ngày' }] }]));
    expect(bad.code).not.toBe(0);
    expect(bad.output).toMatch(/Lỗi:/);
  }, 400_000);
});
