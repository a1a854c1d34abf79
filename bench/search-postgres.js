'use strict';
/**
 * node bench/search-postgres.js (after `npm run compile`; on a shared machine under `flock /tmp/bench.lock`):
 * the search index's query on PostgreSQL at 10,000 and 100,000 entries, without the rest of Strapi. Fills a
 * scratch database's search_index through the store itself (ensure, insert) with synthetic folded Vietnamese
 * news, 12.5% of them holding "dong da" (a third of those in the title), then prints the p50 and p90 of 50
 * runs of `dong da` on pages 1 and 100, and the growth from 10k to 100k. The scratch database is dropped at
 * the end. Connection: PGHOST (127.0.0.1), PGUSER (postgres), trust authentication.
 */
const path = require('node:path');
const knexFactory = require('knex');

const ROOT = path.join(__dirname, '..');
const { postgresStore } = require(path.join(ROOT, 'dist/src/public-api/search/index-postgres'));
const { parseQuery } = require(path.join(ROOT, 'dist/src/public-api/search/query'));
const { SEARCHABLE_UIDS } = require(path.join(ROOT, 'dist/src/public-api/search/documents'));

const SIZES = [10_000, 100_000];
const QUERY = process.env.QUERY ?? 'dong da';
const DATABASE = `bench_search_${process.pid}`;
const connection = (database) => ({ host: process.env.PGHOST ?? '127.0.0.1', user: process.env.PGUSER ?? 'postgres', database });

// Folded syllables of ward news; neither "dong" nor "da" among them, so that only the planted ones match.
const SYLLABLES = ('phuong to dan pho khu nha van hoa nguoi can bo ubnd quan ly trat tu thi ve sinh moi truong hoc truong tieu '
  + 'trung tam y te tiem chung phong chong dich benh dang ky ho khau cong an kiem tra hanh chinh thu tuc dat dai xay dung giay '
  + 'phep quy hoach giao thong duong ngo hem cay xanh vien hoi nghi tong ket trao khuyen thi dua tuyen truyen phap luat chuyen '
  + 'doi so gia dinh kho khan qua tet nguyen le van nghe the thao cau long chay cuu chien binh phu nu thanh nien mat tran doan '
  + 'chi dang nghi quyet ke thang nam ngay tuan ra don dep kenh muong rac thai phan loai tai nguon an toan thuc pham kinh doanh '
  + 'ca thue phi bao hiem xa hoi that nghiep lao viec lam dao tao').split(' ');
const PLACES = ['phu lam', 'ha dong', 'van quan', 'mo lao', 'kien hung', 'duong noi', 'yen nghia', 'la khe'];

let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const words = (n) => Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(' ');

function entry(i) {
  const hit = i % 8 === 0;
  const inTitle = hit && random() < 1 / 3;
  const title = `${words(4)} khu ${inTitle ? 'dong da' : PLACES[i % PLACES.length]} ${words(6)} tin ${i + 1}`;
  const body = words(150 + Math.floor(random() * 700)).split(' ');
  if (hit && !inTitle) body.splice(Math.floor(random() * body.length), 0, 'dong', 'da');
  const uid = SEARCHABLE_UIDS[i % 10 < 7 ? 0 : 1 + (i % 4)];
  const text = body.join(' ');
  return { uid, documentId: `doc${i}`, locale: 'vi', site: 1, slug: `tin-${i}`, title, body: text, foldedTitle: title, foldedBody: text };
}

async function fill(db, from, to) {
  for (let i = from; i < to; i += 1000) {
    const rows = [];
    for (let n = i; n < Math.min(to, i + 1000); n += 1) rows.push(entry(n));
    await db.transaction((trx) => postgresStore.insert(trx, rows));
  }
  await db.raw('VACUUM ANALYZE search_index');
}

async function time(db, page) {
  const times = [];
  let result;
  for (let run = 0; run < 55; run += 1) {
    const started = process.hrtime.bigint();
    result = await postgresStore.search(db, parseQuery(QUERY), { uids: SEARCHABLE_UIDS, locale: 'vi', site: 1, limit: 10, offset: (page - 1) * 10 });
    if (run >= 5) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: times[25], p90: times[45], total: result.total, hits: result.hits.length };
}

async function main() {
  const admin = knexFactory({ client: 'pg', connection: connection('postgres') });
  await admin.raw(`CREATE DATABASE ${DATABASE}`);
  const db = knexFactory({ client: 'pg', connection: connection(DATABASE), pool: { min: 1, max: 1 } });
  const p50 = {};
  try {
    await postgresStore.ensure(db);
    let filled = 0;
    for (const size of SIZES) {
      await fill(db, filled, size);
      filled = size;
      for (const page of [1, 100]) {
        const r = await time(db, page);
        if (page === 1) p50[size] = r.p50;
        console.log(`${String(size).padStart(7)} entries, "${QUERY}" page ${page}: p50 ${r.p50.toFixed(1)} ms, p90 ${r.p90.toFixed(1)} ms (total ${r.total}, ${r.hits} hits)`);
      }
    }
    const growth = p50[SIZES[1]] / p50[SIZES[0]];
    console.log(`${p50[SIZES[1]] <= 60 ? 'met ' : 'MISS'}  p50 at 100k ≤ 60 ms: ${p50[SIZES[1]].toFixed(1)} ms`);
    console.log(`${growth <= 1.5 ? 'met ' : 'MISS'}  growth 10k → 100k ≤ 1.5×: ${growth.toFixed(2)}×`);
  } finally {
    await db.destroy();
    await admin.raw(`DROP DATABASE IF EXISTS ${DATABASE}`);
    await admin.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
