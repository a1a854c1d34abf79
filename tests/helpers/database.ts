import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
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

function createSqlite(name: string): TestDatabase {
  const file = path.join(SQLITE_DIR, `${name}.db`);
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

async function createPostgres(name: string): Promise<TestDatabase> {
  const admin = adminConnection();
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
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
