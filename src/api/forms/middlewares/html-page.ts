import type { Core } from '@strapi/strapi';
import { html, type SafeHtml } from '../../../lib/html';
import { layout, problem } from '../pages/layout';
import { pageSite, siteUrl } from '../site';
import { publicSiteOf } from '../../../sites/public-scope';

interface PageCtx {
  status: number;
  body: unknown;
  type: string;
}

interface Ctx extends PageCtx {
  set(header: string, value: string): void;
}

/** Strapi's error classes and the status each answers with. */
const STATUS: Record<string, number> = {
  ValidationError: 400, ApplicationError: 400, NotFoundError: 404, PayloadTooLargeError: 413, RateLimitError: 429,
};

/** The HTTP status of a refusal a citizen should read, or undefined for an unexpected error. */
export const statusOf = (error: unknown): number | undefined => STATUS[(error as Error).name];

/**
 * Answers with `main` in the frame of the request's site (its host, or ?site=). Where no site can be told
 * (the refusal that says so), the frame is the home site's.
 */
export async function sendPage(strapi: Core.Strapi, ctx: PageCtx, status: number, title: string, main: SafeHtml): Promise<void> {
  const site = await publicSiteOf(strapi, ctx).catch(() => undefined);
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = layout(await pageSite(strapi, site), title, main);
}

/**
 * The frame of the CMS's pages for browsers without JavaScript: a policy that lets them load only the
 * public site's stylesheet and emblem and post only to this CMS, nothing stored by any cache (a
 * confirmation page shows the asker's contacts), and refusals (the rate limit's 429 among them) as a
 * page in Vietnamese rather than JSON.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<unknown>) => {
    const url = siteUrl(strapi);
    const origin = new URL(url).origin;
    const headers = () => {
      ctx.set('Content-Security-Policy', `default-src 'none'; style-src ${origin}; font-src ${origin}; img-src 'self' ${origin} data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`);
      ctx.set('Cache-Control', 'no-store');
      ctx.set('X-Robots-Tag', 'noindex');
    };
    try {
      await next();
      headers();
    } catch (error) {
      const status = statusOf(error);
      if (!status) throw error;
      await sendPage(strapi, ctx, status, 'Không thực hiện được', html`<h1>Không thực hiện được</h1>${problem((error as Error).message)}<p><a href="${url}/">Về trang chủ</a></p>`);
      headers();
    }
  };
