import type { Knex } from 'knex';
import { SEARCHABLE_UIDS } from './documents';
import { countRows, insertRows, keyRows, MAX_RESULTS, removeRows, TABLE, type IndexStore } from './index-store';
import type { ParsedQuery } from './query';

/** FTS5 phrase syntax: every term a quoted phrase, all required. Words hold only letters and digits. */
const matchExpression = (query: ParsedQuery) => query.terms.map((words) => `"${words.join(' ')}"`).join(' AND ');

/** Letters and digits only, lower case, as the unicode61 tokenizer keeps a token whole. */
const token = (prefix: string, value: string) => prefix + value.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The type's token in the `scope` column ("tlegaldocument"). */
const typeToken = (uid: string) => token('t', uid.split('.').pop() ?? uid);

/** The locale's token in the `scope` column ("lvi"; "l" for the types without locales). */
const localeToken = (locale: string) => token('l', locale);

/** The site's token in the `scope` column ("s3"; "s0" for the types all sites share). */
const siteToken = (site: number) => `s${site}`;

/** Type, locale and site in the full-text index itself, so that filtering on them never reads a stored row. */
const scopeFilter = (uids: string[], locale: string, site: number) => {
  const types = uids.length === SEARCHABLE_UIDS.length ? '' : ` AND {scope}: (${uids.map(typeToken).join(' OR ')})`;
  return `{scope}: (${localeToken(locale)} OR ${localeToken('')}) AND {scope}: (${siteToken(site)} OR ${siteToken(0)})${types}`;
};

const BM25 = `bm25(${TABLE}, 0, 0, 0, 0, 0, 0, 5.0, 1.0, 0)`;

/**
 * SQLite: an FTS5 table over folded title and body (bm25, title weighted 5:1) and a `scope` column of
 * tokens for type and locale; the original text is stored alongside, unindexed, for display. Title
 * matches come first, then body-only matches, each ranked by bm25; the total is counted up to MAX_RESULTS.
 */
export const sqliteStore: IndexStore = {
  async ensure(db) {
    // A shape before the scope column or before sites: dropped, and rebuilt by the caller from the published content.
    const [table] = await db.raw(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`, [TABLE]);
    const old = Boolean(table) && !(/\bscope\b/.test(String(table.sql)) && /\bsite\b/.test(String(table.sql)));
    if (old) await db.raw(`DROP TABLE ${TABLE}`);
    await db.raw(
      `CREATE VIRTUAL TABLE IF NOT EXISTS ${TABLE} USING fts5(uid UNINDEXED, document_id UNINDEXED, locale UNINDEXED, site UNINDEXED,
        slug UNINDEXED, title UNINDEXED, body UNINDEXED, folded_title, folded_body, scope, tokenize = 'unicode61')`,
    );
    return old;
  },

  remove: removeRows,

  insert: (db, rows) =>
    insertRows(db, rows, (r) => ({ folded_title: r.foldedTitle, folded_body: r.foldedBody, scope: `${typeToken(r.uid)} ${localeToken(r.locale)} ${siteToken(r.site)}` })),

  count: countRows,

  keys: keyRows,

  async search(db: Knex, query, { uids, locale, site, limit, offset }) {
    const words = matchExpression(query);
    const scope = scopeFilter(uids, locale, site);
    const titled = `({folded_title}: (${words})) AND ${scope}`;
    const bodied = `(({folded_title folded_body}: (${words})) NOT ({folded_title}: (${words}))) AND ${scope}`;
    // Each tier sorts only as far as the page reaches (two plain queries: a UNION of the two ranked
    // subqueries cost SQLite twice as much); the count stops at MAX_RESULTS.
    const reach = offset + limit;
    const [{ n }] = await db.raw(`SELECT count(*) AS n FROM (SELECT 1 FROM ${TABLE} WHERE ${TABLE} MATCH ? LIMIT ?)`, [
      `({folded_title folded_body}: (${words})) AND ${scope}`,
      MAX_RESULTS,
    ]);
    if (offset >= Number(n)) return { total: Number(n), hits: [] };
    const ranked = (match: string, count: number) =>
      db.raw(`SELECT rowid AS id FROM ${TABLE} WHERE ${TABLE} MATCH ? ORDER BY ${BM25}, rowid LIMIT ?`, [match, count]) as Promise<Array<{ id: number }>>;
    const ids = (await ranked(titled, reach)).map((r) => r.id);
    if (ids.length < reach) ids.push(...(await ranked(bodied, reach - ids.length)).map((r) => r.id));
    const page = ids.slice(offset, reach);
    if (page.length === 0) return { total: Number(n), hits: [] };
    const rows = (await db.raw(
      `SELECT rowid AS id, uid, document_id AS documentId, locale, slug, title, body FROM ${TABLE} WHERE rowid IN (${page.map(() => '?').join(', ')})`,
      page,
    )) as Array<Record<string, unknown> & { id: number }>;
    const byId = new Map(rows.map(({ id, ...hit }) => [id, hit]));
    const hits = page.map((id) => byId.get(id)).filter(Boolean) as never[];
    return { total: Number(n), hits };
  },
};
