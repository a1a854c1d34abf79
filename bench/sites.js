'use strict';
/**
 * npm run bench:sites — one installation for a city: 126 wards × 1,000 articles, against one ward of 1,000
 * articles, on PostgreSQL, in the same run. Each database is generated (bench/scale/generate.js) and served by
 * its own Strapi with the cache off (the path of every first read after a publication); a ward's public reads
 * (`?site=<code>`, as a ward's static site or another site asks) are timed from one client, p50/p99 side by
 * side. Ends with one line per target: met or MISS with the figure.
 *
 * BENCH_REUSE=true keeps the databases of an earlier run (no generation). Not part of CI.
 */
const { execFileSync } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');
const { ROOT } = require('./strapi-env');
const { start, stop } = require('./children');
const { sql, time, fmt, postgresEnv } = require('./timing');
const generate = require('./scale/generate');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const REUSE = process.env.BENCH_REUSE === 'true';
const PER_SITE = 1_000;
const CITY_SITES = 126;
const SETUPS = [
  { name: 'one ward', sites: 1, database: 'bench_sites_one', port: 1380 },
  { name: '126 wards', sites: CITY_SITES, database: 'bench_sites_city', port: 1381 },
];
/** The ward whose reads are timed in the city: one in the middle, neither the first nor the last rows. */
const MEASURED = 77;

const envOf = (setup, extra = {}) => postgresEnv(setup.database, extra);

