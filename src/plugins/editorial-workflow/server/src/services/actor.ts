import type { Core } from '@strapi/strapi';
import { PERMISSION_PREFIX, type Actor } from '../workflow/evaluate';

export interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string;
  roles?: Array<{ id: number; name: string; code: string }>;
}

export const displayName = (user: AdminUser) =>
  [user.lastname, user.firstname].filter(Boolean).join(' ') || user.username || user.email || `#${user.id}`;

/** The workflow's view of an admin user: who they are and which transitions their roles grant. */
export async function actorOf(strapi: Core.Strapi, user: AdminUser): Promise<Actor> {
  const permissions = (await strapi.service('admin::permission').findUserPermissions(user)) as Array<{ action: string }>;
  return {
    id: user.id,
    name: displayName(user),
    roles: (user.roles ?? []).map((role) => role.name),
    permissions: new Set(permissions.map((p) => p.action).filter((action) => action.startsWith(PERMISSION_PREFIX))),
  };
}

/** The scheduler and the seed act as the system: no person, no permissions of its own. */
export const SYSTEM_ACTOR: Actor = { id: 0, name: 'Hệ thống', roles: [], permissions: new Set() };
