import type { Core } from '@strapi/strapi';
import { installDatabaseGuard } from '../guard';
import { LOG_TABLE } from '../repositories/log';
import { SNAPSHOT_TABLE } from '../repositories/snapshots';

const STATE_TABLE = 'editorial_workflow_states';

/**
 * Database guarantees the application cannot give by itself (and the indexes its reads need): one state row per item, one log row per
 * sequence number and one snapshot per content hash (both databases), and the database guard (guard/):
 * the log's and the snapshots' rows can never be changed or deleted, and on PostgreSQL live content
 * changes only in the workflow's own transactions.
 */
export async function ensureDatabaseGuarantees(strapi: Core.Strapi): Promise<void> {
  const db = strapi.db.connection;
  await db.raw(`CREATE UNIQUE INDEX IF NOT EXISTS editorial_workflow_states_key_uq ON ${STATE_TABLE} (state_key)`);
  // The reads: an item's states by its document (the Content Manager's list asks for a page of them), the queue's by state.
  await db.raw(`CREATE INDEX IF NOT EXISTS editorial_workflow_states_target_idx ON ${STATE_TABLE} (target_document_id, target_uid, locale)`);
  await db.raw(`CREATE INDEX IF NOT EXISTS editorial_workflow_states_state_idx ON ${STATE_TABLE} (state)`);
  await db.raw(`CREATE UNIQUE INDEX IF NOT EXISTS editorial_workflow_log_seq_uq ON ${LOG_TABLE} (seq)`);
  await db.raw(`CREATE UNIQUE INDEX IF NOT EXISTS editorial_workflow_snapshots_hash_uq ON ${SNAPSHOT_TABLE} (content_hash)`);
  await installDatabaseGuard(strapi);
}
