import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createTestDatabase, usesPostgres, type TestDatabase } from '../helpers/database';
import { startInstances, type Cluster } from '../helpers/instances';

// `npm run backup` taken while the CMS runs, restored as docs/operations.md ("Backups") says, and a CMS
// started on the copy: same content, same log, the log's chain intact. Runs on both databases, each with
// its own tools (pg_dump/pg_restore, SQLite's online backup and a file copy).
const run = promisify(execFile);
// better-sqlite3 ships no types (and @types/better-sqlite3 is not installed): the little used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (file: string, options: { readonly: boolean }) => {
  prepare(sql: string): { get(): unknown };
  close(): void;
};
const ROOT = path.join(__dirname, '..', '..');

interface Counts { articles: number; publishedArticles: number; logRows: number; lastSeq: number }

async function countsOf(database: TestDatabase): Promise<Counts> {
  const sql = {
    articles: 'select count(*) as n from articles',
    publishedArticles: 'select count(*) as n from articles where published_at is not null',
    logRows: 'select count(*) as n from editorial_workflow_log',
    lastSeq: 'select coalesce(max(seq), 0) as n from editorial_workflow_log',
  };
  const counts: Record<string, number> = {};
  if (usesPostgres()) {
    const client = new Client({ host: process.env.DATABASE_HOST ?? '127.0.0.1', port: Number(process.env.DATABASE_PORT ?? 5432), user: process.env.DATABASE_USERNAME ?? 'postgres', database: database.env.DATABASE_NAME });
    await client.connect();
    try {
      for (const [key, query] of Object.entries(sql)) counts[key] = Number((await client.query(query)).rows[0].n);
    } finally {
      await client.end();
    }
  } else {
    const db = new Database(database.env.DATABASE_FILENAME, { readonly: true });
    try {
      for (const [key, query] of Object.entries(sql)) counts[key] = Number((db.prepare(query).get() as { n: number }).n);
    } finally {
      db.close();
    }
  }
  return counts as unknown as Counts;
}

/** The restore of docs/operations.md: `pg_restore -d <new database> <file>`, or the copied SQLite file. */
async function restore(file: string): Promise<TestDatabase> {
  const target = await createTestDatabase();
  if (usesPostgres()) {
    await run('pg_restore', ['--no-owner', `--host=${process.env.DATABASE_HOST ?? '127.0.0.1'}`, `--port=${process.env.DATABASE_PORT ?? 5432}`,
      `--username=${process.env.DATABASE_USERNAME ?? 'postgres'}`, '--exit-on-error', `--dbname=${target.env.DATABASE_NAME}`, file]);
  } else {
    fs.copyFileSync(file, target.env.DATABASE_FILENAME);
  }
  return target;
}

let source: Cluster | undefined;
let restored: Cluster | undefined;
const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuong-backup-'));
afterAll(async () => {
  await source?.stop();
  await restored?.stop();
  fs.rmSync(backupDir, { recursive: true, force: true });
});

it('a backup taken while the CMS runs restores into a new database with the same content and an intact log', async () => {
  source = await startInstances(1);
  const [live] = source.instances;
  const first = await live.publish('Thông báo lịch tiếp công dân tháng 12', 'Lịch tiếp công dân của UBND phường.');
  await live.publish('Kế hoạch tổng vệ sinh môi trường', 'Các tổ dân phố ra quân tổng vệ sinh.');
  const total = async (instance: Cluster['instances'][number]) =>
    (await instance.http().get('/api/articles?pagination[pageSize]=1').expect(200)).body.meta.pagination.total as number;
  const publicTotal = await total(live);
  const before = await countsOf(source.database);
  expect(before.logRows).toBeGreaterThanOrEqual(2);
  expect(await live.verifyLog()).toMatchObject({ ok: true, rows: before.logRows });

  const { stdout } = await run(process.execPath, [path.join(ROOT, 'scripts', 'backup.js')], {
    cwd: ROOT, env: { ...process.env, ...source.database.env, BACKUP_DIR: backupDir },
  });
  const [, file, bytes] = /Đã sao lưu: (\S+) \(.*?, (\d+) byte\)/.exec(stdout) ?? [];
  expect(path.dirname(file)).toBe(backupDir);
  expect(path.basename(file)).toMatch(/-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.(dump|db)$/);
  expect(fs.statSync(file).size).toBe(Number(bytes));
  await source.stop();
  source = undefined;

  restored = await startInstances(1, { database: await restore(file) });
  const [copy] = restored.instances;
  expect(await countsOf(restored.database)).toEqual(before);
  expect(await total(copy)).toBe(publicTotal);
  expect((await copy.http().get(`/api/articles/${first}`).expect(200)).body.data.title).toBe('Thông báo lịch tiếp công dân tháng 12');
  expect(await copy.verifyLog()).toMatchObject({ ok: true, rows: before.logRows });
});

it('exits non-zero, with the reason, and leaves no file when the database cannot be read', async () => {
  const missing = usesPostgres()
    ? { DATABASE_NAME: 'phuong_khong_co_csdl_nay' }
    : { DATABASE_FILENAME: path.join(backupDir, 'khong-co.db') };
  const failed = await run(process.execPath, [path.join(ROOT, 'scripts', 'backup.js')], {
    cwd: ROOT, env: { ...process.env, ...(usesPostgres() ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: '' } : { DATABASE_CLIENT: 'sqlite' }), ...missing, BACKUP_DIR: backupDir },
  }).then(() => null, (error: { code: number; stderr: string }) => error);
  expect(failed?.code).toBe(1);
  expect(failed?.stderr).toContain('Sao lưu không thành công');
  expect(fs.readdirSync(backupDir).filter((name) => name.includes('khong'))).toEqual([]);
});
