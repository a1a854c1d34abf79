import type { Core } from '@strapi/strapi';
import { holdRoles, MEMBERSHIP_UID } from './memberships';

/**
 * A membership the super admin saves in the Content Manager gives the person its roles in Settings → Users
 * too (a role counts at a site only while the person holds it): naming the roles once, per site, is enough.
 */
export function watchMemberships(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid !== MEMBERSHIP_UID || !['create', 'update'].includes(context.action)) return result;
    const documentId = (result as { documentId?: string } | null)?.documentId;
    if (!documentId) return result;
    const row = (await strapi.db.query(MEMBERSHIP_UID as never).findOne({
      where: { documentId },
      populate: { user: { select: ['id'] }, roles: { select: ['id'] } },
    })) as { user?: { id: number } | null; roles?: Array<{ id: number }> } | null;
    if (row?.user) await holdRoles(strapi, row.user.id, (row.roles ?? []).map((role) => role.id));
    return result;
  });
}

/**
 * Once, on a database from before sites had members: every staff account becomes a member of the first
 * site with the roles it holds, so a single ward's installation works on as before. Later, whom the super
 * admin takes out of every site stays out.
 */
export async function firstSiteMemberships(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'editorial-workflow', key: 'memberships-from-roles' });
  if (await store.get({})) return;
  const first = (await strapi.db.query('api::site.site' as never).findMany({ select: ['id'], orderBy: { id: 'asc' }, limit: 1 })) as Array<{ id: number }>;
  if (first.length === 0) return;
  const users = (await strapi.db.query('admin::user').findMany({ populate: { roles: { select: ['id', 'code'] } } })) as Array<{ id: number; roles?: Array<{ id: number; code: string }> }>;
  for (const user of users) {
    const roles = (user.roles ?? []).filter((role) => role.code !== 'strapi-super-admin');
    if (roles.length === 0) continue;
    const has = await strapi.db.query(MEMBERSHIP_UID as never).count({ where: { user: { id: user.id } } });
    if (has > 0) continue;
    await strapi.documents(MEMBERSHIP_UID as never).create({ data: { user: user.id, ward: first[0].id, roles: roles.map((role) => role.id) } as never });
  }
  await store.set({ value: { at: new Date().toISOString() } });
}
