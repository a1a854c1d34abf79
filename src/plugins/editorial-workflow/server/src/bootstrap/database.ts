import type { Core } from '@strapi/strapi';
import { installDatabaseGuard } from '../guard';
import { LOG_TABLE } from '../repositories/log';

const STATE_TABLE = 'editorial_workflow_states';

/**
 * Database guarantees the application cannot give by itself: one state row per item and one log row
 * per sequence number (both databases), and the database guard (guard/): the log's rows can never be
 * changed or deleted, and on PostgreSQL live content changes only in the workflow's own transactions.
 */
export async function ensureDatabaseGuarantees(strapi: Core.Strapi): Promise<void> {
  const db = strapi.db.connection;
  await db.raw(`CREATE UNIQUE INDEX IF NOT EXISTS editorial_workflow_states_key_uq ON ${STATE_TABLE} (state_key)`);
  await db.raw(`CREATE UNIQUE INDEX IF NOT EXISTS editorial_workflow_log_seq_uq ON ${LOG_TABLE} (seq)`);
  await installDatabaseGuard(strapi);
}
