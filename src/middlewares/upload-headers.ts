interface Ctx {
  path: string;
  status: number;
  type: string;
  set(header: string, value: string): void;
}

/** Types a browser may show in place; anything else is downloaded. */
const INLINE = /^(image\/(jpeg|png|webp|gif)|video\/mp4|audio\/mpeg|application\/pdf)$/;

/**
 * Uploaded files are served inert (ASVS 3.2.1): a sandboxing CSP so that a file which is HTML after
 * all runs no script in our origin, and `attachment` for everything that is not a plain image,
 * video, audio or PDF. nosniff comes from strapi::security.
 */
export default () => async (ctx: Ctx, next: () => Promise<unknown>) => {
  await next();
  if (!ctx.path.startsWith('/uploads/') || ctx.status !== 200) return;
  ctx.set('Content-Security-Policy', "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'");
  if (!INLINE.test(ctx.type)) ctx.set('Content-Disposition', 'attachment');
};
