import type { Core } from '@strapi/strapi';
import { unitsRepository } from '../repositories/units';
import { PLUGIN } from '../permissions';
import { membershipsOf, sitesWithRole } from './memberships';

/**
 * "Same site as me", as Strapi admin conditions.
 *
 * Strapi OR-s the conditions of one permission (@strapi/permissions engine: `$or` of the handlers' results),
 * so "own AND same site" cannot be two conditions on one permission: each combination is a condition of
 * its own, whose handler returns the `$and` of both queries.
 *
 * Per-site roles: the engine hands every handler the permission it guards (`options.permission`, with its
 * id). The handler looks up the role that permission belongs to and allows only the sites where the person
 * holds THAT role, so a unit head in ward A who is a contributor in ward B gets the unit head's grants in A
 * only — one condition for every role, no condition per role.
 */
type User = { id: number; permission?: { id?: number } };

// Permission ids → role ids. Role permissions are rewritten at start and by Settings → Roles (new ids):
// an id not yet known rereads the table.
let roleOfPermission = new Map<number, number>();

async function roleOf(strapi: Core.Strapi, permissionId: number): Promise<number | undefined> {
  if (!roleOfPermission.has(permissionId)) {
    const rows = (await strapi.db.query('admin::permission').findMany({
      select: ['id'], populate: { role: { select: ['id'] } },
    })) as Array<{ id: number; role?: { id: number } | null }>;
    roleOfPermission = new Map(rows.filter((row) => row.role).map((row) => [row.id, row.role!.id]));
  }
  return roleOfPermission.get(permissionId);
}

/** The sites where the person may use this permission: where they hold its role. */
async function sitesFor(strapi: Core.Strapi, user: User): Promise<number[]> {
  const permissionId = user.permission?.id;
  const roleId = permissionId === undefined ? undefined : await roleOf(strapi, permissionId);
  if (roleId === undefined) return (await membershipsOf(strapi, user.id)).map((m) => m.siteId);
  return sitesWithRole(strapi, user.id, roleId);
}

export const SAME_SITE = `plugin::${PLUGIN}.same-site`;
/** The condition that replaces each of the table's conditions on a ward's type: it AND the site. */
export const WITH_SITE = {
  own: `plugin::${PLUGIN}.own-same-site`,
  'same-unit': `plugin::${PLUGIN}.same-unit-same-site`,
  assigned: `plugin::${PLUGIN}.assigned-same-site`,
} as const;

export async function registerSiteConditions(strapi: Core.Strapi, conditionProvider: { register(condition: unknown): Promise<void> }): Promise<void> {
  const site = async (user: User) => ({ 'site.id': { $in: await sitesFor(strapi, user) } });
  const both = (first: Record<string, unknown>, second: Record<string, unknown>) => ({ $and: [first, second] });
  await conditionProvider.register({
    displayName: 'Cùng phường, xã với tôi', name: 'same-site', plugin: PLUGIN, handler: site,
  });
  await conditionProvider.register({
    displayName: 'Tôi tạo ra, ở phường, xã của tôi', name: 'own-same-site', plugin: PLUGIN,
    handler: async (user: User) => both({ 'createdBy.id': user.id }, await site(user)),
  });
  await conditionProvider.register({
    displayName: 'Cùng đơn vị và cùng phường, xã với tôi', name: 'same-unit-same-site', plugin: PLUGIN,
    handler: async (user: User) => {
      const units = await unitsRepository(strapi).ofUser(user.id);
      return both({ 'unit.documentId': { $in: units.map((unit) => unit.documentId) } }, await site(user));
    },
  });
  await conditionProvider.register({
    displayName: 'Được giao cho tôi, ở phường, xã của tôi', name: 'assigned-same-site', plugin: PLUGIN,
    handler: async (user: User) => both({ 'assignedOfficer.id': user.id }, await site(user)),
  });
}
