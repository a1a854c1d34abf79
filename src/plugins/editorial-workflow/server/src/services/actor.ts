import type { Core } from '@strapi/strapi';
import { PERMISSION_PREFIX, type Actor } from '../workflow/evaluate';
import { displayName, type AdminUser } from './admin-user';
import { principalsOf } from './standing-in';

export { displayName, type AdminUser } from './admin-user';

/**
 * The workflow's view of an admin user: who they are, which transitions their roles grant and, today,
 * whom they stand in for (services/deputies.ts).
 */
export async function actorOf(strapi: Core.Strapi, user: AdminUser, { withDeputies = true } = {}): Promise<Actor> {
  const permissions = (await strapi.service('admin::permission').findUserPermissions(user)) as Array<{ action: string }>;
  return {
    id: user.id,
    name: displayName(user),
    roles: (user.roles ?? []).map((role) => role.name),
    permissions: new Set(permissions.map((p) => p.action).filter((action) => action.startsWith(PERMISSION_PREFIX))),
    ...(withDeputies ? { standsInFor: await principalsOf(strapi, user.id) } : {}),
  };
}

/** The scheduler and the seed act as the system: no person, no permissions of its own. */
export const SYSTEM_ACTOR: Actor = { id: 0, name: 'Hệ thống', roles: [], permissions: new Set() };
