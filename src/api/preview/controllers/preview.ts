import type { Core } from '@strapi/strapi';
import { isPreviewable } from '../../../lib/preview-types';
import { previewLocale } from '../../../preview/locale';
import { readPreviewSettings } from '../../../preview/settings';
import { verifyPreviewToken } from '../../../preview/token';

interface Ctx {
  params: { token?: string };
  query: Record<string, unknown>;
  body: unknown;
  status: number;
  set(name: string, value: string): void;
}

/**
 * A refusal answered here rather than thrown: Strapi's route wrapper replaces a thrown 401 or 403 by a bare
 * "Unauthorized"/"Forbidden", and the preview page shows this message to the editor. The code tells the
 * site these refusals (about the link) from Strapi's own (about the site's API token).
 */
function refuse(ctx: Ctx, status: 401 | 403 | 404, code: string, message: string): void {
  const name = { 401: 'UnauthorizedError', 403: 'ForbiddenError', 404: 'NotFoundError' }[status];
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: { code } } };
}

interface CoreController {
  validateQuery(ctx: Ctx): Promise<void>;
  sanitizeQuery(ctx: Ctx): Promise<Record<string, unknown>>;
  sanitizeOutput(data: unknown, ctx: Ctx): Promise<unknown>;
  transformResponse(data: unknown, meta?: unknown): Promise<unknown>;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The claim's item, in the claim's locale and status, shaped as the public REST API shapes it (the type's own
   * controller validates and sanitizes the query and the output), so the site renders it with its build's code.
   * Only `populate` and `fields` are taken from the query: the rest is the token's.
   */
  async findOne(ctx: Ctx) {
    ctx.set('Cache-Control', 'no-store');
    const settings = readPreviewSettings();
    if (!settings) return refuse(ctx, 404, 'PREVIEW_DISABLED', 'Máy chủ này chưa bật bản xem trước (PREVIEW_URL, PREVIEW_SECRET).');
    const claim = verifyPreviewToken(ctx.params.token ?? '', settings.secret);
    if (claim === 'expired') return refuse(ctx, 401, 'PREVIEW_EXPIRED', 'Liên kết xem trước đã hết hạn: bấm lại "Xem trước" trong trang quản trị.');
    if (typeof claim === 'string') return refuse(ctx, 401, 'PREVIEW_INVALID', 'Liên kết xem trước không hợp lệ.');
    if (!isPreviewable(claim.uid)) return refuse(ctx, 403, 'PREVIEW_TYPE', 'Loại nội dung này không có bản xem trước.');

    const controller = strapi.controller(claim.uid as never) as unknown as CoreController;
    const { populate, fields } = ctx.query;
    ctx.query = { ...(populate !== undefined ? { populate } : {}), ...(fields !== undefined ? { fields } : {}) };
    await controller.validateQuery(ctx);
    const query = await controller.sanitizeQuery(ctx);
    const locale = previewLocale(strapi, claim.uid, claim.locale);
    const document = await strapi.documents(claim.uid).findOne({
      ...query, documentId: claim.documentId, status: claim.status, ...(locale ? { locale } : {}),
    } as never);
    if (!document) return refuse(ctx, 404, 'PREVIEW_NOT_FOUND', 'Không tìm thấy phiên bản này của mục: có thể nó đã bị xóa.');
    const meta = { uid: claim.uid, locale: claim.locale, status: claim.status, expiresAt: new Date(claim.exp * 1000).toISOString() };
    ctx.body = await controller.transformResponse(await controller.sanitizeOutput(document, ctx), meta);
  },
});
