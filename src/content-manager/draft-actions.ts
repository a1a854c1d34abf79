import type { Core } from '@strapi/strapi';
import { contentTypes, errors } from '@strapi/utils';
import { attachToActions } from './routes';

/**
 * The Content Manager's actions that exist only with Draft & Publish. On a type without it the Document
 * Service has no publish, unpublish or discardDraft method, and the Content Manager calls them anyway:
 * "publish is not a function", a 500.
 */
const DRAFT_ACTIONS = ['publish', 'unpublish', 'discard', 'bulkPublish', 'bulkUnpublish'] as const;

interface Ctx {
  params: { model?: string };
}

export function guardDraftActions(strapi: Core.Strapi): void {
  attachToActions(strapi, 'draft-actions', DRAFT_ACTIONS, async (ctx: Ctx, next) => {
    const contentType = ctx.params.model ? strapi.contentTypes[ctx.params.model as keyof typeof strapi.contentTypes] : undefined;
    if (contentType && !contentTypes.hasDraftAndPublish(contentType)) {
      throw new errors.ApplicationError(
        `"${contentType.info.displayName}" không có bản nháp và bản đăng: thay đổi có hiệu lực ngay khi lưu, không cần đăng, gỡ hay hủy bản nháp.`,
      );
    }
    return next();
  });
}
