import type { Core } from '@strapi/strapi';
import { previewLocale } from '../preview/locale';
import { attachToActions } from './routes';

interface Ctx {
  params: { model?: string; sourceId?: string };
  query: Record<string, unknown>;
  request: { body?: { documentIds?: unknown; locale?: unknown } & Record<string, unknown> };
  state: { userAbility?: unknown };
  body: unknown;
}

interface ReadAccess {
  assertMayReadDraft(userAbility: unknown, uid: string, documentId: string, locale: string | null): Promise<void>;
  readableDocumentIds(userAbility: unknown, uid: string, documentIds: string[], locale: string | null): Promise<string[]>;
}

/**
 * Content Manager routes that read items without checking the user may read them: clone (and auto-clone)
 * check only that the user may create, then copy any source item, another unit's or another ward's;
 * bulkFindForValidation (the bulk-publish dialog) answers every named item with all its relations. Both
 * now read only what the user may read in the Content Manager (the role's conditions: own, same unit, same
 * site): the clone of an unreadable source is refused (404 for another ward's item, as for a wrong id), and
 * the dialog's list keeps the readable items.
 */
export function guardUncheckedReads(strapi: Core.Strapi): void {
  const readAccess = () => strapi.plugin('editorial-workflow').service('readAccess') as ReadAccess;
  const localeOf = (uid: string, ctx: Ctx) => previewLocale(strapi, uid, ctx.request.body?.locale ?? ctx.query.locale);

  attachToActions(strapi, 'clone-source-read', ['clone', 'autoClone'], async (ctx: Ctx, next) => {
    const { model, sourceId } = ctx.params;
    if (model && sourceId && strapi.contentTypes[model as never]) {
      await readAccess().assertMayReadDraft(ctx.state.userAbility, model, sourceId, localeOf(model, ctx));
    }
    return next();
  });

  attachToActions(strapi, 'bulk-read', ['bulkFindForValidation'], async (ctx: Ctx, next) => {
    const { model } = ctx.params;
    const ids = ctx.request.body?.documentIds;
    if (model && strapi.contentTypes[model as never] && Array.isArray(ids)) {
      const readable = await readAccess().readableDocumentIds(ctx.state.userAbility, model, ids.map(String), localeOf(model, ctx));
      if (readable.length === 0) {
        ctx.body = { results: [] };
        return undefined;
      }
      ctx.request.body!.documentIds = readable;
    }
    return next();
  });
}
