import { errors } from '@strapi/utils';

interface Config {
  /** Counter name: limits of different routes never share a budget. */
  name: string;
  max: number;
  windowMs: number;
}

interface Ctx {
  ip: string;
  set(header: string, value: string): void;
}

/** Hits per client per counter, as timestamps inside the window (kept in memory, per instance). */
const hits = new Map<string, number[]>();
const MAX_CLIENTS = 100_000;

/**
 * Per-client rate limit for public routes (`global::rate-limit`). A client over its budget gets 429
 * with Retry-After; others are unaffected. With several instances each counts its own share (a note
 * for the district's IT: put the same limit in nginx for a global one).
 */
export default (config: Config) => async (ctx: Ctx, next: () => Promise<unknown>) => {
  const now = Date.now();
  const key = `${config.name}|${ctx.ip}`;
  const recent = (hits.get(key) ?? []).filter((at) => at > now - config.windowMs);
  if (recent.length >= config.max) {
    const retryAfter = Math.ceil((recent[0] + config.windowMs - now) / 1000);
    ctx.set('Retry-After', String(retryAfter));
    throw new errors.RateLimitError(`Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${retryAfter} giây.`, { retryAfter });
  }
  recent.push(now);
  if (hits.size >= MAX_CLIENTS && !hits.has(key)) hits.delete(hits.keys().next().value as string);
  hits.set(key, recent);
  return next();
};
