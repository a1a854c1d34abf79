import type { Core } from '@strapi/strapi';
import { PERMISSION_PREFIX, type Actor } from '../workflow/evaluate';
import { displayName, type AdminUser } from './admin-user';
import { principalsOf } from './standing-in';
import { WorkflowError } from '../errors';
import { siteOfItem } from '../sites/owned';
import { isSuperAdmin, membershipsOf } from '../sites/memberships';

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

/**
 * The workflow's view of a person for one item: the transitions of the roles they hold AT THE ITEM'S SITE
 * (sites/memberships.ts). No membership there: the item does not exist for them (404, nothing revealed).
 * Items of types without a site, and the super admin (global), get actorOf's view.
 */
export async function actorAt(strapi: Core.Strapi, user: AdminUser, target: { uid: string; documentId: string }): Promise<Actor> {
  const actor = await actorOf(strapi, user);
  const site = await siteOfItem(strapi, target.uid, target.documentId);
  if (site === null || isSuperAdmin(user)) return actor;
  const permissions = await permissionsAtSite(strapi, user.id, site);
  // A stand-in lends the principal's rights AT THIS SITE: a deputy acts for a principal only in the wards
  // where the principal holds the role (none where the principal is not a member).
  const standsInFor = await Promise.all((actor.standsInFor ?? []).map(async (principal) => ({
    ...principal, permissions: await lentRightsAt(strapi, principal.id, site),
  })));
  return { ...actor, permissions, standsInFor };
}

/** The rights a principal lends a deputy at a site: those the principal holds there; none where not a member. */
export function lentRightsAt(strapi: Core.Strapi, principalId: number, siteId: number): Promise<Set<string>> {
  return permissionsAtSite(strapi, principalId, siteId).catch((error: unknown) => {
    if (error instanceof WorkflowError && error.status === 404) return new Set<string>();
    throw error;
  });
}

/** The workflow actions a person holds at a site; refuses (404) someone who is not a member of it. */
export async function permissionsAtSite(strapi: Core.Strapi, userId: number, siteId: number): Promise<Set<string>> {
  const membership = (await membershipsOf(strapi, userId)).find((m) => m.siteId === siteId);
  if (!membership) throw new WorkflowError(404, 'NOT_FOUND', 'Không tìm thấy mục này.');
  if (membership.roleIds.length === 0) return new Set();
  const permissions = (await strapi.db.query('admin::permission').findMany({
    where: { role: { id: { $in: membership.roleIds } }, action: { $startsWith: PERMISSION_PREFIX } },
    select: ['action'],
  })) as Array<{ action: string }>;
  return new Set(permissions.map((p) => p.action));
}

/** For lists over many items: a person's workflow rights at each site (null: not a member); undefined for the super admin. */
export function rightsAtSites(strapi: Core.Strapi, user: AdminUser): ((siteId: number) => Promise<ReadonlySet<string> | null>) | undefined {
  if (isSuperAdmin(user)) return undefined;
  return (siteId) => permissionsAtSite(strapi, user.id, siteId).catch((error: unknown) => {
    if (error instanceof WorkflowError && error.status === 404) return null;
    throw error;
  });
}
