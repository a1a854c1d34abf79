import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { getRegistry } from '../registry';
import { guardPlan } from './tables';
import { installPostgresGuard } from './triggers-postgres';
import { installSqliteGuard } from './triggers-sqlite';

export { workflowTransaction } from './transaction';

/**
 * Installs the database guard at every start, from the schemas in force: on PostgreSQL the triggers on
 * live content, its join, component and media rows and the append-only tables (the log, the snapshots); on SQLite the append-only tables' triggers (the log, the snapshots).
 */
export async function installDatabaseGuard(strapi: Core.Strapi): Promise<void> {
  const plan = guardPlan(strapi, getRegistry().governedUids());
  const connection = strapi.db.connection as unknown as Knex;
  if (strapi.db.dialect.client === 'postgres') await installPostgresGuard(connection, plan);
  else await installSqliteGuard(connection, plan.appendOnly);
}
