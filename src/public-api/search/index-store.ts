import type { Knex } from 'knex';
import type { ParsedQuery } from './query';

/** One published entry (one locale of one document) as stored: original and folded text. */
export interface IndexRow {
  uid: string;
  documentId: string;
  locale: string;
  /** The id of the site the entry belongs to; 0 for the types all sites share (procedures). */
  site: number;
  slug: string | null;
  title: string;
  body: string;
  foldedTitle: string;
  foldedBody: string;
}

export interface SearchOptions {
  uids: string[];
  locale: string;
  /** The site searched: its entries and the shared ones (site 0). */
  site: number;
  limit: number;
  offset: number;
}

/** A match as the search answers it: the stored row without its folded text. */
export type Hit = Omit<IndexRow, 'foldedTitle' | 'foldedBody' | 'site'>;

/** The search table of one database dialect. Every call takes the knex (or transaction) to run on. */
export interface IndexStore {
  /** Creates the table; answers true when it dropped one of an older shape (empty now, to be rebuilt). */
  ensure(db: Knex): Promise<boolean>;
  remove(db: Knex, uid: string, documentId?: string): Promise<void>;
  insert(db: Knex, rows: IndexRow[]): Promise<void>;
  count(db: Knex, uid: string): Promise<number>;
  /** The entries of a type the index holds: (document, locale), locale '' where the type has none. */
  keys(db: Knex, uid: string): Promise<Array<{ documentId: string; locale: string }>>;
  /** The page's hits, and how many matches there are up to MAX_RESULTS (never counted further). */
  search(db: Knex, query: ParsedQuery, options: SearchOptions): Promise<{ total: number; hits: Hit[] }>;
}

export const TABLE = 'search_index';

/**
 * The most a search ranks and counts: the hundred pages of ten one may ask for. A search with more matches
 * says MAX_RESULTS, and every page up to its pageCount has results.
 */
export const MAX_RESULTS = 1000;

/** What both dialects share: the table's key columns, deletion by type or document, batched inserts. */
export async function removeRows(db: Knex, uid: string, documentId?: string): Promise<void> {
  await db(TABLE).where({ uid, ...(documentId ? { document_id: documentId } : {}) }).delete();
}

export async function countRows(db: Knex, uid: string): Promise<number> {
  const [row] = await db(TABLE).where({ uid }).count({ n: '*' });
  return Number(row?.n ?? 0);
}

export async function keyRows(db: Knex, uid: string): Promise<Array<{ documentId: string; locale: string }>> {
  return db(TABLE).where({ uid }).select({ documentId: 'document_id' }, 'locale');
}

/** Inserts in batches of 100; `indexed` gives the dialect's own searchable columns of a row. */
export async function insertRows(db: Knex, rows: IndexRow[], indexed: (row: IndexRow) => Record<string, unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await db(TABLE).insert(
      rows.slice(i, i + 100).map((r) => ({
        uid: r.uid, document_id: r.documentId, locale: r.locale, site: r.site, slug: r.slug, title: r.title, body: r.body, ...indexed(r),
      })),
    );
  }
}
