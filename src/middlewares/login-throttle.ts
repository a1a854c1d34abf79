import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consume, counterOf } from '../lib/shared-limits';
import { tooManyRequests } from './rate-limit';

interface Config {
  /** Login routes whose failures are counted per client address and per account (POST). */
  paths: string[];
  maxPerClient: number;
  maxPerAccount: number;
  windowMs: number;
  /**
   * The admin's login, first-admin registration and password reset, counted per account and address
   * together: what Strapi's own admin limiter did (admin.rateLimit), in one process only.
   */
  adminPaths: string[];
  maxPerAccountAndClient: number;
  accountAndClientWindowMs: number;
}

interface Ctx {
  method: string;
  path: string;
  ip: string;
  status: number;
  request: { body?: { email?: unknown; identifier?: unknown } };
  set(header: string, value: string): void;
}

const FAILED = new Set([400, 401, 403]);
/** Answers the same whether the account exists or not: there is no failure to count, every request counts. */
const EVERY_REQUEST_COUNTS = new Set(['/admin/forgot-password']);

/** E-mail addresses are stored in the counters' keys only as a hash. */
const accountKey = (account: string) => createHash('sha256').update(account).digest('hex').slice(0, 32);

/**
 * Brute force on the admin and citizen logins (`global::login-throttle`): failed attempts are counted
 * per client address (honouring TRUST_PROXY) and per account, so neither rotating e-mails from one
 * address nor spreading one account over many addresses gets past; on the admin's routes also per
 * account and address. Successful logins cost nothing. The counts are shared by every instance on
 * PostgreSQL (src/lib/shared-limits.ts).
 */
export default (config: Config, { strapi }: { strapi: Core.Strapi }) => {
  const counter = (name: string, max: number, windowMs: number) => () => counterOf(strapi, name, max, windowMs);
  const perClient = counter('login-client', config.maxPerClient, config.windowMs);
  const perAccount = counter('login-account', config.maxPerAccount, config.windowMs);
  const perAccountAndClient = counter('admin-auth', config.maxPerAccountAndClient, config.accountAndClientWindowMs);

  const refund = (counts: Array<[RateLimiterAbstract, string]>) => Promise.all(counts.map(([limiter, key]) =>
    limiter.reward(key, 1).catch((error: Error) => strapi.log.warn(`[limits] login count not refunded: ${error.message}`))));

  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    const login = config.paths.includes(ctx.path);
    const admin = config.adminPaths.includes(ctx.path);
    if (ctx.method !== 'POST' || (!login && !admin)) return next();
    const { email, identifier } = ctx.request.body ?? {};
    const account = accountKey(String(email ?? identifier ?? '').trim().toLowerCase());
    const counts: Array<[RateLimiterAbstract, string]> = [
      ...(login ? [[perClient(), ctx.ip], [perAccount(), account]] as Array<[RateLimiterAbstract, string]> : []),
      ...(admin ? [[perAccountAndClient(), `${account}|${ctx.ip}`]] as Array<[RateLimiterAbstract, string]> : []),
    ];
    // Counted before the attempt (atomic in the shared store, so concurrent attempts on several
    // instances cannot all slip under the limit) and given back when it did not fail.
    const waits = await Promise.all(counts.map(([limiter, key]) => consume(strapi, limiter, key)));
    const retryAfter = Math.max(...waits);
    if (retryAfter > 0) {
      await refund(counts.filter((_, i) => waits[i] === 0));
      tooManyRequests(ctx, retryAfter);
    }
    let failed = true;
    try {
      await next();
      failed = FAILED.has(ctx.status);
    } finally {
      if (!failed && !EVERY_REQUEST_COUNTS.has(ctx.path)) await refund(counts);
    }
  };
};
