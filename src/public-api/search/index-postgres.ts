import type { Knex } from 'knex';
import { TABLE, type IndexStore } from './index-store';
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

  async remove(db, uid, documentId) {
    await db(TABLE).where({ uid, ...(documentId ? { document_id: documentId } : {}) }).delete();
  },

  async insert(db, rows) {
    for (let i = 0; i < rows.length; i += 100) {
      await db(TABLE).insert(
        rows.slice(i, i + 100).map((r) => ({
          uid: r.uid, document_id: r.documentId, locale: r.locale, slug: r.slug, title: r.title, body: r.body,
          document: db.raw(`setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')`, [r.foldedTitle, r.foldedBody]),
        })),
      );
    }
  },

  async count(db, uid) {
    const [row] = await db(TABLE).where({ uid }).count({ n: '*' });
    return Number(row?.n ?? 0);
  },

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
