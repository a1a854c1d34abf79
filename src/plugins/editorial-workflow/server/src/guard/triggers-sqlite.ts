import type { Knex } from 'knex';
import { quote } from './exceptions';

/**
 * SQLite has no transaction-local setting to mark the workflow's own writes, so only the log is guarded
 * there: no row of it can be changed or deleted, whoever asks.
 */
export async function installSqliteGuard(connection: Knex, log: string): Promise<void> {
  for (const operation of ['UPDATE', 'DELETE']) {
    await connection.raw(`CREATE TRIGGER IF NOT EXISTS editorial_workflow_log_no_${operation.toLowerCase()}
      BEFORE ${operation} ON ${quote(log)}
      BEGIN SELECT RAISE(ABORT, 'editorial-workflow: the log is append-only (${operation} refused)'); END`);
  }
}
