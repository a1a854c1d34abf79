import type { Core } from '@strapi/strapi';
import { GENESIS, rowHash, verifyChain, type LogFields, type VerifyResult } from '../log/chain';

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

/** All access to the append-only log: there is no update or delete here, by design. */
export function logRepository(strapi: Core.Strapi) {
  const query = () => strapi.db.query(UID as never);
  const isPostgres = () => strapi.db.dialect.client === 'postgres';

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

    async verify(): Promise<VerifyResult> {
      const rows: LogEntry[] = await query().findMany({ orderBy: { seq: 'asc' }, select: [...FIELDS] });
      return verifyChain(rows);
    },
  };
}

export type LogRepository = ReturnType<typeof logRepository>;
