import type { Core } from '@strapi/strapi';
import { layoutOf } from '../lib/table-layout';

/**
 * Indexes the bulk import and the statistics need and Strapi does not create: the dossier code (unique,
 * the import's key, looked up 1,000 at a time) and the received date (the statistics load by date).
 */
export async function ensureDossierIndexes(strapi: Core.Strapi): Promise<void> {
  const { table, column } = layoutOf(strapi, 'api::dossier.dossier');
  const db = strapi.db.connection;
  await db.raw(`CREATE UNIQUE INDEX IF NOT EXISTS ${table}_code_uq ON ${table} (${column('code')})`);
  await db.raw(`CREATE INDEX IF NOT EXISTS ${table}_received_idx ON ${table} (${column('receivedAt')})`);
}
