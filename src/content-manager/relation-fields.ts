import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { attachToActions } from './routes';
import { isSiteOwned } from '../sites/owned';

interface Ctx {
  params: { model?: string; targetField?: string };
  state: { userAbility?: unknown };
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
 * ward, that is refused too.
 */
export function guardRelationFields(strapi: Core.Strapi): void {
  attachToActions(strapi, 'relation-fields', ['findAvailable', 'findExisting'], async (ctx: Ctx, next) => {
    const { model, targetField } = ctx.params;

    const contentType = model ? strapi.contentTypes[model as keyof typeof strapi.contentTypes] : undefined;
    if (contentType && targetField) {
      const checker = strapi
        .plugin('content-manager')
        .service('permission-checker')
        .create({ userAbility: ctx.state.userAbility, model }) as PermissionChecker;
      if (checker.cannot.read(null, targetField)) {
        // A PolicyError: Strapi's authorize step turns any other ForbiddenError into a bare "Forbidden".
        throw new errors.PolicyError(
          `Không xem được trường "${targetField}" của "${contentType.info.displayName}": trường này không có trong biểu mẫu hoặc vai trò của bạn không được xem.`,
        );
      }
      const target = (contentType.attributes as Record<string, { type: string; target?: string }>)[targetField]?.target;
      if (target && isSiteOwned(strapi, target)) {
        const targetChecker = strapi.plugin('content-manager').service('permission-checker')
          .create({ userAbility: ctx.state.userAbility, model: target }) as PermissionChecker;
        if (targetChecker.cannot.read()) {
          const name = (strapi.contentTypes[target as keyof typeof strapi.contentTypes] as { info: { displayName: string } }).info.displayName;
          throw new errors.PolicyError(`Vai trò của bạn không được xem "${name}", nên không xem hay chọn được mục ở trường "${targetField}".`);
        }
      }
    }
    return next();
  });
}
