import { SlidingWindow } from '../lib/sliding-window';
import { tooManyRequests } from './rate-limit';

interface Config {
  /** Login routes this throttle guards (POST). */
  paths: string[];
  /** Failed attempts allowed per client address, and per account, inside the window. */
  maxPerClient: number;
  maxPerAccount: number;
  windowMs: number;
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

/**
 * Brute force on the admin and citizen logins (`global::login-throttle`): failed attempts are counted
 * per client address (honouring TRUST_PROXY) and per account, so neither rotating e-mails from one
 * address nor spreading one account over many addresses gets past. Successful logins cost nothing.
 */
export default (config: Config) => {
  const failures = new SlidingWindow(config.windowMs);
  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    if (ctx.method !== 'POST' || !config.paths.includes(ctx.path)) return next();
    const { email, identifier } = ctx.request.body ?? {};
    const account = String(email ?? identifier ?? '').trim().toLowerCase();
    const keys: Array<[string, number]> = [[`client|${ctx.ip}`, config.maxPerClient], [`account|${account}`, config.maxPerAccount]];
    const retryAfter = Math.max(...keys.map(([key, max]) => failures.retryAfter(key, max)));
    if (retryAfter > 0) tooManyRequests(ctx, retryAfter);
    let failed = false;
    try {
      await next();
      failed = FAILED.has(ctx.status);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      if (failed) for (const [key] of keys) failures.record(key);
    }
  };
};
