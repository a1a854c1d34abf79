import type { Core } from '@strapi/strapi';

export const MEMBERSHIP_UID = 'plugin::editorial-workflow.site-membership';

/** One site a person works at, and the admin roles they hold there. */
export interface Membership {
  siteId: number;
  siteDocumentId: string;
  siteCode: string;
  roleIds: number[];
  roleCodes: string[];
}

interface Row {
  ward?: { id: number; documentId: string; code: string | null } | null;
  roles?: Array<{ id: number; code: string }>;
}

async function load(strapi: Core.Strapi, userId: number): Promise<Membership[]> {
  const [rows, user] = await Promise.all([
    strapi.db.query(MEMBERSHIP_UID as never).findMany({
      where: { user: { id: userId } },
      populate: { ward: { select: ['id', 'documentId', 'code'] }, roles: { select: ['id', 'code'] } },
    }) as Promise<Row[]>,
    strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: { roles: { select: ['id'] } } }) as Promise<{ roles?: Array<{ id: number }> } | null>,
  ]);
  // A role counts at a site only while the person still holds it (Settings → Users can take it away).
  const held = new Set((user?.roles ?? []).map((role) => role.id));
  const bySite = new Map<number, Membership>();
  for (const row of rows) {
    if (!row.ward) continue;
    const entry = bySite.get(row.ward.id)
      ?? { siteId: row.ward.id, siteDocumentId: row.ward.documentId, siteCode: row.ward.code ?? '', roleIds: [], roleCodes: [] };
    for (const role of row.roles ?? []) {
      if (!held.has(role.id) || entry.roleIds.includes(role.id)) continue;
      entry.roleIds.push(role.id);
      entry.roleCodes.push(role.code);
    }
    bySite.set(row.ward.id, entry);
  }
  return [...bySite.values()];
}

// One request asks several times (one RBAC condition per permission, the actor, the site rule): read once.
const perRequest = new WeakMap<object, Map<number, Promise<Membership[]>>>();

/** The sites a person is a member of, with the roles they hold at each. */
export function membershipsOf(strapi: Core.Strapi, userId: number): Promise<Membership[]> {
  const ctx = strapi.requestContext.get() as object | undefined;
  if (!ctx) return load(strapi, userId);
  const cache = perRequest.get(ctx) ?? new Map<number, Promise<Membership[]>>();
  perRequest.set(ctx, cache);
  const found = cache.get(userId) ?? load(strapi, userId);
  cache.set(userId, found);
  return found;
}

/** Ids of the sites where the person holds the role. */
export async function sitesWithRole(strapi: Core.Strapi, userId: number, roleId: number): Promise<number[]> {
  return (await membershipsOf(strapi, userId)).filter((m) => m.roleIds.includes(roleId)).map((m) => m.siteId);
}

export function isSuperAdmin(user: { roles?: Array<{ code?: string }> }): boolean {
  return (user.roles ?? []).some((role) => role.code === 'strapi-super-admin');
}

/**
 * Makes a person a member of a site with the given workflow roles there (added to the roles they hold),
 * and gives them those roles in Settings → Users if they lacked them: memberships say WHERE a role applies,
 * the user's roles say that they hold it at all. For the seed, the tests and the city's IT scripts.
 */
export async function addMember(strapi: Core.Strapi, userId: number, siteId: number, roleCodes: string[]): Promise<void> {
  const roles = (await strapi.db.query('admin::role').findMany({ where: { code: { $in: roleCodes } }, select: ['id', 'code'] })) as Array<{ id: number; code: string }>;
  const missing = roleCodes.filter((code) => !roles.some((role) => role.code === code));
  if (missing.length > 0) throw new Error(`No admin role ${missing.join(', ')}`);
  const existing = (await strapi.db.query(MEMBERSHIP_UID as never).findOne({
    where: { user: { id: userId }, ward: { id: siteId } },
    populate: { roles: { select: ['id'] } },
  })) as { id: number; roles?: Array<{ id: number }> } | null;
  const roleIds = [...new Set([...(existing?.roles ?? []).map((role) => role.id), ...roles.map((role) => role.id)])];
  if (existing) await strapi.db.query(MEMBERSHIP_UID as never).update({ where: { id: existing.id }, data: { roles: roleIds } });
  else await strapi.documents(MEMBERSHIP_UID as never).create({ data: { user: userId, ward: siteId, roles: roleIds } as never });
  await holdRoles(strapi, userId, roleIds);
}

/** The person holds every given role in Settings → Users (a membership cannot grant a role they lack). */
export async function holdRoles(strapi: Core.Strapi, userId: number, roleIds: number[]): Promise<void> {
  const user = (await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: { roles: { select: ['id'] } } })) as { roles?: Array<{ id: number }> } | null;
  if (!user) return;
  const held = (user.roles ?? []).map((role) => role.id);
  const all = [...new Set([...held, ...roleIds])];
  if (all.length !== held.length) await strapi.db.query('admin::user').update({ where: { id: userId }, data: { roles: all } });
}

/**
 * The sites where a person may use one of the plugin's actions (`plugin::editorial-workflow.stats.read`):
 * those where they hold a role granting it. Null means every site: the super admin, and a city-wide role
 * of the table (permissions.ts `citywide`) that grants it.
 */
export async function sitesForAction(strapi: Core.Strapi, user: { id: number; roles?: Array<{ code?: string }> }, action: string, citywideCodes: readonly string[]): Promise<number[] | null> {
  if (isSuperAdmin(user)) return null;
  const granting = (await strapi.db.query('admin::permission').findMany({
    where: { action, role: { users: { id: user.id } } },
    populate: { role: { select: ['id', 'code'] } },
  })) as Array<{ role?: { id: number; code: string } | null }>;
  if (granting.some((permission) => permission.role && citywideCodes.includes(permission.role.code))) return null;
  const roleIds = new Set(granting.map((permission) => permission.role?.id));
  return (await membershipsOf(strapi, user.id)).filter((m) => m.roleIds.some((id) => roleIds.has(id))).map((m) => m.siteId);
}

/** The sites of the staff member making the request; undefined for the super admin and the system (every site). */
export async function staffSites(strapi: Core.Strapi): Promise<number[] | undefined> {
  const user = (strapi.requestContext.get()?.state as { user?: { id: number; roles?: Array<{ code?: string }> } } | undefined)?.user;
  if (!user || isSuperAdmin(user)) return undefined;
  return (await membershipsOf(strapi, user.id)).map((m) => m.siteId);
}

/** Of these people, those who are members of at least one of the sites (pickers offer only a ward's own staff). */
export async function membersAmong(strapi: Core.Strapi, ids: number[], sites: number[]): Promise<number[]> {
  if (ids.length === 0 || sites.length === 0) return [];
  const rows = (await strapi.db.query(MEMBERSHIP_UID as never).findMany({
    where: { user: { id: { $in: ids } }, ward: { id: { $in: sites } } },
    populate: { user: { select: ['id'] } },
  })) as Array<{ user?: { id: number } | null }>;
  const members = new Set(rows.map((row) => row.user?.id));
  return ids.filter((id) => members.has(id));
}
