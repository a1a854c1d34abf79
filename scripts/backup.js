#!/usr/bin/env node
'use strict';
// `npm run backup`: a consistent copy of the configured database, taken while the CMS runs, into BACKUP_DIR
// (default ./backups), named with the date and time. PostgreSQL: `pg_dump -Fc` (restore with pg_restore);
// SQLite: SQLite's online backup (better-sqlite3 `db.backup()`). Prints the file and its size; exits
// non-zero, with the reason, when no complete copy was written. Restore: docs/operations.md, "Backups".
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
// The same settings the server reads: the environment first, then .env for what it does not set.
if (fs.existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'));
const env = (name, fallback = '') => (process.env[name] === undefined || process.env[name] === '' ? fallback : process.env[name]);

/** 2026-12-02T01-47-18Z: sorts by time, one file per run, no characters a file system refuses. */
const stamp = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');

function humanSize(bytes) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit += 1; }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

/** pg_dump with the connection of config/database.ts: DATABASE_URL if set, else the parts. */
function dumpPostgres(target) {
  const url = env('DATABASE_URL');
  const args = ['--format=custom', '--no-owner', `--file=${target}`];
  const childEnv = { ...process.env };
  if (url) args.push(`--dbname=${url}`);
  else {
    args.push(`--host=${env('DATABASE_HOST', '127.0.0.1')}`, `--port=${env('DATABASE_PORT', '5432')}`,
      `--username=${env('DATABASE_USERNAME', 'postgres')}`, `--dbname=${env('DATABASE_NAME', 'phuong_portal')}`);
    if (env('DATABASE_PASSWORD')) childEnv.PGPASSWORD = env('DATABASE_PASSWORD');
  }
  if (env('DATABASE_SSL') === 'true') childEnv.PGSSLMODE = env('DATABASE_SSL_REJECT_UNAUTHORIZED', 'true') === 'true' ? 'verify-full' : 'require';
  if (env('DATABASE_SSL_CA')) childEnv.PGSSLROOTCERT = env('DATABASE_SSL_CA');
  // Never wait for a password prompt: a cron job has nobody to answer it.
  args.push('--no-password');
  return new Promise((resolve, reject) => {
    const child = spawn(env('PG_DUMP', 'pg_dump'), args, { env: childEnv, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', (error) => reject(new Error(`không chạy được pg_dump (${error.message}); cài gói postgresql-client`)));
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`pg_dump dừng với mã ${code ?? signal}`))));
  });
}

/** SQLite's online backup: a consistent copy page by page, while the server keeps writing. */
async function backupSqlite(target) {
  const Database = require('better-sqlite3');
  const source = path.resolve(root, env('DATABASE_FILENAME', '.tmp/data.db'));
  if (!fs.existsSync(source)) throw new Error(`không thấy tệp cơ sở dữ liệu ${source}`);
  const db = new Database(source, { fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
}

async function main() {
  const client = env('DATABASE_CLIENT', 'sqlite');
  if (client !== 'postgres' && client !== 'sqlite') throw new Error(`DATABASE_CLIENT="${client}" không được hỗ trợ`);
  const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), env('BACKUP_DIR', path.join(root, 'backups')));
  fs.mkdirSync(dir, { recursive: true });
  const name = client === 'postgres' ? `${env('DATABASE_NAME', 'phuong_portal')}-${stamp()}.dump` : `${path.basename(env('DATABASE_FILENAME', 'data.db'), '.db')}-${stamp()}.db`;
  const target = path.join(dir, name);
  try {
    if (client === 'postgres') await dumpPostgres(target);
    else await backupSqlite(target);
  } catch (error) {
    // A partial file must not pass for a backup.
    fs.rmSync(target, { force: true });
    throw error;
  }
  const { size } = fs.statSync(target);
  console.log(`Đã sao lưu: ${target} (${humanSize(size)}, ${size} byte)`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Sao lưu không thành công: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
