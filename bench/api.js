'use strict';
/**
 * npm run bench:api — the public API under load, cache on against the stock path (cache off) and a
 * bare Koa server returning the same JSON. Seeds ARTICLES published articles (default 10,000) into
 * .tmp/bench-api.db, then runs autocannon (20 connections, no pipelining) against a list, one
 * article, a $containsi filter and a search. Not part of CI. BENCH_SECONDS sets each run's length.
 */
const { fork } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');
const { ROOT, strapiEnv } = require('./strapi-env');
const { start: startChild, stop } = require('./children');

const start = async (script, args, env) => (await startChild(script, args, env)).child;

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
const PORTS = { cached: 1350, stock: 1351, koa: 1352 };
const DATABASE = path.join(ROOT, '.tmp', 'bench-api.db');

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function load(port, url) {
  // A short unrecorded run first: JIT warm-up, and the cache's one miss.
  await autocannon({ url: `http://127.0.0.1:${port}${url}`, connections: CONNECTIONS, duration: 2, pipelining: 1 });
  const result = await autocannon({ url: `http://127.0.0.1:${port}${url}`, connections: CONNECTIONS, duration: SECONDS, pipelining: 1 });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.non2xx + result.errors + result.timeouts };
}

async function main() {
  fs.mkdirSync(path.dirname(DATABASE), { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${DATABASE}${suffix}`, { force: true });
  console.log(`Seeding the demo data and ${ARTICLES} published articles…`);
  const seeded = fork(path.join(__dirname, 'seed.js'), [String(ARTICLES)], { env: strapiEnv(DATABASE), stdio: 'inherit' });
  await new Promise((resolve, reject) => seeded.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed exited with ${code}`)))));

  const results = {};
  const rss = {};
  let scenarios;
  let bodies;
  for (const mode of ['stock', 'cached']) {
    const env = strapiEnv(DATABASE, { PORT: String(PORTS[mode]), RESPONSE_CACHE_ENABLED: String(mode === 'cached'), SEARCH_RATE_LIMIT_PER_MINUTE: '100000000' });
    const server = await start('server.js', [], env);
    if (!scenarios) {
      const list = await (await fetch(`http://127.0.0.1:${PORTS[mode]}/api/articles?pagination[pageSize]=10`)).json();
      scenarios = {
        list: '/api/articles?pagination[pageSize]=10',
        single: `/api/articles/${list.data[3].documentId}`,
        filtered: `/api/articles?filters[title][$containsi]=${encodeURIComponent('Đống Đa')}&pagination[pageSize]=10`,
        search: `/api/search?q=${encodeURIComponent('dong da')}`,
      };
      bodies = {};
      for (const [name, url] of Object.entries(scenarios)) bodies[url] = await (await fetch(`http://127.0.0.1:${PORTS[mode]}${url}`)).text();
      const filtered = JSON.parse(bodies[scenarios.filtered]).meta.pagination.total;
      const found = JSON.parse(bodies[scenarios.search]).meta.pagination.total;
      const accented = await (await fetch(`http://127.0.0.1:${PORTS[mode]}/api/search?q=${encodeURIComponent('Đống Đa')}`)).json();
      console.log(`$containsi "Đống Đa" finds ${filtered}; search "dong da" (no accents) finds ${found}, "Đống Đa" ${accented.meta.pagination.total}.`);
    }
    rss[mode] = rssMb(server.pid);
    for (const [name, url] of Object.entries(scenarios)) {
      results[`${name} ${mode}`] = await load(PORTS[mode], url);
      rss[mode] = Math.max(rss[mode], rssMb(server.pid));
    }
    await stop(server);
  }
  const file = path.join(os.tmpdir(), `bench-api-bodies-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(bodies));
  const koa = await start('bare-koa.js', [file], { ...process.env, PORT: String(PORTS.koa) });
  for (const [name, url] of Object.entries(scenarios)) results[`${name} koa`] = await load(PORTS.koa, url);
  await stop(koa);
  fs.rmSync(file, { force: true });

  const row = (label, r) => `${label.padEnd(18)} ${r.rps.toFixed(0).padStart(8)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.failed).padStart(7)}`;
  console.log(`\n${ARTICLES} articles, ${CONNECTIONS} connections, ${SECONDS} s per run, ${os.cpus().length} CPUs, Node ${process.version}`);
  console.log(`${'scenario'.padEnd(18)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)}`);
  for (const name of Object.keys(scenarios)) for (const mode of ['stock', 'cached', 'koa']) console.log(row(`${name} ${mode}`, results[`${name} ${mode}`]));
  console.log(`\nRSS (max during the runs): cache on ${rss.cached.toFixed(0)} MB, cache off ${rss.stock.toFixed(0)} MB`);

  const ratio = (a, b) => results[a].rps / results[b].rps;
  const checks = [
    ['cached list ≥ 15× stock', ratio('list cached', 'list stock'), 15],
    ['cached single ≥ 15× stock', ratio('single cached', 'single stock'), 15],
    ['cached list ≥ 50% of bare Koa', ratio('list cached', 'list koa'), 0.5],
    ['cached single ≥ 50% of bare Koa', ratio('single cached', 'single koa'), 0.5],
    ['search (cache off) ≥ 10× stock $containsi', ratio('search stock', 'filtered stock'), 10],
    ['search (cache on) ≥ 10× stock $containsi', ratio('search cached', 'filtered stock'), 10],
  ];
  console.log('');
  for (const [label, value, target] of checks) console.log(`${value >= target ? 'met ' : 'MISS'}  ${label}: ${value.toFixed(2)}`);
  const failed = Object.values(results).reduce((sum, r) => sum + r.failed, 0);
  console.log(`${failed === 0 ? 'met ' : 'MISS'}  no error responses: ${failed}`);
  // The target is the server as deployed (cache on); the stock path's figure is printed above for reference.
  console.log(`${rss.cached < 500 ? 'met ' : 'MISS'}  RSS under 500 MB (cache on): ${rss.cached.toFixed(0)} MB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
