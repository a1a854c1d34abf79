import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { attachToActions } from './routes';
import { isSiteOwned, SITE_UID } from '../sites/owned';
import { siteMembershipsOf } from '../sites/members';

interface Ctx {
  params: { model?: string; targetField?: string };
  request: { query: Record<string, unknown> };
  state: { userAbility?: unknown; user?: { id: number } };
}

interface PermissionChecker {
  cannot: { read(entity?: unknown, field?: string): boolean };
}

/**
 * The relation pickers (GET /content-manager/relations/:model/…/:targetField) on a field the admin may
 * not read — createdBy, updatedBy, localizations, or any field the role hides — end in a 500: the
 * Content Manager answers "forbidden" and then reads on. Refuse them before, with 403. And a picker whose
 * target type the role may not read at all lists every item of it, every ward's drafts included: Strapi's
 * permission query for a type without any read rule is empty, not "nothing". On a target that belongs to a
 * ward, that is refused too; the `site` field's picker (staff do not read the sites collection) offers the
 * wards the person works in, through the picker's own `idsToOmit`.
 */
const checkerOf = (strapi: Core.Strapi, ctx: Ctx, model: string) =>
  strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ctx.state.userAbility, model }) as PermissionChecker;

export function guardRelationFields(strapi: Core.Strapi): void {
  attachToActions(strapi, 'relation-fields', ['findAvailable', 'findExisting'], async (ctx: Ctx, next) => {
    const { model, targetField } = ctx.params;

    const contentType = model ? strapi.contentTypes[model as keyof typeof strapi.contentTypes] : undefined;
    if (contentType && targetField) {
      if (checkerOf(strapi, ctx, model!).cannot.read(null, targetField)) {
        // A PolicyError: Strapi's authorize step turns any other ForbiddenError into a bare "Forbidden".
        throw new errors.PolicyError(
          `Không xem được trường "${targetField}" của "${contentType.info.displayName}": trường này không có trong biểu mẫu hoặc vai trò của bạn không được xem.`,
        );
      }
      const target = (contentType.attributes as Record<string, { type: string; target?: string }>)[targetField]?.target;
      if (target === SITE_UID && ctx.state.user && checkerOf(strapi, ctx, SITE_UID).cannot.read()) {
        const own = new Set((await siteMembershipsOf(strapi, ctx.state.user.id)).map((m) => m.siteId));
        const sites = (await strapi.db.query(SITE_UID as never).findMany({ select: ['id', 'code', 'wardName'] })) as Array<{ id: number; code: string; wardName: string }>;
        const asked = Array.isArray(ctx.request.query.idsToOmit) ? (ctx.request.query.idsToOmit as unknown[]) : [];
        ctx.request.query.idsToOmit = [...asked, ...sites.filter((site) => !own.has(site.id)).map((site) => String(site.id))];
        await next();
        // Without read access to the sites collection Strapi answers ids only: the person's own wards (all
        // that is left) get their name and code, so the field reads "Phường Phú Lâm", not "4".
        const byId = new Map(sites.map((site) => [site.id, { wardName: site.wardName, code: site.code }]));
        const results = (ctx as unknown as { body?: { results?: Array<{ id: number } & Record<string, unknown>> } }).body?.results;
        for (const item of results ?? []) Object.assign(item, byId.get(item.id));
        return undefined;
      }
      if (target && isSiteOwned(strapi, target)) {
        if (checkerOf(strapi, ctx, target).cannot.read()) {
          const name = (strapi.contentTypes[target as keyof typeof strapi.contentTypes] as { info: { displayName: string } }).info.displayName;
          throw new errors.PolicyError(`Vai trò của bạn không được xem "${name}", nên không xem hay chọn được mục ở trường "${targetField}".`);
        }
      }
    }
    return next();
  });
}
