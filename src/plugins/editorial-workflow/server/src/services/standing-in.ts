import type { Core } from '@strapi/strapi';
import { deputiesRepository } from '../repositories/deputies';
import { PERMISSION_PREFIX, type Principal } from '../workflow/evaluate';
import { displayName, type AdminUser } from './admin-user';
import { calendarOf } from './due';

/** Whom `deputyId` stands in for today, with the workflow rights each holds (for actorOf). */
export async function principalsOf(strapi: Core.Strapi, deputyId: number, now = new Date()): Promise<Principal[]> {
  const rows = await deputiesRepository(strapi).standingInFor(deputyId, calendarOf(strapi).localDate(now));
  const principals: Principal[] = [];
  for (const row of rows) {
    const user = (await strapi.db.query('admin::user').findOne({ where: { id: row.principalId, isActive: true }, populate: ['roles'] })) as AdminUser | null;
    if (!user) continue;
    const permissions = (await strapi.service('admin::permission').findUserPermissions(user)) as Array<{ action: string }>;
    principals.push({
      id: user.id, name: displayName(user),
      permissions: new Set(permissions.map((p) => p.action).filter((action) => action.startsWith(PERMISSION_PREFIX))),
    });
  }
  return principals;
}

/** The deputies of these people today: they hear what the people they stand in for would. */
export async function deputiesOf(strapi: Core.Strapi, ids: number[], now = new Date()): Promise<number[]> {
  return (await deputiesRepository(strapi).deputiesOf(ids, calendarOf(strapi).localDate(now))).map((row) => row.deputyId);
}
