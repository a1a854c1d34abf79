import { createHash, timingSafeEqual } from 'node:crypto';
import { httpDuration, httpRequests, registry, routeGroup } from '../metrics';

interface Config {
  /** METRICS_TOKEN: the bearer token Prometheus sends. Empty: no /metrics route at all (404). */
  token: string;
}

interface Ctx {
  method: string;
  path: string;
  status: number;
  body: unknown;
  type: string;
  get(header: string): string;
  set(header: string, value: string): void;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares in constant time (the token is a secret), whatever the lengths. */
function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * `global::metrics`, first of all middlewares: times every request by route group (src/metrics), and
 * answers GET /metrics in the Prometheus text format to a bearer of METRICS_TOKEN — 401 with a wrong or
 * missing token, 404 when no token is configured, as if the route did not exist.
 */
export default (config: Config) => async (ctx: Ctx, next: () => Promise<unknown>) => {
  if (ctx.path === '/metrics' && config.token) {
    const [scheme, given] = ctx.get('authorization').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !given || !sameToken(given, config.token)) {
      ctx.status = 401;
      ctx.set('WWW-Authenticate', 'Bearer realm="metrics"');
      ctx.body = { data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Cần mã truy cập số liệu vận hành (METRICS_TOKEN) hợp lệ.', details: {} } };
      return;
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.type = registry.contentType;
    ctx.body = await registry.metrics();
    return;
  }
  const group = routeGroup(ctx.path);
  const stop = httpDuration.startTimer({ group });
  let status = 500;
  try {
    await next();
    status = ctx.status;
  } finally {
    stop();
    httpRequests.inc({ group, status: `${Math.floor(status / 100)}xx` });
  }
};
