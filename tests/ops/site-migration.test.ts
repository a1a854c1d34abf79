import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';
import { createTestDatabase, usesPostgres, type TestDatabase } from '../helpers/database';
import { TEST_ENV } from '../helpers/strapi';
import { layoutOf } from '../../src/lib/table-layout';
import { SITE_UID, siteOwnedUids } from '../../src/sites/owned';
import { TRANSLATED_FIELDS } from '../../src/sites/translations';


// A database seeded by the code from before sites (feec937: demo data, demo staff's items in every state, a
// workflow log, an emblem on the settings; tests/fixtures/pre-sites/make.js makes it) started by today's code:
// it becomes site 1 with nothing lost, the public API answers as the old code did, and a second start changes
// nothing. On PostgreSQL the dump carries the old code's guard triggers, active during the migration.
const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'pre-sites');
const ENGINE = usesPostgres() ? 'pg' : 'sqlite';
const ANSWERS = JSON.parse(fs.readFileSync(path.join(FIXTURES, `answers.${ENGINE}.json`), 'utf8')) as Record<string, { status: number; body: unknown }>;

type Row = Record<string, unknown>;
interface Raw { raw(sql: string, bindings?: unknown[]): Promise<unknown> }
const rowsOf = (result: unknown): Row[] => (Array.isArray(result) ? (result as Row[]) : ((result as { rows: Row[] }).rows ?? []));

function restore(database: TestDatabase): void {
  if (usesPostgres()) {
    const sql = zlib.gunzipSync(fs.readFileSync(path.join(FIXTURES, 'seeded.pg.sql.gz')));
    const host = process.env.DATABASE_HOST ?? '127.0.0.1';
    const user = process.env.DATABASE_USERNAME ?? 'postgres';
    execFileSync('psql', ['-h', host, '-p', process.env.DATABASE_PORT ?? '5432', '-U', user, '-d', database.env.DATABASE_NAME, '-q', '-v', 'ON_ERROR_STOP=1'], { input: sql, stdio: ['pipe', 'ignore', 'pipe'] });
  } else {
    fs.writeFileSync(database.env.DATABASE_FILENAME, zlib.gunzipSync(fs.readFileSync(path.join(FIXTURES, 'seeded.sqlite.gz'))));
  }
}

async function boot(database: TestDatabase): Promise<Core.Strapi> {
  Object.assign(process.env, TEST_ENV, database.env, { SEED_DEMO_DATA: 'false', SEED_DEMO_STAFF: 'false' });
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  strapi.server.mount();
  return strapi;
}

const connectionOf = (strapi: Core.Strapi) => strapi.db.connection as unknown as Raw;

async function tableNames(connection: Raw): Promise<string[]> {
  const sql = usesPostgres()
    ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
  return rowsOf(await connection.raw(sql)).map((row) => String(row.name)).sort();
}

async function countsOf(connection: Raw, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number(rowsOf(await connection.raw(`SELECT count(*) AS n FROM "${table}"`))[0].n);
  return counts;
}

// Derived at every start: permissions from the schemas, staff roles from the roles table (which gained the
// city's role with sites).
const DERIVED = ['admin::permission', 'plugin::users-permissions.permission', 'admin::role'];

/** The tables of every content type and of their relations, from today's metadata (the site links apart). */
function contentTables(strapi: Core.Strapi): { entries: string[]; links: string[] } {
  const entries = new Set<string>();
  const links = new Set<string>();
  for (const uid of Object.keys(strapi.contentTypes)) {
    // Permissions are derived from the schemas at every start (the settings' actions go, the sites' come).
    if (DERIVED.includes(uid)) continue;
    const meta = strapi.db.metadata.get(uid) as unknown as { tableName: string; attributes: Record<string, { target?: string; joinTable?: { name: string } }> };
    if (uid !== SITE_UID) entries.add(meta.tableName);
    for (const attribute of Object.values(meta.attributes)) {
      if (attribute.joinTable && attribute.target !== SITE_UID && !DERIVED.includes(attribute.target ?? '') !== (attribute.target === 'admin::role')) links.add(attribute.joinTable.name);
    }
  }
  return { entries: [...entries].sort(), links: [...links].sort() };
}

