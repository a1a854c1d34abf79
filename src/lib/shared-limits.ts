import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** The counters of every limit on PostgreSQL: one row per budget and key, with its expiry. */
export const LIMITS_TABLE = 'rate_limit_counters';

/**
 * Creates the counters table (PostgreSQL) at bootstrap, with the columns rate-limiter-flexible's
 * PostgreSQL store reads, so that the first request never meets a table still being created.
 */
export async function ensureLimitsTable(strapi: Core.Strapi): Promise<void> {
  if (strapi.db.dialect.client !== 'postgres') return;
  await strapi.db.connection.raw(
    `CREATE TABLE IF NOT EXISTS ${LIMITS_TABLE} (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
  );
}

const counters = new WeakMap<Core.Strapi, Map<string, RateLimiterAbstract>>();

/**
 * The counter of one budget: `points` events per `windowMs` and key. On PostgreSQL it is kept in the
 * database, so every instance behind the load balancer counts against the same budget; on SQLite (one
 * process) in memory. Routes that name the same budget share one counter.
 */
export function counterOf(strapi: Core.Strapi, name: string, points: number, windowMs: number): RateLimiterAbstract {
  const byName = counters.get(strapi) ?? new Map<string, RateLimiterAbstract>();
  counters.set(strapi, byName);
  let counter = byName.get(name);
  if (!counter) {
    const options = { keyPrefix: name, points, duration: Math.ceil(windowMs / 1000) };
    counter = strapi.db.dialect.client === 'postgres'
      ? new RateLimiterPostgres({ ...options, storeClient: strapi.db.connection, storeType: 'knex', tableName: LIMITS_TABLE, tableCreated: true })
      : new RateLimiterMemory(options);
    byName.set(name, counter);
  }
  return counter;
}

/** Seconds until a refused key may try again (at least 1). */
export const secondsBeforeNext = (res: RateLimiterRes): number => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Counts one event; answers the seconds to wait when the budget was already spent, 0 otherwise. A
 * counter the database cannot reach lets the request through (logged): the request itself then meets
 * the same database, and a limit must not turn an outage into refusals of its own.
 */
export async function consume(strapi: Core.Strapi, counter: RateLimiterAbstract, key: string, points = 1): Promise<number> {
  try {
    await counter.consume(key, points);
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return secondsBeforeNext(error);
    strapi.log.warn(`[limits] counter not reachable, request let through: ${(error as Error).message}`);
    return 0;
  }
}
