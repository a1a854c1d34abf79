import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { foldForSearch } from '../../lib/search-text';
import { SEARCHABLE, type IndexedText } from './documents';
import type { IndexRow, IndexStore } from './index-store';
import { postgresStore } from './index-postgres';
import { sqliteStore } from './index-sqlite';
import { parseQuery, queryWords } from './query';
import { highlight } from './snippet';
import { isSiteOwned } from '../../sites/owned';

export const PAGE_SIZE = 10;
const BATCH = 500;
/** A change of the default locale reaches searches within this long. */
const DEFAULT_LOCALE_TTL_MS = 10_000;

/** Folded for the index: letters and digits only, so both databases split words the same way. */
const indexText = (text: string) => foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

type Row = Record<string, unknown> & { documentId: string; locale?: string | null; site?: { id: number } | null };

export interface SearchResult {
  type: string;
  documentId: string;
  locale: string | null;
  slug: string | null;
  title: string;
  /** Title and text around the match, HTML-escaped, matched words in <mark>. */
  highlightedTitle: string;
  snippet: string;
}

/** The search index: kept in step with published content, queried by GET /api/search. */
export function createSearch(strapi: Core.Strapi) {
  const store: IndexStore = strapi.db.dialect.client === 'postgres' ? postgresStore : sqliteStore;
  const knex = () => strapi.db.connection as unknown as Knex;
  const published = (uid: string) => ({ publishedAt: { $notNull: true }, ...SEARCHABLE.find((s) => s.uid === uid)?.where });
  /** A ward's entries carry their site into the index; the shared types (procedures) have none. */
  const withSite = (uid: string) => (isSiteOwned(strapi, uid) ? { populate: { site: { select: ['id'] } } } : {});

  const toRows = (uid: string, rows: Row[]): IndexRow[] => {
    const { text } = SEARCHABLE.find((s) => s.uid === uid)!;
    return rows.map((row) => {
      const shown: IndexedText = text(row);
      return { uid, documentId: row.documentId, locale: row.locale ?? '', site: row.site?.id ?? 0, ...shown, foldedTitle: indexText(shown.title), foldedBody: indexText(shown.body) };
    });
  };

  /** Writes in the caller's transaction when there is one, so the index commits with the content. */
  let defaultLocale: { code: string; at: number } | undefined;

  const inTransaction = <T>(work: (db: Knex) => Promise<T>) => strapi.db.transaction(({ trx }) => work(trx as unknown as Knex));

  return {
    isSearchable: (uid: string) => SEARCHABLE.some((s) => s.uid === uid),

    async reindexDocument(uid: string, documentId: string) {
      await inTransaction(async (db) => {
        const rows = (await strapi.db.query(uid as never).findMany({ where: { documentId, ...published(uid) }, ...withSite(uid) })) as Row[];
        await store.remove(db, uid, documentId);
        await store.insert(db, toRows(uid, rows));
      });
    },

    async reindexType(uid: string) {
      await inTransaction(async (db) => {
        await store.remove(db, uid);
        for (let offset = 0; ; offset += BATCH) {
          const rows = (await strapi.db.query(uid as never).findMany({ where: published(uid), orderBy: { id: 'asc' }, offset, limit: BATCH, ...withSite(uid) })) as Row[];
          await store.insert(db, toRows(uid, rows));
          if (rows.length < BATCH) break;
        }
      });
    },

    /**
     * On start: create the table, then compare each type's published count with its indexed count (two index
     * scans). Only a type whose counts differ is looked at entry by entry: the entries missing from the index
     * are indexed and the ones no longer published removed, so a start after a crash or a restore costs the
     * difference, not a rebuild. With most of a type missing (a new table, or one `ensure` replaced because
     * its shape was older) it is rebuilt in one pass.
     */
    async ensureFresh() {
      const replaced = await store.ensure(knex());
      for (const { uid } of SEARCHABLE) {
        const expected = await strapi.db.query(uid as never).count({ where: published(uid) });
        const indexed = replaced ? 0 : await store.count(knex(), uid);
        if (indexed === expected) continue;
        if (indexed < expected / 2) {
          await this.reindexType(uid);
          strapi.log.info(`search: rebuilt the index of ${uid} (${expected} entries)`);
          continue;
        }
        const key = (documentId: string, locale: string | null | undefined) => `${documentId}|${locale ?? ''}`;
        const live = (await strapi.db.query(uid as never).findMany({ where: published(uid), select: ['documentId', 'locale'] })) as Row[];
        const liveKeys = new Set(live.map((row) => key(row.documentId, row.locale)));
        const stored = await store.keys(knex(), uid);
        const storedKeys = new Set(stored.map((row) => key(row.documentId, row.locale)));
        const stale = new Set([
          ...live.filter((row) => !storedKeys.has(key(row.documentId, row.locale))).map((row) => row.documentId),
          ...stored.filter((row) => !liveKeys.has(key(row.documentId, row.locale))).map((row) => row.documentId),
        ]);
        for (const documentId of stale) await this.reindexDocument(uid, documentId);
        strapi.log.info(`search: brought ${stale.size} entries of ${uid} up to date (${expected} published)`);
      }
    },

    /** The default locale, read again at most every DEFAULT_LOCALE_TTL_MS (it is asked on every search). */
    async defaultLocale(): Promise<string> {
      if (!defaultLocale || Date.now() - defaultLocale.at > DEFAULT_LOCALE_TTL_MS) {
        const code = (await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string;
        defaultLocale = { code, at: Date.now() };
      }
      return defaultLocale.code;
    },

    /** Within one site: its entries and the shared ones (procedures). */
    async search({ q, types, locale, site, page }: { q: string; types: string[]; locale: string; site: number; page: number }) {
      const query = parseQuery(q);
      const uids = SEARCHABLE.filter((s) => types.includes(s.type)).map((s) => s.uid);
      if (query.terms.length === 0) return { total: 0, results: [] as SearchResult[] };
      const { total, hits } = await store.search(knex(), query, { uids, locale, site, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
      const words = queryWords(query);
      const results = hits.map((hit): SearchResult => ({
        type: SEARCHABLE.find((s) => s.uid === hit.uid)!.type,
        documentId: hit.documentId,
        locale: hit.locale || null,
        slug: hit.slug,
        title: hit.title,
        highlightedTitle: highlight(hit.title, words, 300),
        snippet: highlight(hit.body, words),
      }));
      return { total, results };
    },
  };
}

export type Search = ReturnType<typeof createSearch>;
