import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

/**
 * Every suite gets a database of its own, made fresh and removed afterwards: a file for SQLite, a
 * created-and-dropped database for PostgreSQL. Nothing depends on data left by an earlier run.
 */
export interface TestDatabase {
  /** Environment variables that point Strapi at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export const usesPostgres = (): boolean => process.env.DATABASE_CLIENT === 'postgres';

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `phuong_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  return usesPostgres() ? createPostgres(name) : createSqlite(name);
}

/** Memory-backed where the machine has it: a throw-away database need not wait for the disk at each commit. */
const SQLITE_DIR = fs.existsSync('/dev/shm') ? '/dev/shm' : path.join(__dirname, '..', '..', '.tmp');

const sqliteFile = (name: string) => path.join(SQLITE_DIR, `${name}.db`);

function createSqlite(name: string): TestDatabase {
  const file = sqliteFile(name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    async drop() {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

function adminConnection(): Client {
  return new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD ?? '',
    database: 'postgres',
  });
}

async function createPostgres(name: string, template?: string): Promise<TestDatabase> {
  const admin = adminConnection();
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
    // A throw-away database need not wait for the disk at each commit (schema creation alone is hundreds of
    // commits). The setting belongs to this database, not to the server, and goes with it at drop.
    await admin.query(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
  } finally {
    await admin.end();
  }
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name, DATABASE_URL: '' },
    async drop() {
      const client = adminConnection();
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * The database's refusal, as text. Not `rejects.toThrow`: better-sqlite3 is a native module loaded once per
 * jest worker, so from the second suite in a worker on its errors are not this suite's `Error` and jest
 * reports "did not throw".
 */
export const refusalOf = (attempt: PromiseLike<unknown>): Promise<string> =>
  Promise.resolve(attempt).then(() => 'no refusal', (error: unknown) => String((error as { message?: string })?.message ?? error));

/**
 * Templates: the database as a first start leaves it, made once per test run and kind of start, then
 * copied for each suite that starts that way (a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on
 * PostgreSQL). Creating ~150 tables and loading the demo data is most of a start; a copy is not. The suite
 * then starts Strapi on the copy as on any existing database, bootstrap and all. Without a run (no
 * PHUONG_TEST_RUN from the global setup) every suite gets an empty database as before.
 */
const TEMPLATE_WAIT_MS = 300_000;

export const TEST_RUN_VARIABLE = 'PHUONG_TEST_RUN';
export const templatePrefix = (run: string): string => `phuong_tpl_${run}_`;
const markerFile = (template: string, state: 'lock' | 'ready' | 'failed') => path.join(os.tmpdir(), `${template}.${state}`);

/**
 * A copy of the template `kind`, which `build` makes on first use (it starts Strapi on the database whose
 * settings it gets, and stops it). The first suite of a run to ask builds it; the others wait for it.
 */
export async function createFromTemplate(kind: string, build: (env: Record<string, string>) => Promise<void>): Promise<TestDatabase> {
  const run = process.env[TEST_RUN_VARIABLE];
  if (!run) return createTestDatabase();
  const template = `${templatePrefix(run)}${kind}`;
  if (claim(markerFile(template, 'lock'))) {
    try {
      const database = usesPostgres() ? await createPostgres(template) : createSqlite(template);
      await build(database.env);
      fs.writeFileSync(markerFile(template, 'ready'), '');
    } catch (error) {
      fs.writeFileSync(markerFile(template, 'failed'), String(error));
      throw error;
    }
  }
  await waitForTemplate(template);
  const name = `phuong_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (usesPostgres()) return createPostgres(name, template);
  const copy = createSqlite(name);
  fs.copyFileSync(sqliteFile(template), sqliteFile(name));
  return copy;
}

function claim(file: string): boolean {
  try {
    fs.closeSync(fs.openSync(file, 'wx'));
    return true;
  } catch {
    return false;
  }
}

async function waitForTemplate(template: string): Promise<void> {
  const until = Date.now() + TEMPLATE_WAIT_MS;
  while (!fs.existsSync(markerFile(template, 'ready'))) {
    if (fs.existsSync(markerFile(template, 'failed'))) throw new Error(`The test database template ${template} could not be made: ${fs.readFileSync(markerFile(template, 'failed'), 'utf8')}`);
    if (Date.now() > until) throw new Error(`The test database template ${template} was not ready after ${TEMPLATE_WAIT_MS / 1000} s`);
    await sleep(200);
  }
}

/** Removes every template of `run` (the global teardown). */
export async function dropTemplates(run: string): Promise<void> {
  const prefix = templatePrefix(run);
  for (const dir of [os.tmpdir(), SQLITE_DIR]) {
    for (const file of fs.readdirSync(dir)) if (file.startsWith(prefix)) fs.rmSync(path.join(dir, file), { force: true });
  }
  const admin = adminConnection();
  try {
    await admin.connect();
  } catch {
    return; // no PostgreSQL here: a SQLite run
  }
  try {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
