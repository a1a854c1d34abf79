import type { Core } from '@strapi/strapi';
import { isPreviewable } from '../lib/preview-types';
import { previewLocale } from './locale';
import { addRouteMiddleware, type RouteWithMiddlewares } from '../lib/route-middleware';

interface Ctx {
  params: { contentType?: string };
  query: Record<string, unknown>;
  state: { userAbility?: unknown };
}

interface ReadAccess {
  assertMayReadDraft(userAbility: unknown, uid: string, documentId: string, locale: string | null): Promise<void>;
}

/**
 * Strapi's GET /content-manager/preview/url/:uid checks only that an admin is signed in ("TODO: permissions"),
 * and its handler never sees who asks. A preview link opens the draft for whoever holds it, so only a user who
 * may read that draft in the Content Manager gets one: the workflow's own check (403, or 404 without a draft)
 * runs on the route, after admin authentication, before the handler signs anything.
 */
export function guardPreviewUrl(strapi: Core.Strapi): void {
  const routers = strapi.plugin('content-manager').routes as unknown as Record<string, { routes: Array<RouteWithMiddlewares & { handler: string }> }>;
  const route = Object.values(routers).flatMap((router) => router.routes).find((r) => r.handler === 'preview.getPreviewUrl');
  if (!route) throw new Error('preview: the Content Manager has no preview.getPreviewUrl route to guard.');
  addRouteMiddleware(route, 'preview-read-check', async (ctx: Ctx, next: () => Promise<unknown>) => {
    const uid = ctx.params.contentType ?? '';
    const { documentId, locale } = ctx.query;
    // Other types get no link (the handler answers null); without documentId the Content Manager answers 400.
    if (isPreviewable(uid) && typeof documentId === 'string') {
      const readAccess = strapi.plugin('editorial-workflow').service('readAccess') as ReadAccess;
      await readAccess.assertMayReadDraft(ctx.state.userAbility, uid, documentId, previewLocale(strapi, uid, locale));
    }
    return next();
  });
}
