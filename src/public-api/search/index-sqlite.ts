import type { Knex } from 'knex';
import { countRows, insertRows, keyRows, removeRows, TABLE, type IndexStore } from './index-store';
import type { ParsedQuery } from './query';

/** FTS5 phrase syntax: every term a quoted phrase, all required. Words hold only letters and digits. */
const matchExpression = (query: ParsedQuery) => query.terms.map((words) => `"${words.join(' ')}"`).join(' AND ');

/**
 * SQLite: an FTS5 table over folded title and body (bm25, title weighted 5:1); the original text is
 * stored alongside, unindexed, for display.
 */
export const sqliteStore: IndexStore = {
  async ensure(db) {
    await db.raw(
      `CREATE VIRTUAL TABLE IF NOT EXISTS ${TABLE} USING fts5(uid UNINDEXED, document_id UNINDEXED, locale UNINDEXED,
        slug UNINDEXED, title UNINDEXED, body UNINDEXED, folded_title, folded_body, tokenize = 'unicode61')`,
    );
  },

  remove: removeRows,

  insert: (db, rows) => insertRows(db, rows, (r) => ({ folded_title: r.foldedTitle, folded_body: r.foldedBody })),

  count: countRows,

  keys: keyRows,

  async search(db: Knex, query, { uids, locale, limit, offset }) {
    const where = (builder: Knex.QueryBuilder) =>
      builder
        .whereRaw(`${TABLE} MATCH ?`, [matchExpression(query)])
        .whereIn('uid', uids)
        .where((b) => b.where('locale', locale).orWhere('locale', ''));
    const [{ n }] = await where(db(TABLE)).count({ n: '*' });
    const hits = await where(db(TABLE))
      .select('uid', { documentId: 'document_id' }, 'locale', 'slug', 'title', 'body')
      .orderByRaw(`bm25(${TABLE}, 0, 0, 0, 0, 0, 0, 5.0, 1.0)`)
      .limit(limit)
      .offset(offset);
    return { total: Number(n), hits };
  },
};