/** Everything of every table, for "a second start changes nothing" (counts alone would miss an update). */
async function snapshot(connection: Raw, tables: string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const rows = rowsOf(await connection.raw(`SELECT * FROM "${table}"`));
    result[table] = rows.map((row) => JSON.stringify(row)).sort().join('\n');
  }
  return result;
}

describe(`a database from before sites becomes site 1 (${ENGINE})`, () => {
  let database: TestDatabase;
  let strapi: Core.Strapi;
  let before: { tables: string[]; counts: Record<string, number>; settings: Row[]; emblemLinks: Row[] };

  beforeAll(async () => {
    database = await createTestDatabase();
    restore(database);
    // Read the old database as it is, through a bare connection of the same engine.
    const knex = (await import('knex')).default(usesPostgres()
      ? { client: 'pg', connection: { host: process.env.DATABASE_HOST ?? '127.0.0.1', port: Number(process.env.DATABASE_PORT ?? 5432), user: process.env.DATABASE_USERNAME ?? 'postgres', database: database.env.DATABASE_NAME } }
      : { client: 'better-sqlite3', connection: { filename: database.env.DATABASE_FILENAME }, useNullAsDefault: true });
    try {
      const old = knex as unknown as Raw;
      const tables = await tableNames(old);
      before = {
        tables,
        counts: await countsOf(old, tables),
        settings: rowsOf(await old.raw('SELECT * FROM site_settings ORDER BY id')),
        emblemLinks: rowsOf(await old.raw("SELECT * FROM files_related_mph WHERE related_type = 'api::site-setting.site-setting' ORDER BY related_id")),
      };
    } finally {
      await knex.destroy();
    }
    strapi = await boot(database);
  }, 300_000);

  afterAll(async () => {
    await strapi?.destroy();
    await database?.drop();
  });

  it('the fixture is what the test expects: one ward in two languages, with an emblem, content and a log', () => {
    expect(before.settings.map((row) => row.locale).sort()).toEqual(['en', 'vi']);
    expect(before.emblemLinks).toHaveLength(2);
    expect(before.counts.articles).toBeGreaterThan(0);
    expect(before.counts.editorial_workflow_log).toBeGreaterThan(0);
  });

  it('keeps every row of every content type and of their relations', async () => {
    const { entries, links } = contentTables(strapi);
    const kept = [...entries, ...links].filter((table) => before.tables.includes(table));
    expect(kept.length).toBeGreaterThan(30);
    const after = await countsOf(connectionOf(strapi), kept);
    const expected = Object.fromEntries(kept.map((table) => [table, before.counts[table]]));
    // The emblem was linked from each language's row of the settings; the site is one row, with one link.
    expected.files_related_mph -= before.emblemLinks.length - 1;
    expect(after).toEqual(expected);
    // The settings' rows: one per language before, one site with its translations now.
    expect(await strapi.db.query(SITE_UID as never).count()).toBe(1);
  });

  it('site 1 holds every old setting: the default language in its fields, English in its translation, the emblem', async () => {
    const [site, ...others] = (await strapi.documents(SITE_UID as never).findMany({ populate: ['emblem', 'translations'] } as never)) as unknown as Array<Row & {
      emblem: { id: number } | null; translations: Row[];
    }>;
    expect(others).toHaveLength(0);
    const layout = layoutOf(strapi, SITE_UID);
    const vi = before.settings.find((row) => row.locale === 'vi')!;
    const en = before.settings.find((row) => row.locale === 'en')!;
    expect(site.id).toBe(vi.id);
    expect(site.documentId).toBe(vi.document_id);
    const attributes = Object.entries(strapi.contentTypes[SITE_UID as never].attributes as Record<string, { type: string }>)
      .filter(([name, attribute]) => !['media', 'component', 'relation'].includes(attribute.type) && !['code', 'domains', 'locale', 'createdAt', 'updatedAt', 'publishedAt'].includes(name))
      .map(([name]) => name);
    expect(attributes).toEqual(expect.arrayContaining(['wardName', 'address', 'phone', 'infoContactEmail']));
    for (const field of attributes) expect([field, site[field] ?? null]).toEqual([field, vi[layout.column(field)] ?? null]);
    expect(site.translations).toHaveLength(1);
    const translation = site.translations[0];
    expect(translation.locale).toBe('en');
    for (const field of TRANSLATED_FIELDS) expect([field, translation[field] ?? null]).toEqual([field, en[layout.column(field)] ?? null]);
    expect(site.emblem?.id).toBe(before.emblemLinks[0].file_id);
  });

  it('every row of every ward-owned type belongs to site 1', async () => {
    const site = (await strapi.db.query(SITE_UID as never).findOne({ select: ['id'] })) as { id: number };
    const connection = connectionOf(strapi);
    expect(siteOwnedUids(strapi).length).toBeGreaterThanOrEqual(11);
    for (const uid of siteOwnedUids(strapi)) {
      const layout = layoutOf(strapi, uid);
      const link = layout.link('site');
      const [{ rows, linked, elsewhere }] = rowsOf(await connection.raw(
        `SELECT (SELECT count(*) FROM ${layout.table}) AS rows,
                (SELECT count(*) FROM ${layout.table} t WHERE EXISTS (SELECT 1 FROM ${link.table} l WHERE l.${link.source} = t.id AND l.${link.target} = ?)) AS linked,
                (SELECT count(*) FROM ${link.table} WHERE ${link.target} <> ?) AS elsewhere`,
        [site.id, site.id],
      ));
      expect([uid, Number(linked), Number(elsewhere)]).toEqual([uid, Number(rows), 0]);
    }
  });

  it('the public API answers as the code from before sites did', async () => {
    expect(Object.keys(ANSWERS).length).toBeGreaterThan(10);
    for (const [url, answer] of Object.entries(ANSWERS)) {
      const res = await request(strapi.server.httpServer).get(url);
      expect([url, res.status]).toEqual([url, answer.status]);
      if (url.startsWith('/api/site-setting')) {
        // The site has more to say now (its code, domains): every field the old answer had is there, the same.
        // The English settings are no longer a row of their own but the site's translation: they answer with
        // the site's id and dates.
        const old = { ...(answer.body as { data: Row }).data };
        if (url.includes('locale=en')) for (const own of ['id', 'createdAt', 'updatedAt', 'publishedAt']) delete old[own];
        expect([url, res.body.data]).toEqual([url, expect.objectContaining(old)]);
        expect(res.body.meta).toEqual((answer.body as { meta: unknown }).meta);
      } else if (url.startsWith('/api/search')) {
        // As many hits on as many pages; which of the equally good ones come first may move, since each index
        // entry now also names its site (the ranking weighs an entry's length).
        const { meta, data } = answer.body as { meta: unknown; data: unknown[] };
        expect([url, res.body.meta, res.body.data.length]).toEqual([url, meta, data.length]);
      } else {
        expect([url, res.body]).toEqual([url, answer.body]);
      }
    }
  });

  it("the workflow's log chain still verifies", async () => {
    const result = await (strapi.plugin('editorial-workflow').service('checkpoints') as { verify(checkpoint?: unknown): Promise<{ ok: boolean }> }).verify();
    expect(result).toMatchObject({ ok: true });
    const { editorial_workflow_log: rows } = await countsOf(connectionOf(strapi), ['editorial_workflow_log']);
    expect(rows).toBe(before.counts.editorial_workflow_log);
  });

  it('a second start changes nothing', async () => {
    const tables = await tableNames(connectionOf(strapi));
    const first = await snapshot(connectionOf(strapi), tables);
    await strapi.destroy();
    strapi = await boot(database);
    const second = await snapshot(connectionOf(strapi), tables);
    const changed = tables.filter((table) => first[table] !== second[table]);
    // Strapi's own Content Manager settles the list layout of a component it met on the first start (the
    // new site.translation: id no longer sortable) on the next one; that row of its store aside, every row of
    // every table is as the first start left it.
    const store = (snapshotOfTable: string) => snapshotOfTable.split('\n').filter((row) => !row.includes('"key":"plugin_content_manager_configuration_components::site.translation"')).join('\n');
    expect(changed.filter((table) => table !== 'strapi_core_store_settings' || store(first[table]) !== store(second[table]))).toEqual([]);
  });
});
