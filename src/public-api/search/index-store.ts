import type { Knex } from 'knex';
import type { ParsedQuery } from './query';

/** One published entry (one locale of one document) as stored: original and folded text. */
export interface IndexRow {
  uid: string;
  documentId: string;
  locale: string;
  slug: string | null;
  title: string;
  body: string;
  foldedTitle: string;
  foldedBody: string;
}

export interface SearchOptions {
  uids: string[];
  locale: string;
  limit: number;
  offset: number;
}

export interface Hit {
  uid: string;
  documentId: string;
  locale: string;
  slug: string | null;
  title: string;
  body: string;
}

/** The search table of one database dialect. Every call takes the knex (or transaction) to run on. */
export interface IndexStore {
  ensure(db: Knex): Promise<void>;
  remove(db: Knex, uid: string, documentId?: string): Promise<void>;
  insert(db: Knex, rows: IndexRow[]): Promise<void>;
  count(db: Knex, uid: string): Promise<number>;
  search(db: Knex, query: ParsedQuery, options: SearchOptions): Promise<{ total: number; hits: Hit[] }>;
}

export const TABLE = 'search_index';
