import type { Core } from '@strapi/strapi';
import { readiness, RETRY_AFTER_SECONDS, unavailableBody } from './database-health';

/**
 * GET /_ready, for the load balancer: 200 when the database answers and (PostgreSQL) the cache's LISTEN
 * connection is up, 503 otherwise. /_health (Strapi's) stays a liveness check: the process answers.
 */
interface Ctx {
  status: number;
  body: unknown;
  set(header: string, value: string): void;
}

export function registerReadyRoute(strapi: Core.Strapi): void {
  strapi.server.router.get('/_ready', async (ctx: Ctx) => {
    const state = await readiness(strapi);
    ctx.set('Cache-Control', 'no-store');
    if (state.ready) {
      ctx.status = 200;
      ctx.body = { data: { database: state.database, listener: state.listener } };
      return;
    }
    ctx.status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
    ctx.body = unavailableBody({ database: state.database, listener: state.listener });
  });
}
