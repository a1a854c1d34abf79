interface Ctx {
  secure: boolean;
  set(header: string, value: string): void;
}

/**
 * Strict-Transport-Security only on requests that came over TLS (directly, or through a trusted
 * proxy's X-Forwarded-Proto with TRUST_PROXY=true): over plain HTTP the header is meaningless and
 * would pin a development host to HTTPS.
 */
export default (config: { maxAge: number }) => async (ctx: Ctx, next: () => Promise<unknown>) => {
  if (ctx.secure) ctx.set('Strict-Transport-Security', `max-age=${config.maxAge}; includeSubDomains`);
  return next();
};
