import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { attachToActions } from './routes';

interface Ctx {
  params: { model?: string; targetField?: string };
  state: { userAbility?: unknown };
}

interface PermissionChecker {
  cannot: { read(entity: unknown, field: string): boolean };
}

/**
 * The relation pickers (GET /content-manager/relations/:model/…/:targetField) on a field the admin may
 * not read — createdBy, updatedBy, localizations, or any field the role hides — end in a 500: the
 * Content Manager answers "forbidden" and then reads on. Refuse them before, with 403.
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
    }
    return next();
  });
}
