'use strict';
/**
 * npm run bench:scale — the CMS at a city ward's scale, on PostgreSQL: 10,000 and 100,000 articles (100,000
 * and 1,000,000 dossiers, five years of daily reports) side by side in one run, the cache off (the path of
 * every first read after a publication). Generates both databases (bench/scale/generate.js), starts one
 * Strapi on each, and times each read from one client (p50/p99 over BENCH_SECONDS per read, req/s), with the
 * same bodies served by a bare Koa server for reference; then start-up and a 50,000-row dossier import. Ends
 * with one line per target: met or MISS with the figure.
 *
 * BENCH_REUSE=true keeps the databases of an earlier run (no generation). Not part of CI.
 * PostgreSQL: DATABASE_HOST/PORT/USERNAME/PASSWORD (default postgres@127.0.0.1:5432).
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT } = require('./strapi-env');
const { start, stop } = require('./children');
const { sql, time: timeReads, fmt, postgresEnv } = require('./timing');
const generate = require('./scale/generate');
const { ACCOUNTS, PASSWORD } = require('./scale/accounts');
const { writeCsv } = require('./dossier-file');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const REUSE = process.env.BENCH_REUSE === 'true';
const SIZES = [
  { name: '10k', articles: 10_000, dossiers: 100_000, database: 'bench_scale_10k', port: 1370 },
  { name: '100k', articles: 100_000, dossiers: 1_000_000, database: 'bench_scale_100k', port: 1371 },
];
const KOA_PORT = 1372;
const IMPORT_ROWS = 50_000;

const envOf = (size, extra = {}) => postgresEnv(size.database, extra);

/** Runs a child script to its end; its last stdout line is JSON. */
function runChild(script, args, env) {
  const out = execFileSync(process.execPath, [path.join(__dirname, script), ...args], { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString().trim().split('\n').pop());
}

const timed = async (label, work) => {
  const started = Date.now();
  const result = await work();
  console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
};

async function prepare() {
  await sql('postgres', async (client) => {
    for (const size of SIZES) await client.query(`DROP DATABASE IF EXISTS ${size.database} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${SIZES[0].database}`);
  });
  const started = Date.now();
  console.log('Generating the databases…');
  await timed('schema and demo data (first start)', () => runChild('scale/prepare.js', [], envOf(SIZES[0], { SEED_DEMO_DATA: 'true' })));
  let done = { articles: 0, dossiers: 0 };
  for (const [index, size] of SIZES.entries()) {
    if (index > 0) {
      await sql('postgres', (client) => client.query(`CREATE DATABASE ${size.database} TEMPLATE ${SIZES[index - 1].database}`));
    }
    await sql(size.database, async (client) => {
      await timed(`${size.name}: articles ${done.articles}–${size.articles}`, () => generate.articles(client, done.articles, size.articles));
      await timed(`${size.name}: dossiers ${done.dossiers}–${size.dossiers}`, () => generate.dossiers(client, done.dossiers, size.dossiers));
      if (index === 0) {
        await timed(`${size.name}: five years of reports`, async () => {
          await generate.reports(client);
          await generate.reportFields(client);
        });
      }
    });
    const { indexSeconds } = runChild('scale/prepare.js', [], envOf(size));
    console.log(`  ${size.name}: search index of the articles rebuilt in ${indexSeconds.toFixed(1)} s`);
    await sql(size.database, (client) => timed(`${size.name}: VACUUM ANALYZE`, () => client.query('VACUUM ANALYZE')));
    done = { articles: size.articles, dossiers: size.dossiers };
  }
  console.log(`Generated in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

const time = (port, url, headers = {}) => timeReads(port, url, headers, SECONDS);

async function signIn(port) {
  const tokens = {};
  for (const { email, role } of ACCOUNTS) {
    const res = await fetch(`http://127.0.0.1:${port}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
    tokens[role] = { authorization: `Bearer ${(await res.json()).data.token}` };
  }
  return tokens;
}

/** The reads, as the site, a citizen, another site and the staff make them. `public` ones get a bare Koa twin. */
async function scenarios(size, port, tokens) {
  const json = async (url, headers) => (await fetch(`http://127.0.0.1:${port}${url}`, { headers })).json();
  const list = await json('/api/articles?pagination[pageSize]=10');
  const config = await json('/content-manager/content-types/api::article.article/configuration', tokens['super-admin']);
  const { defaultSortBy, defaultSortOrder } = config.data.contentType.settings;
  const code = await sql(size.database, async (c) => (await c.query('SELECT code FROM dossiers ORDER BY id DESC LIMIT 1 OFFSET 777')).rows[0].code);
  const year = new Date().getUTCFullYear() - 1;
  return [
    { name: 'list page 1', public: true, url: '/api/articles?pagination[pageSize]=10' },
    { name: 'list page 400', public: true, url: '/api/articles?pagination[pageSize]=10&pagination[page]=400' },
    // The same two without the exact total (Strapi's pagination[withCount]=false): what the count costs.
    { name: 'list page 1, no count', public: true, url: '/api/articles?pagination[pageSize]=10&pagination[withCount]=false' },
    { name: 'list page 400, no count', public: true, url: '/api/articles?pagination[pageSize]=10&pagination[page]=400&pagination[withCount]=false' },
    { name: 'single', public: true, url: `/api/articles/${list.data[3].documentId}` },
    { name: 'filtered list', public: true, url: `/api/articles?filters[title][$containsi]=${encodeURIComponent('Đống Đa')}&pagination[pageSize]=10` },
    { name: 'filtered list, no count', public: true, url: `/api/articles?filters[title][$containsi]=${encodeURIComponent('Đống Đa')}&pagination[pageSize]=10&pagination[withCount]=false` },
    { name: 'search', public: true, url: `/api/search?q=${encodeURIComponent('dong da')}` },
    { name: 'search (cached)', public: true, cached: true, url: `/api/search?q=${encodeURIComponent('dong da')}` },
    { name: 'dossier lookup', public: true, url: `/api/dossiers/lookup/${encodeURIComponent(code)}` },
    {
      name: `reports ${year} (months)`, public: true,
      url: `/api/dossier-reports?filters[period][$eq]=month&filters[periodStart][$gte]=${year}-01-01&filters[periodStart][$lte]=${year}-12-31&populate[field][fields][0]=name&sort[0]=periodStart:asc&pagination[pageSize]=100`,
    },
    {
      name: 'Content Manager list', headers: tokens['super-admin'],
      url: `/content-manager/collection-types/api::article.article?page=1&pageSize=10&sort=${defaultSortBy}:${defaultSortOrder}&locale=vi`,
    },
    { name: 'workflow queue', headers: tokens['ew-board'], url: '/editorial-workflow/queue' },
    { name: `workflow stats ${year}`, headers: tokens['super-admin'], url: `/editorial-workflow/stats?from=${year}-01-01&to=${year}-12-31` },
  ];
}

async function main() {
  if (!REUSE) await prepare();
  else console.log('BENCH_REUSE=true: measuring the databases of an earlier run.');
  const counts = await Promise.all(SIZES.map((size) => sql(size.database, async (c) => (await c.query(
    `SELECT (SELECT count(*) FROM articles WHERE published_at IS NOT NULL) AS published, (SELECT count(*) FROM articles) AS rows,
       (SELECT count(*) FROM dossiers) AS dossiers, (SELECT count(*) FROM dossier_reports) AS reports`,
  )).rows[0])));
  for (const [i, size] of SIZES.entries()) {
    const c = counts[i];
    console.log(`${size.name}: ${c.published} published article rows (${c.rows} rows with drafts), ${c.dossiers} dossiers, ${c.reports} reports`);
  }

  // Start-up: each database started twice, the second start is the one that counts (the first may migrate).
  const startup = {};
  const servers = {};
  for (const size of SIZES) {
    const first = await start('server.js', [], envOf(size, { PORT: String(size.port) }));
    await stop(first.child);
    const second = await start('server.js', [], envOf(size, { PORT: String(size.port) }));
    startup[size.name] = { first: first.seconds, second: second.seconds };
    servers[size.name] = second.child;
  }
  const cached = {};
  for (const size of SIZES) cached[size.name] = (await start('server.js', [], envOf(size, { PORT: String(size.port + 10), RESPONSE_CACHE_ENABLED: 'true' }))).child;

  const tokens = {};
  for (const size of SIZES) tokens[size.name] = await signIn(size.port);
  const plans = {};
  for (const size of SIZES) plans[size.name] = await scenarios(size, size.port, tokens[size.name]);

  const results = {};
  const bodies = {};
  for (const [i, scenario] of plans['10k'].entries()) {
    results[scenario.name] = {};
    for (const size of SIZES) {
      const s = plans[size.name][i];
      const port = s.cached ? size.port + 10 : size.port;
      results[scenario.name][size.name] = await time(port, s.url, s.headers);
      if (s.public && size.name === '100k') bodies[s.url] = results[scenario.name][size.name].body;
    }
  }
  const meta = {
    search: JSON.parse(results.search['100k'].body).meta.pagination.total,
    filtered: JSON.parse(results['filtered list']['100k'].body).meta.pagination.total,
    queue: JSON.parse(results['workflow queue']['100k'].body).data?.length ?? JSON.parse(results['workflow queue']['100k'].body).length,
  };
  for (const server of [...Object.values(servers), ...Object.values(cached)]) await stop(server);

  const file = path.join(os.tmpdir(), `bench-scale-bodies-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(bodies));
  const koa = await start('bare-koa.js', [file], { ...process.env, PORT: String(KOA_PORT) });
  const koaResults = {};
  for (const s of plans['100k'].filter((p) => p.public)) koaResults[s.name] = await time(KOA_PORT, s.url);
  await stop(koa.child);
  fs.rmSync(file, { force: true });

  // The import: 50,000 new dossiers into each database (the 100k one holds a million already).
  const csv = path.join(os.tmpdir(), `bench-scale-${process.pid}.csv`);
  writeCsv(csv, IMPORT_ROWS);
  const imports = {};
  for (const size of SIZES) {
    // New rows every run (BENCH_REUSE would otherwise find the file's codes imported already).
    await sql(size.database, (client) => client.query("DELETE FROM dossiers WHERE code LIKE 'H26.45.16-0%'"));
    imports[size.name] = runChild('scale/import.js', [csv], envOf(size));
  }
  fs.rmSync(csv, { force: true });

  console.log(`\nPostgreSQL, cache off unless marked; one client, ${SECONDS} s per read; ${os.cpus().length} CPUs, Node ${process.version}`);
  console.log(`"dong da" search finds ${meta.search}; the "Đống Đa" title filter ${meta.filtered}; the board's queue holds ${meta.queue} items.`);
  const head = ['read', '10k p50', 'p99', 'req/s', '100k p50', 'p99', 'req/s', 'growth', 'Koa req/s'];
  const widths = [26, 8, 7, 7, 9, 7, 7, 7, 10];
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' ');
  console.log(line(head));
  const growth = {};
  for (const [name, r] of Object.entries(results)) {
    growth[name] = r['100k'].p50 / r['10k'].p50;
    console.log(line([name, fmt(r['10k'].p50), fmt(r['10k'].p99), r['10k'].rps.toFixed(0), fmt(r['100k'].p50), fmt(r['100k'].p99), r['100k'].rps.toFixed(0),
      `${growth[name].toFixed(2)}×`, koaResults[name] ? koaResults[name].rps.toFixed(0) : '']));
  }
  for (const size of SIZES) {
    console.log(`start-up ${size.name}: ${startup[size.name].second.toFixed(1)} s (first start after generation ${startup[size.name].first.toFixed(1)} s)`);
  }
  for (const size of SIZES) {
    const r = imports[size.name];
    console.log(`import ${size.name}: ${r.rows} CSV rows in ${r.seconds.toFixed(1)} s = ${r.rowsPerSecond.toFixed(0)} rows/s`);
  }

  const p50 = (name) => results[name]['100k'].p50;
  const checks = [
    ['uncached list page 1 p50 ≤ 60 ms', p50('list page 1'), (v) => v <= 60, 'ms'],
    ['uncached filtered list p50 ≤ 60 ms', p50('filtered list'), (v) => v <= 60, 'ms'],
    ['uncached search p50 ≤ 60 ms', p50('search'), (v) => v <= 60, 'ms'],
    ['Content Manager list p50 ≤ 300 ms', p50('Content Manager list'), (v) => v <= 300, 'ms'],
    ['workflow queue p50 ≤ 200 ms', p50('workflow queue'), (v) => v <= 200, 'ms'],
    ['dossier lookup p50 ≤ 10 ms', p50('dossier lookup'), (v) => v <= 10, 'ms'],
    ['start-up ≤ 15 s', startup['100k'].second, (v) => v <= 15, 's'],
    ['import ≥ 5,000 rows/s (CSV)', imports['100k'].rowsPerSecond, (v) => v >= 5000, 'rows/s'],
    ...Object.entries(growth).map(([name, g]) => [`growth 10k → 100k ≤ 1.5×: ${name}`, g, (v) => v <= 1.5, '×']),
  ];
  console.log('');
  for (const [label, value, ok, unit] of checks) console.log(`${ok(value) ? 'met ' : 'MISS'}  ${label}: ${unit === 'ms' ? fmt(value) : value.toFixed(unit === '×' ? 2 : unit === 's' ? 1 : 0)} ${unit}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
