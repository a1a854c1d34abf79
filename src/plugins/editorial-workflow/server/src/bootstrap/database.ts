import type { Core } from '@strapi/strapi';
import { LOG_TABLE } from '../repositories/log';

const STATE_TABLE = 'editorial_workflow_states';

/**
 * Database guarantees the application cannot give by itself: one state row per item and one log row
 * per sequence number (both databases), and on PostgreSQL a trigger that refuses to change or delete a
 * log row, whoever asks.
 */
export async function ensureDatabaseGuarantees(strapi: Core.Strapi): Promise<void> {
  const db = strapi.db.connection;
  await db.raw(`CREATE UNIQUE INDEX IF NOT EXISTS editorial_workflow_states_key_uq ON ${STATE_TABLE} (state_key)`);
  await db.raw(`CREATE UNIQUE INDEX IF NOT EXISTS editorial_workflow_log_seq_uq ON ${LOG_TABLE} (seq)`);
  if (strapi.db.dialect.client !== 'postgres') return;
  await db.raw(`
    CREATE OR REPLACE FUNCTION editorial_workflow_log_append_only() RETURNS trigger AS $$
    BEGIN
      RAISE EXCEPTION 'editorial-workflow: the log is append-only (% refused)', TG_OP;
    END;
    $$ LANGUAGE plpgsql`);
  await db.raw(`DROP TRIGGER IF EXISTS editorial_workflow_log_append_only ON ${LOG_TABLE}`);
  await db.raw(`
    CREATE TRIGGER editorial_workflow_log_append_only BEFORE UPDATE OR DELETE ON ${LOG_TABLE}
    FOR EACH ROW EXECUTE FUNCTION editorial_workflow_log_append_only()`);
}
