import type { Core } from '@strapi/strapi';
import { chainWalker, GENESIS, rowHash, type LogFields, type VerifyResult } from '../log/chain';
import { EMPTY_HEAD, type ChainPoint } from '../log/checkpoint';

const UID = 'plugin::editorial-workflow.log-entry';
export const LOG_TABLE = 'editorial_workflow_log';
const FIELDS = [
  'seq', 'targetUid', 'targetDocumentId', 'locale', 'event', 'fromState', 'toState', 'actor', 'reasonCode',
  'reasonText', 'comment', 'contentHash', 'at', 'prevHash', 'hash',
] as const;

import type { LogEntry } from '../api-types';

export type { LogEntry };
/** The knex transaction Strapi hands to `strapi.db.transaction(({ trx }) => …)`. */
export interface Transaction {
  raw(sql: string, bindings?: unknown[]): Promise<unknown>;
}
export type NewLogEntry = Omit<LogFields, 'seq' | 'prevHash' | 'at'> & { at?: Date };

/** Rows read per query when walking or exporting the whole log: a long log is never loaded at once. */
export const LOG_BATCH_SIZE = 1000;

/** All access to the append-only log: there is no update or delete here, by design. */
export function logRepository(strapi: Core.Strapi) {
  const query = () => strapi.db.query(UID as never);
  const isPostgres = () => strapi.db.dialect.client === 'postgres';

  /** Rows matching `where` (with seq ≤ `upToSeq` when given), in order, a batch at a time (keyset on seq). */
  async function* batches(where: Record<string, unknown>, upToSeq?: number): AsyncGenerator<LogEntry[]> {
    let after = 0;
    for (;;) {
      const bySeq = { seq: upToSeq === undefined ? { $gt: after } : { $gt: after, $lte: upToSeq } };
      const rows: LogEntry[] = await query().findMany({
        where: Object.keys(where).length > 0 ? { $and: [where, bySeq] } : bySeq,
        orderBy: { seq: 'asc' }, limit: LOG_BATCH_SIZE, select: [...FIELDS],
      });
      if (rows.length === 0) return;
      yield rows;
      after = rows[rows.length - 1].seq;
      if (rows.length < LOG_BATCH_SIZE) return;
    }
  }

  return {
    /**
     * Appends one row, linked to the last one. Call it inside the transition's transaction. On
     * PostgreSQL a transaction-scoped advisory lock orders concurrent appends (SQLite transactions are
     * serial already); the unique seq index is the last line of defence.
     */
    async append(entry: NewLogEntry, trx: Transaction): Promise<LogEntry> {
      if (isPostgres()) await trx.raw('select pg_advisory_xact_lock(724019)');
      const last: LogEntry | null = await query().findOne({ orderBy: { seq: 'desc' }, select: ['seq', 'hash'] });
      const fields: LogFields = {
        ...entry,
        at: (entry.at ?? new Date()).toISOString(),
        seq: (last?.seq ?? 0) + 1,
        prevHash: last?.hash ?? GENESIS,
      };
      const row = { ...fields, hash: rowHash(fields) };
      await query().create({ data: row });
      return row;
    },

    history(uid: string, documentId: string, locale?: string | null): Promise<LogEntry[]> {
      const where: Record<string, unknown> = { targetUid: uid, targetDocumentId: documentId };
      if (locale !== undefined) where.locale = locale;
      return query().findMany({ where, orderBy: { seq: 'asc' }, select: [...FIELDS] });
    },

    search(where: Record<string, unknown>, limit: number, offset: number): Promise<LogEntry[]> {
      return query().findMany({ where, orderBy: { seq: 'desc' }, limit, offset, select: [...FIELDS] });
    },

    batches,

    /** The newest row matching `where` (the head of the log without one); seq 0 when there is none. */
    async last(where: Record<string, unknown> = {}): Promise<ChainPoint> {
      const row: ChainPoint | null = await query().findOne({ where, orderBy: { seq: 'desc' }, select: ['seq', 'hash'] });
      return row ? { seq: row.seq, hash: row.hash } : EMPTY_HEAD;
    },

    async pointAt(seq: number): Promise<ChainPoint | null> {
      const row: ChainPoint | null = await query().findOne({ where: { seq }, select: ['seq', 'hash'] });
      return row ? { seq: row.seq, hash: row.hash } : null;
    },

    async verify(): Promise<VerifyResult> {
      const walker = chainWalker();
      for await (const rows of batches({})) for (const row of rows) walker.push(row);
      return walker.result();
    },
  };
}

export type LogRepository = ReturnType<typeof logRepository>;
