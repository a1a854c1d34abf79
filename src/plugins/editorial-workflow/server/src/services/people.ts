import type { Core } from '@strapi/strapi';
import type { Assignee } from '../api-types';
import { unitsRepository } from '../repositories/units';
import { displayName, type AdminUser } from './actor';

/** Staff as people know them: full name and unit ("Họ tên — Đơn vị"), never an id; sorted by that label. */
export async function peopleOf(strapi: Core.Strapi, ids: number[]): Promise<Assignee[]> {
  if (ids.length === 0) return [];
  const units = unitsRepository(strapi);
  const users = (await strapi.db.query('admin::user').findMany({
    where: { id: { $in: ids } }, select: ['id', 'firstname', 'lastname', 'username', 'email'],
  })) as AdminUser[];
  const unitsOf = await units.ofUsers(users.map((user) => user.id));
  const people = users.map((user) => {
    const names = (unitsOf.get(user.id) ?? []).map((unit) => unit.name);
    const name = displayName(user);
    return { id: user.id, name, units: names, label: names.length ? `${name} — ${names.join(', ')}` : name };
  });
  return people.sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}
