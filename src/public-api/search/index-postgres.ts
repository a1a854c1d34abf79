import type { Knex } from 'knex';
import { countRows, insertRows, keyRows, MAX_RESULTS, removeRows, TABLE, type IndexStore } from './index-store';
import type { ParsedQuery } from './query';

/** tsquery syntax: words of a phrase follow each other (<->), terms are all required (&). */
const tsquery = (query: ParsedQuery) => query.terms.map((words) => `(${words.join(' <-> ')})`).join(' & ');

/**
 * PostgreSQL: the folded text in a weighted tsvector ('simple' configuration: folding is done by the
 * application, the same as on SQLite; `unaccent` would miss đ → d), GIN-indexed, and the folded title alone
 * in a second, small tsvector (never TOASTed), GIN-indexed too.
 *
 * Bounded ranking: a search ranks at most MAX_RESULTS candidates (the hundred pages one may ask for) and
 * never counts past them. Title matches come first, found through the title's index and ranked on the small
 * title vector; body-only matches fill the rest, ranked on the whole vector. Which candidates enter when
 * there are more matches than that is the order they are found in, not their rank.
 */
export const postgresStore: IndexStore = {
  async ensure(db) {
    // A shape before the title vector or before sites: dropped, and rebuilt by the caller from the published content.
    const old = await db.raw(
      `SELECT 1 FROM information_schema.tables t WHERE t.table_schema = current_schema() AND t.table_name = ?
        AND (SELECT count(*) FROM information_schema.columns c WHERE c.table_schema = t.table_schema
          AND c.table_name = t.table_name AND c.column_name IN ('title_document', 'site')) < 2`,
      [TABLE],
    );
    if (old.rows.length > 0) await db.raw(`DROP TABLE ${TABLE}`);
    await db.raw(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (uid text NOT NULL, document_id text NOT NULL, locale text NOT NULL, site integer NOT NULL,
        slug text, title text NOT NULL, body text NOT NULL, document tsvector NOT NULL, title_document tsvector NOT NULL,
        PRIMARY KEY (uid, document_id, locale))`,
    );
    // A search is one site's: the site and the words in one GIN index (btree_gin, shipped with PostgreSQL and
    // trusted), or a word that 126 wards all use would be found in every ward and filtered after (200 ms, not 1).
    const bySite = await db.raw('CREATE EXTENSION IF NOT EXISTS btree_gin').then(() => true, () => false);
    if (bySite) {
      await db.raw(`DROP INDEX IF EXISTS ${TABLE}_document`);
      await db.raw(`DROP INDEX IF EXISTS ${TABLE}_title_document`);
    }
    const columns = (vector: string) => (bySite ? `site, ${vector}` : vector);
    await db.raw(`CREATE INDEX IF NOT EXISTS ${TABLE}_${bySite ? 'site_' : ''}document ON ${TABLE} USING gin (${columns('document')})`);
    await db.raw(`CREATE INDEX IF NOT EXISTS ${TABLE}_${bySite ? 'site_' : ''}title_document ON ${TABLE} USING gin (${columns('title_document')})`);
    return old.rows.length > 0;
  },

  remove: removeRows,

  insert: (db, rows) =>
    insertRows(db, rows, (r) => ({
      document: db.raw(`setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')`, [r.foldedTitle, r.foldedBody]),
      title_document: db.raw(`to_tsvector('simple', ?)`, [r.foldedTitle]),
    })),

  count: countRows,

  keys: keyRows,

  async search(db: Knex, query, { uids, locale, site, limit, offset }) {
    const q = tsquery(query);
    const list = (values: string[]) => values.map(() => '?').join(', ');
    const filters = `s.uid IN (${list(uids)}) AND s.locale IN (?, '') AND s.site IN (?, 0)`;
    const filterBindings = [...uids, locale, site];
    // Candidates carry their key and rank only: the shown text is read for the page's rows alone.
    const { rows } = await db.raw(
      `WITH query AS MATERIALIZED (SELECT to_tsquery('simple', ?) AS q),
        titled AS MATERIALIZED (
          SELECT s.uid, s.document_id, s.locale, 0 AS tier, ts_rank(s.title_document, query.q) AS rank
          FROM ${TABLE} s, query WHERE s.title_document @@ query.q AND ${filters} LIMIT ?),
        bodied AS MATERIALIZED (
          SELECT s.uid, s.document_id, s.locale, 1 AS tier, ts_rank(s.document, query.q) AS rank
          FROM ${TABLE} s, query WHERE s.document @@ query.q AND NOT s.title_document @@ query.q AND ${filters}
          LIMIT ? - (SELECT count(*) FROM titled)),
        candidates AS (SELECT * FROM titled UNION ALL SELECT * FROM bodied),
        page AS (
          SELECT c.*, count(*) OVER () AS total FROM candidates c
          ORDER BY c.tier, c.rank DESC, c.uid, c.document_id LIMIT ? OFFSET ?)
      SELECT p.uid, p.document_id AS "documentId", p.locale, s.slug, s.title, s.body, p.total
      FROM page p JOIN ${TABLE} s USING (uid, document_id, locale)
      ORDER BY p.tier, p.rank DESC, p.uid, p.document_id`,
      [q, ...filterBindings, MAX_RESULTS, ...filterBindings, MAX_RESULTS, limit, offset],
    );
    const hits = (rows as Array<Record<string, unknown>>).map(({ total: _total, ...hit }) => hit) as never[];
    if (rows.length > 0 || offset === 0) return { total: rows.length > 0 ? Number(rows[0].total) : 0, hits };
    // A page past the last: the total still says how many there are.
    const [{ n }] = (
      await db.raw(
        `SELECT count(*) AS n FROM (SELECT 1 FROM ${TABLE} s WHERE s.document @@ to_tsquery('simple', ?) AND ${filters} LIMIT ?) c`,
        [q, ...filterBindings, MAX_RESULTS],
      )
    ).rows;
    return { total: Number(n), hits };
  },
};
