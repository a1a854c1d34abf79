import { errors } from '@strapi/utils';
import { SlidingWindow } from '../lib/sliding-window';

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

/** The 429 every limit answers with, Retry-After set. */
export function tooManyRequests(ctx: Ctx, retryAfter: number): never {
  ctx.set('Retry-After', String(retryAfter));
  throw new errors.RateLimitError(`Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${retryAfter} giây.`, { retryAfter });
}

/**
 * Per-client rate limit for public routes (`global::rate-limit`). A client over its budget gets 429
 * with Retry-After; others are unaffected. With several instances each counts its own share (a note
 * for the district's IT: put the same limit in nginx for a global one).
 */
export default (config: Config) => {
  const window = new SlidingWindow(config.windowMs);
  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    const key = `${config.name}|${ctx.ip}`;
    const retryAfter = window.retryAfter(key, config.max);
    if (retryAfter > 0) tooManyRequests(ctx, retryAfter);
    window.record(key);
    return next();
  };
};
