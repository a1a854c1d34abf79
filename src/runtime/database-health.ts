import type { Core } from '@strapi/strapi';
import { listenerUp } from '../public-api/cache/cluster';

/** A probe slower than this counts as a database that is down. */
const PROBE_TIMEOUT_MS = 1000;
/** Results are reused this long: under an outage every request asks, the database is probed once. */
const REUSE_MS = 1000;

let last: { at: number; up: boolean } | undefined;
let pending: Promise<boolean> | undefined;

async function probe(strapi: Core.Strapi): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS); });
  const query = strapi.db.connection.raw('select 1').then(() => true, () => false);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the database answers `select 1` within a second (the result of the last second reused). */
export async function databaseUp(strapi: Core.Strapi): Promise<boolean> {
  if (last && Date.now() - last.at < REUSE_MS) return last.up;
  pending ??= probe(strapi).then((up) => {
    last = { at: Date.now(), up };
    pending = undefined;
    return up;
  });
  return pending;
}

/** The last probe found the database down (no new probe). */
export function databaseKnownDown(): boolean {
  return last?.up === false;
}

export interface Readiness {
  ready: boolean;
  database: 'up' | 'down';
  /** The LISTEN connection that keeps the response cache coherent (PostgreSQL); 'none' on SQLite. */
  listener: 'up' | 'down' | 'none';
}

/** What a load balancer needs: can this instance serve fresh answers now? */
export async function readiness(strapi: Core.Strapi): Promise<Readiness> {
  const database = (await databaseUp(strapi)) ? 'up' : 'down';
  const heard = listenerUp();
  const listener = heard === null ? 'none' : heard ? 'up' : 'down';
  return { ready: database === 'up' && listener !== 'down', database, listener };
}

export const RETRY_AFTER_SECONDS = 10;

/** The project's error body for an instance that cannot reach its database. */
export function unavailableBody(details: Record<string, unknown> = {}) {
  return {
    data: null,
    error: {
      status: 503,
      name: 'ServiceUnavailableError',
      message: `Hệ thống tạm thời gián đoạn vì mất kết nối tới cơ sở dữ liệu. Vui lòng thử lại sau ${RETRY_AFTER_SECONDS} giây.`,
      details,
    },
  };
}
