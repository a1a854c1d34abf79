import type { Knex } from 'knex';
import { quote } from './exceptions';

/**
 * SQLite has no transaction-local setting to mark the workflow's own writes, so only the append-only
 * tables (the log, the snapshots) are guarded there: no row of them can be changed or deleted, whoever asks.
 * The log's triggers keep the names they have always had (`editorial_workflow_log_no_update`, …).
 */
export async function installSqliteGuard(connection: Knex, tables: string[]): Promise<void> {
  for (const table of tables) {
    for (const operation of ['UPDATE', 'DELETE']) {
      await connection.raw(`CREATE TRIGGER IF NOT EXISTS ${quote(`${table}_no_${operation.toLowerCase()}`)}
        BEFORE ${operation} ON ${quote(table)}
        BEGIN SELECT RAISE(ABORT, 'editorial-workflow: ${table} is append-only (${operation} refused)'); END`);
    }
  }
}
