import type { Core } from '@strapi/strapi';

/** The PostgreSQL advisory lock of the dossier import ("one-stop import" as a number, any fixed value). */
export const IMPORT_LOCK_KEY = 7_042_015_001;

export interface HeldLock {
  release(): Promise<void>;
}

interface PgConnection {
  query(sql: string, values: unknown[]): Promise<{ rows: Array<{ ok: boolean }> }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

/**
 * One dossier import at a time across every instance. On PostgreSQL the instance that runs an import
 * holds a session advisory lock on a connection of its own for the whole run: the lock goes with the
 * process, so whoever takes it next knows that any job still marked running was left by a dead one.
 * SQLite serves one process: the lock is this process's flag.
 */
export function importLock(strapi: Core.Strapi) {
  let heldHere = false;
  return {
    /** The lock, or null when an import runs (here or on another instance). */
    async take(): Promise<HeldLock | null> {
      if (heldHere) return null;
      heldHere = true; // before any await: two requests of this process never both pass
      const free = async () => { heldHere = false; };
      if (strapi.db.dialect.client !== 'postgres') return { release: free };
      const client = strapi.db.connection.client as unknown as KnexClient;
      let connection: PgConnection | undefined;
      try {
        connection = await client.acquireConnection();
        const { rows } = await connection.query('SELECT pg_try_advisory_lock($1) AS ok', [IMPORT_LOCK_KEY]);
        if (!rows[0].ok) {
          await client.releaseConnection(connection);
          await free();
          return null;
        }
      } catch (error) {
        if (connection) await client.releaseConnection(connection);
        await free();
        throw error;
      }
      const held = connection;
      return {
        async release() {
          try {
            await held.query('SELECT pg_advisory_unlock($1) AS ok', [IMPORT_LOCK_KEY]);
          } finally {
            await client.releaseConnection(held);
            await free();
          }
        },
      };
    },
  };
}
