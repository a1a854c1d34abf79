'use strict';
// What the PostgreSQL benchmarks (bench:scale, bench:sites) share: the server to generate on, and timing a
// read from one client.
const { Client } = require('pg');
const { strapiEnv } = require('./strapi-env');

const pg = {
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD ?? undefined,
};

async function sql(database, work) {
  const client = new Client({ ...pg, database });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** One client, one request after another for `seconds` (after a second's warm-up): p50, p99 and req/s. */
async function time(port, url, headers = {}, seconds = 4) {
  const get = async () => {
    const res = await fetch(`http://127.0.0.1:${port}${url}`, { headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${body.slice(0, 300)}`);
    return body;
  };
  const warmUntil = Date.now() + 1000;
  let body = await get();
  while (Date.now() < warmUntil) body = await get();
  const samples = [];
  const until = Date.now() + seconds * 1000;
  const began = process.hrtime.bigint();
  while (Date.now() < until || samples.length < 5) {
    const t = process.hrtime.bigint();
    await get();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const elapsed = Number(process.hrtime.bigint() - began) / 1e9;
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { p50: at(0.5), p99: at(0.99), rps: samples.length / elapsed, body };
}

/** A Strapi on a benchmark's PostgreSQL database: no demo staff, no rate limits, the cache off unless `extra` says. */
const postgresEnv = (database, extra = {}) => strapiEnv('', {
  DATABASE_CLIENT: 'postgres', DATABASE_NAME: database, DATABASE_HOST: pg.host, DATABASE_PORT: String(pg.port),
  DATABASE_USERNAME: pg.user, ...(pg.password ? { DATABASE_PASSWORD: pg.password } : {}),
  SEED_DEMO_STAFF: 'false', SEARCH_RATE_LIMIT_PER_MINUTE: '100000000', DOSSIER_LOOKUP_RATE_LIMIT_PER_MINUTE: '100000000',
  RESPONSE_CACHE_ENABLED: 'false', ...extra,
});

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

module.exports = { pg, sql, time, fmt, postgresEnv };
