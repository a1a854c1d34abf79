import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { consume, counterOf } from '../lib/shared-limits';

interface Config {
  /** Counter name: routes with the same name share one budget per client. */
  name: string;
  max: number;
  windowMs: number;
}

interface Ctx {
  ip: string;
  set(header: string, value: string): void;
}

/**
 * Per-client budgets of the public routes. A JSON route and the page that does the same thing for a
 * browser without JavaScript name the same budget, so that the two ways in never add up to more.
 */
export const LIMITS = {
  // Searches answered from the response cache never reach the limit.
  search: { max: Number(process.env.SEARCH_RATE_LIMIT_PER_MINUTE ?? 120), windowMs: 60_000 },
  'question-challenge': { max: 30, windowMs: 60_000 },
  'question-ask': { max: 5, windowMs: 10 * 60_000 },
  // Checking a question before confirming it stores nothing: a looser budget than asking.
  'question-form': { max: 30, windowMs: 10 * 60_000 },
  'question-track': { max: 30, windowMs: 60_000 },
  'question-rate': { max: 10, windowMs: 60_000 },
  'dossier-lookup': { max: Number(process.env.DOSSIER_LOOKUP_RATE_LIMIT_PER_MINUTE ?? 20), windowMs: 60_000 },
} as const;

/** A route's `global::rate-limit` entry for one of the budgets above. */
export const limitBy = (name: keyof typeof LIMITS) => ({ name: 'global::rate-limit', config: { name, ...LIMITS[name] } });

/** The 429 every limit answers with, Retry-After set. */
export function tooManyRequests(ctx: Ctx, retryAfter: number): never {
  ctx.set('Retry-After', String(retryAfter));
  throw new errors.RateLimitError(`Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${retryAfter} giây.`, { retryAfter });
}

/**
 * Per-client rate limit for public routes (`global::rate-limit`). A client over its budget gets 429
 * with Retry-After; others are unaffected. The count is shared by every instance on PostgreSQL
 * (src/lib/shared-limits.ts), in memory on SQLite.
 */
export default (config: Config, { strapi }: { strapi: Core.Strapi }) => async (ctx: Ctx, next: () => Promise<unknown>) => {
  const retryAfter = await consume(strapi, counterOf(strapi, config.name, config.max, config.windowMs), ctx.ip);
  if (retryAfter > 0) tooManyRequests(ctx, retryAfter);
  return next();
};
