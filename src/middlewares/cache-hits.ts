import type { Core } from '@strapi/strapi';
import { cacheable, cacheKey, send, type Ctx as CacheCtx } from './response-cache';
import { httpDuration, httpRequests, routeGroup } from '../metrics';
import { responseStore } from '../public-api/cache/store';
import { databaseKnownDown } from '../runtime/database-health';

interface Config {
  enabled: boolean;
  /** HSTS max-age, the same as `global::hsts`'s. */
  hstsMaxAge: number;
}

interface Ctx extends CacheCtx {
  secure: boolean;
  vary(field: string): void;
}

/**
 * `global::cache-hits`, in front of every middleware: answers a public read that is in the response
 * cache before the rest of the stack, doing itself what the middlewares it skips would do to that answer:
 *
 * - `global::metrics`: the request is timed and counted under its route group (and as a cache hit);
 * - `global::database-outage`: while the database is known to be down nothing is answered here, so the
 *   outage middleware answers 503 as for any request;
 * - `strapi::cors`: only requests without an `Origin` header are answered here, which that middleware
 *   answers with `Vary: Origin` and `Access-Control-Allow-Origin: *`, set below; a request with an Origin
 *   (the public site's browsers) goes the whole way and meets the cache after CORS (`global::response-cache`);
 * - `global::hsts`: Strict-Transport-Security over TLS;
 * - `strapi::session` and Strapi's request context: a hit touches no session, sets no cookie, reads nothing.
 *
 * Everything else (misses, storing, invalidation) stays in `global::response-cache`, which shares the store.
 */
export default (config: Config, { strapi }: { strapi: Core.Strapi }) => {
  const store = responseStore();
  const hsts = `max-age=${config.hstsMaxAge}; includeSubDomains`;
  const lane = async (ctx: Ctx, next: () => Promise<unknown>) => {
    if (!config.enabled || !cacheable(ctx) || ctx.get('origin') || databaseKnownDown()) return next();
    const key = await cacheKey(strapi, ctx);
    const entry = key ? store.get(key) : undefined;
    if (!entry) return next();
    const group = routeGroup(ctx.path);
    const stop = httpDuration.startTimer({ group });
    ctx.vary('Origin');
    ctx.set('Access-Control-Allow-Origin', '*');
    if (ctx.secure) ctx.set('Strict-Transport-Security', hsts);
    send(ctx, entry, 'HIT');
    stop();
    httpRequests.inc({ group, status: ctx.status === 304 ? '3xx' : '2xx' });
    return undefined;
  };
  // In front of Strapi's own first middlewares too (the request context, and koa-session, which
  // strapi::session installs ahead of the configured list): a hit needs neither. Koa composes its list at
  // the first request, after this. The configured slot itself passes every request on.
  strapi.server.app.middleware.unshift(lane as never);
  return (_ctx: unknown, next: () => Promise<unknown>) => next();
};