function runChild(script, env) {
  const out = execFileSync(process.execPath, [path.join(__dirname, script)], { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.toString().trim().split('\n').pop());
}

/** The city's other wards: copies of the first site with their own code, name and domain. */
async function addSites(client, count) {
  await client.query(
    `INSERT INTO site_settings (document_id, code, ward_name, site_title, address, phone, email, person_responsible, domains, created_at, updated_at)
     SELECT 'benchsite' || lpad(k::text, 15, '0'), (10000 + k)::text, 'Phường thử ' || k, 'Trang thông tin điện tử phường thử ' || k,
       address, phone, email, person_responsible, 'phuong-' || k || '.bench.localhost', now(), now()
     FROM site_settings, generate_series(1, $1::int) k WHERE site_settings.id = (SELECT min(id) FROM site_settings)`,
    [count],
  );
  return (await client.query('SELECT id, code FROM site_settings ORDER BY id')).rows;
}

async function prepare() {
  await sql('postgres', async (client) => {
    for (const setup of SETUPS) await client.query(`DROP DATABASE IF EXISTS ${setup.database} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${SETUPS[0].database}`);
  });
  const started = Date.now();
  console.log('Generating the databases…');
  runChild('scale/prepare.js', envOf(SETUPS[0], { SEED_DEMO_DATA: 'true' }));
  await sql('postgres', (client) => client.query(`CREATE DATABASE ${SETUPS[1].database} TEMPLATE ${SETUPS[0].database}`));
  for (const setup of SETUPS) {
    await sql(setup.database, async (client) => {
      const sites = setup.sites > 1 ? await addSites(client, setup.sites - 1) : (await client.query('SELECT id, code FROM site_settings ORDER BY id')).rows;
      await generate.articles(client, 0, setup.sites * PER_SITE, { sites: sites.map((site) => site.id), perSite: PER_SITE });
    });
    const { indexSeconds } = runChild('scale/prepare.js', envOf(setup));
    await sql(setup.database, (client) => client.query('VACUUM ANALYZE'));
    console.log(`  ${setup.name}: ${setup.sites * PER_SITE} articles; search index rebuilt in ${indexSeconds.toFixed(1)} s`);
  }
  console.log(`Generated in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

/** A ward's public reads, as its static site and other sites make them. */
async function scenarios(port, code) {
  const site = `site=${code}`;
  const list = await (await fetch(`http://127.0.0.1:${port}/api/articles?${site}&pagination[pageSize]=10`)).json();
  return [
    { name: 'list page 1', url: `/api/articles?${site}&pagination[pageSize]=10` },
    { name: 'list page 50', url: `/api/articles?${site}&pagination[pageSize]=10&pagination[page]=50` },
    { name: 'single', url: `/api/articles/${list.data[3].documentId}?${site}` },
    { name: 'filtered list', url: `/api/articles?${site}&filters[title][$containsi]=${encodeURIComponent('Đống Đa')}&pagination[pageSize]=10` },
    { name: 'search', url: `/api/search?${site}&q=${encodeURIComponent('dong da')}` },
    { name: 'site settings', url: `/api/site-setting?${site}` },
  ];
}

async function main() {
  if (!REUSE) await prepare();
  else console.log('BENCH_REUSE=true: measuring the databases of an earlier run.');
  const codes = {};
  // The ward the articles were generated into: the first site of one ward (the demo's other two wards hold
  // a handful each), the 77th of the city.
  for (const setup of SETUPS) {
    codes[setup.name] = await sql(setup.database, async (client) => {
      const { rows } = await client.query('SELECT code FROM site_settings ORDER BY id');
      return rows[setup.sites > 1 ? MEASURED - 1 : 0].code;
    });
  }
  const servers = {};
  const plans = {};
  const results = {};
  // The servers are stopped however the run ends, so a failed run leaves no Strapi holding the ports.
  try {
    for (const setup of SETUPS) {
      servers[setup.name] = (await start('server.js', [], envOf(setup, { PORT: String(setup.port) }))).child;
      plans[setup.name] = await scenarios(setup.port, codes[setup.name]);
    }
    for (const [i, scenario] of plans[SETUPS[0].name].entries()) {
      results[scenario.name] = {};
      for (const setup of SETUPS) results[scenario.name][setup.name] = await time(setup.port, plans[setup.name][i].url, {}, SECONDS);
    }
  } finally {
    for (const server of Object.values(servers)) await stop(server);
  }
  // What each ward's reads return: the city's ward must see its 1,000 articles only.
  const total = (name) => JSON.parse(results['list page 1'][name].body).meta.pagination.total;

  console.log(`\nPostgreSQL, cache off; one client, ${SECONDS} s per read; ${os.cpus().length} CPUs, Node ${process.version}`);
  console.log(`ward ${codes[SETUPS[0].name]} of one ward lists ${total(SETUPS[0].name)} articles; ward ${codes[SETUPS[1].name]} of ${CITY_SITES} lists ${total(SETUPS[1].name)}.`);
  const widths = [16, 10, 7, 7, 11, 7, 7, 7];
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' ');
  console.log(line(['read', '1 ward p50', 'p99', 'req/s', '126 p50', 'p99', 'req/s', 'ratio']));
  const ratios = {};
  for (const [name, r] of Object.entries(results)) {
    const [one, city] = [r[SETUPS[0].name], r[SETUPS[1].name]];
    ratios[name] = city.p50 / one.p50;
    console.log(line([name, fmt(one.p50), fmt(one.p99), one.rps.toFixed(0), fmt(city.p50), fmt(city.p99), city.rps.toFixed(0), `${ratios[name].toFixed(2)}×`]));
  }
  console.log('');
  const checks = [
    [`a ward of ${CITY_SITES} sees only its own ${PER_SITE}+ articles`, total(SETUPS[1].name) < 2 * PER_SITE, `${total(SETUPS[1].name)}`],
    ...Object.entries(ratios).map(([name, ratio]) => [`${name}: 126 wards ≤ 1.5× one ward`, ratio <= 1.5, `${ratio.toFixed(2)}×`]),
    ...Object.entries(results).map(([name, r]) => [`${name}: p50 ≤ 60 ms with 126 wards`, r[SETUPS[1].name].p50 <= 60, `${fmt(r[SETUPS[1].name].p50)} ms`]),
  ];
  for (const [label, ok, value] of checks) console.log(`${ok ? 'met ' : 'MISS'}  ${label}: ${value}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
