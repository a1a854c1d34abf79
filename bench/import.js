#!/usr/bin/env node
// `npm run bench:import`: 50,000 dossier rows as XLSX and CSV, imported on SQLite and on PostgreSQL by
// our importer, and, in the same run, by the naive path (one strapi.documents().create() per row) on a
// 2,000-row sample, extrapolated. Each measurement runs in its own process on a fresh database, so its
// peak RSS is its own. PostgreSQL: DATABASE_HOST/PORT/USERNAME/PASSWORD (default postgres@127.0.0.1:5432);
// skipped with a note when unreachable. Not part of CI.
const { spawnSync } = require('node:child_process');
const { IMPORT_NODE_FLAGS } = require('../scripts/import-memory');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');
const { writeCsv, writeXlsx } = require('./dossier-file');

const ROWS = 50_000;
const SAMPLE = 2_000;
const TARGET_ROWS_PER_S = 2_000;
const TARGET_RSS_MB = 500;
const TARGET_REPORT_S = 5;
const dir = path.join(__dirname, '..', '.tmp', 'bench');

const pgConfig = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD ?? undefined,
  database: 'postgres',
});

async function postgresReachable() {
  const client = new Client(pgConfig());
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs one measurement in a child process on a fresh database; returns what it printed as JSON. */
async function measure(database, mode, file) {
  const name = `bench_import_${process.pid}_${mode}_${path.extname(file).slice(1)}`;
  const env = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'error', STRAPI_TELEMETRY_DISABLED: 'true', SEED_DEMO_DATA: 'true', SEED_DEMO_STAFF: 'false', CRON_ENABLED: 'false' };
  let drop = async () => {};
  if (database === 'sqlite') {
    const filename = path.join(dir, `${name}.db`);
    Object.assign(env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename });
    drop = async () => fs.rmSync(filename, { force: true });
  } else {
    const admin = new Client(pgConfig());
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    Object.assign(env, { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name, DATABASE_HOST: pgConfig().host, DATABASE_PORT: String(pgConfig().port), DATABASE_USERNAME: pgConfig().user });
    drop = async () => {
      const client = new Client(pgConfig());
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  try {
    // Under the same memory budget as `npm run import:dossiers`.
    const child = spawnSync(process.execPath, [...IMPORT_NODE_FLAGS, path.join(__dirname, 'measure.js'), mode, file, String(SAMPLE)], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    // The result line is printed before Strapi shuts down; a failure after it does not void the figures.
    const result = child.stdout.trim().split('\n').pop();
    if (!result?.startsWith('{')) throw new Error(`${database} ${mode} failed:\n${child.stderr}`);
    return JSON.parse(result);
  } finally {
    await drop();
  }
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

async function main() {
  fs.mkdirSync(dir, { recursive: true });
  const csv = path.join(dir, `dossiers-${ROWS}.csv`);
  const xlsx = path.join(dir, `dossiers-${ROWS}.xlsx`);
  let started = Date.now();
  writeCsv(csv, ROWS);
  await writeXlsx(xlsx, ROWS);
  console.log(`Generated ${fmt(ROWS)} rows: ${path.relative(process.cwd(), csv)} (${fmt(fs.statSync(csv).size / 1e6, 1)} MB), ${path.relative(process.cwd(), xlsx)} (${fmt(fs.statSync(xlsx).size / 1e6, 1)} MB) in ${fmt((Date.now() - started) / 1000, 1)} s`);

  const databases = ['sqlite'];
  if (await postgresReachable()) databases.push('postgres');
  else console.log('PostgreSQL unreachable (DATABASE_HOST/PORT/USERNAME): measured on SQLite only.');

  const lines = [];
  let allOk = true;
  for (const database of databases) {
    for (const file of [xlsx, csv]) {
      started = Date.now();
      const ours = await measure(database, 'ours', file);
      // The throughput target is the issue's, for SQLite; memory and reports hold on both databases.
      const ok = (database !== 'sqlite' || ours.rowsPerSecond >= TARGET_ROWS_PER_S) && ours.peakRssMb < TARGET_RSS_MB && ours.yearReportSeconds < TARGET_REPORT_S;
      allOk &&= ok;
      lines.push(`${database.padEnd(8)} ours   ${path.extname(file).slice(1).padEnd(4)} ${fmt(ours.rows).padStart(7)} rows  ${fmt(ours.seconds, 1).padStart(6)} s  ${fmt(ours.rowsPerSecond).padStart(7)} rows/s  peak RSS ${fmt(ours.peakRssMb).padStart(4)} MB  | re-import ${fmt(ours.reimportSeconds, 1)} s (${ours.reimportChanged} changed)  | year of reports ${fmt(ours.yearReportSeconds, 2)} s (${fmt(ours.reportRows)} rows)  ${verdict(ok)}`);
      console.log(lines[lines.length - 1]);
    }
    const naive = await measure(database, 'naive', csv);
    lines.push(`${database.padEnd(8)} naive  csv  ${fmt(naive.rows).padStart(7)} rows  ${fmt(naive.seconds, 1).padStart(6)} s  ${fmt(naive.rowsPerSecond).padStart(7)} rows/s  peak RSS ${fmt(naive.peakRssMb).padStart(4)} MB  | 50,000 rows extrapolated: ${fmt(ROWS / naive.rowsPerSecond)} s`);
    console.log(lines[lines.length - 1]);
  }
  console.log(`\nTargets: ours >= ${fmt(TARGET_ROWS_PER_S)} rows/s on SQLite, peak RSS < ${TARGET_RSS_MB} MB, a year of reports < ${TARGET_REPORT_S} s: ${allOk ? 'all met' : 'NOT all met'}`);
  process.exitCode = allOk ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
