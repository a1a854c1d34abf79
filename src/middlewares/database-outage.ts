import type { Core } from '@strapi/strapi';
import { databaseKnownDown, databaseUp, RETRY_AFTER_SECONDS, unavailableBody } from '../runtime/database-health';

interface Ctx {
  path: string;
  status: number;
  body: unknown;
  set(header: string, value: string): void;
}

/** The probes themselves: liveness never depends on the database, readiness answers for itself. */
const OWN_ANSWER = new Set(['/_health', '/_ready']);

/**
 * Tells an outage as one (`global::database-outage`, outermost): with the database unreachable, Strapi's
 * routes fail in their own ways (the public role cannot be read: 401; a query fails: 500). A failed answer
 * is checked against the database, and while it is down every route answers 503 with Retry-After at once.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const unavailable = (ctx: Ctx) => {
    ctx.status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
    ctx.body = unavailableBody();
  };
  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    if (OWN_ANSWER.has(ctx.path)) return next();
    if (databaseKnownDown() && !(await databaseUp(strapi))) return unavailable(ctx);
    try {
      await next();
    } catch (error) {
      if (!(await databaseUp(strapi))) return unavailable(ctx);
      throw error;
    }
    const failed = ctx.status === 401 || ctx.status === 403 || ctx.status >= 500;
    if (failed && !(await databaseUp(strapi))) unavailable(ctx);
  };
};
