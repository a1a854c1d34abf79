import type { Core } from '@strapi/strapi';
import { PLUGIN, ROLES, type RoleGrant } from '../permissions';

const CONDITIONS = {
  own: 'admin::is-creator',
  'same-unit': `plugin::${PLUGIN}.same-unit`,
  assigned: `plugin::${PLUGIN}.assigned-officer`,
} as const;

interface Permission {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

/** Content Manager permissions with every field (nested component fields included) and both languages. */
function contentManagerPermissions(strapi: Core.Strapi, grant: RoleGrant): Permission[] {
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: { get(id: string): unknown } };
  const contentTypes = strapi.service('admin::content-type') as {
    getPermissionsWithNestedFields(actions: unknown[]): Permission[];
  };
  return grant.contentManager.flatMap(({ uid, actions, condition }) =>
    actions.flatMap((action) => {
      const definition = actionProvider.get(`plugin::content-manager.explorer.${action}`) as object;
      const [permission] = contentTypes.getPermissionsWithNestedFields([{ ...definition, subjects: [uid] }]);
      const localized = (strapi.contentType(uid as never) as { pluginOptions?: { i18n?: { localized?: boolean } } })
        .pluginOptions?.i18n?.localized;
      return [{
        action: permission.action,
        subject: uid,
        properties: { ...permission.properties, ...(localized ? { locales: ['vi', 'en'] } : {}) },
        conditions: condition ? [CONDITIONS[condition]] : [],
      }];
    }),
  );
}

/**
 * Creates the staff roles once (found again by their code). A role that exists keeps whatever the
 * super admin changed; it only gains workflow permissions added to the table since.
 */
export async function ensureRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as {
    findOne(where: Record<string, unknown>, populate?: unknown): Promise<{ id: number; permissions?: Permission[] } | null>;
    create(data: Record<string, unknown>): Promise<{ id: number }>;
    assignPermissions(id: number, permissions: Permission[]): Promise<unknown>;
    addPermissions(id: number, permissions: Permission[]): Promise<unknown>;
  };
  for (const grant of ROLES) {
    const plugin = [...grant.plugin.map((action) => `plugin::${PLUGIN}.${action}`), ...(grant.otherPlugins ?? [])].map((action) => ({
      action,
      subject: null,
      properties: {},
      conditions: [],
    }));
    const existing = await roles.findOne({ code: grant.code }, ['permissions']);
    if (!existing) {
      const role = await roles.create({ name: grant.name, code: grant.code, description: grant.description });
      await roles.assignPermissions(role.id, [...contentManagerPermissions(strapi, grant), ...plugin]);
      continue;
    }
    const held = new Set((existing.permissions ?? []).map((permission) => permission.action));
    const missing = plugin.filter((permission) => !held.has(permission.action));
    if (missing.length > 0) await roles.addPermissions(existing.id, missing);
  }
}
