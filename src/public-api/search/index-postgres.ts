import type { Knex } from 'knex';
import { countRows, insertRows, keyRows, removeRows, TABLE, type IndexStore } from './index-store';
import type { ParsedQuery } from './query';

/** tsquery syntax: words of a phrase follow each other (<->), terms are all required (&). */
const tsquery = (query: ParsedQuery) => query.terms.map((words) => `(${words.join(' <-> ')})`).join(' & ');

/**
 * PostgreSQL: the folded text in a weighted tsvector ('simple' configuration: folding is done by the
 * application, the same as on SQLite; `unaccent` would miss đ → d), GIN-indexed, ranked by ts_rank.
 */
export const postgresStore: IndexStore = {
  async ensure(db) {
    await db.raw(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (uid text NOT NULL, document_id text NOT NULL, locale text NOT NULL,
        slug text, title text NOT NULL, body text NOT NULL, document tsvector NOT NULL, PRIMARY KEY (uid, document_id, locale))`,
    );
    await db.raw(`CREATE INDEX IF NOT EXISTS ${TABLE}_document ON ${TABLE} USING gin (document)`);
  },

  remove: removeRows,

  insert: (db, rows) =>
    insertRows(db, rows, (r) => ({
      document: db.raw(`setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')`, [r.foldedTitle, r.foldedBody]),
    })),

  count: countRows,

  keys: keyRows,

  async search(db: Knex, query, { uids, locale, limit, offset }) {
    const where = (builder: Knex.QueryBuilder) =>
      builder
        .whereRaw(`document @@ to_tsquery('simple', ?)`, [tsquery(query)])
        .whereIn('uid', uids)
        .whereIn('locale', [locale, '']);
    const [{ n }] = await where(db(TABLE)).count({ n: '*' });
    const hits = await where(db(TABLE))
      .select('uid', { documentId: 'document_id' }, 'locale', 'slug', 'title', 'body')
      .orderByRaw(`ts_rank(document, to_tsquery('simple', ?)) DESC, uid, document_id`, [tsquery(query)])
      .limit(limit)
      .offset(offset);
    return { total: Number(n), hits };
  },
};
