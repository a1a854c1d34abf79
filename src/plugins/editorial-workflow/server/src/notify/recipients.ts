import type { Core } from '@strapi/strapi';
import { deputiesOf } from '../services/standing-in';
import { MEMBERSHIP_UID } from '../sites/memberships';
import { permissionOf } from '../workflow/evaluate';
import type { WorkflowDefinition } from '../workflow/types';

/**
 * Active admin users whose roles grant an action, or any of several (super admins are left out: they hold
 * every action). With a site: only those who hold such a role AT that site (sites/memberships.ts).
 */
export async function holdersOf(strapi: Core.Strapi, action: string | string[], siteId: number | null = null): Promise<number[]> {
  const permissions = (await strapi.db.query('admin::permission').findMany({
    where: { action: Array.isArray(action) ? { $in: action } : action, role: { code: { $ne: 'strapi-super-admin' } } },
    populate: { role: { select: ['id'] } },
  })) as Array<{ role?: { id: number } | null }>;
  const roleIds = permissions.map((permission) => permission.role?.id).filter((id): id is number => typeof id === 'number');
  if (roleIds.length === 0) return [];
  const users = (await strapi.db.query('admin::user').findMany({
    where: { isActive: true, roles: { id: { $in: roleIds } } },
    select: ['id'],
    populate: { roles: { select: ['id'] } },
  })) as Array<{ id: number; roles?: Array<{ id: number }> }>;
  if (siteId === null) return users.map((user) => user.id);
  const granting = new Set(roleIds);
  const memberships = (await strapi.db.query(MEMBERSHIP_UID as never).findMany({
    where: { ward: { id: siteId }, user: { id: { $in: users.map((user) => user.id) } } },
    populate: { user: { select: ['id'] }, roles: { select: ['id'] } },
  })) as Array<{ user?: { id: number } | null; roles?: Array<{ id: number }> }>;
  const there = new Map<number, Set<number>>();
  for (const m of memberships) {
    if (!m.user) continue;
    const set = there.get(m.user.id) ?? new Set<number>();
    for (const role of m.roles ?? []) if (granting.has(role.id)) set.add(role.id);
    there.set(m.user.id, set);
  }
  return users
    .filter((user) => (user.roles ?? []).some((role) => there.get(user.id)?.has(role.id)))
    .map((user) => user.id);
}

export interface NoticeFacts {
  event: string;
  toState: string | null;
  actorId: number | null;
  authorId: number | null;
  unitHeadIds: number[];
  scheduledBy?: number | null;
  /** The site the item belongs to (null: a type without a site): only people of that site hear of it. */
  siteId?: number | null;
  /** The board member the item was given to: they hear of everything that happens to it. */
  reviewerId?: number | null;
}

/** Events that go back to the author (and the unit's heads when the unit had approved). */
const BACK_TO_AUTHOR = new Set(['return', 'reject', 'unpublish', 'approval_revoked', 'publish', 'import_published']);
const ALSO_UNIT_HEADS = new Set(['return', 'reject', 'unpublish']);
/** Events that give the item to someone: they hear of it (`authorId` is then the person it was given to). */
const TO_ASSIGNEE = new Set(['assign']);

/**
 * Who hears of an event (the overdue notice included), derived from the table: for a waiting state, whoever may approve or publish
 * out of it (the unit's heads when the step belongs to them, else the holders of its permission);
 * for returns, rejections, take-downs and revocations, the author and the unit's heads; for an
 * assignment, the person assigned; never the
 * person who acted.
 */
export async function recipientsOf(strapi: Core.Strapi, wf: WorkflowDefinition, facts: NoticeFacts): Promise<number[]> {
  const ids = new Set<number>();
  const state = wf.states.find((candidate) => candidate.id === facts.toState);
  const moved = !['approval_revoked', 'reviewer_assigned', 'reviewer_unassigned', 'publish_scheduled', 'unpublish_scheduled', 'cancel_schedule', 'scheduled_publish_failed', 'scheduled_unpublish_failed'].includes(facts.event);
  if (moved && (state?.kind === 'review' || state?.kind === 'ready')) {
    for (const t of wf.transitions.filter((candidate) => candidate.from.includes(state.id) && (candidate.approval || candidate.effect === 'publish'))) {
      const people = t.actors.includes('unit_head') ? facts.unitHeadIds : await holdersOf(strapi, permissionOf(wf, t.id), facts.siteId ?? null);
      people.forEach((id) => ids.add(id));
    }
  }
  if ((BACK_TO_AUTHOR.has(facts.event) || TO_ASSIGNEE.has(facts.event)) && facts.authorId) ids.add(facts.authorId);
  if (ALSO_UNIT_HEADS.has(facts.event)) facts.unitHeadIds.forEach((id) => ids.add(id));
  if (facts.event.startsWith('scheduled_') && facts.event.endsWith('_failed') && facts.scheduledBy) ids.add(facts.scheduledBy);
  // An overdue item goes to whoever should act, and to the board above them.
  if (facts.event === 'overdue') (await holdersOf(strapi, permissionOf(wf, wf.boardTransition), facts.siteId ?? null)).forEach((id) => ids.add(id));
  if (facts.reviewerId) ids.add(facts.reviewerId);
  // Whoever stands in for a recipient on leave hears it too: nothing waits for someone who is away.
  (await deputiesOf(strapi, [...ids])).forEach((id) => ids.add(id));
  if (facts.actorId) ids.delete(facts.actorId);
  return [...ids].sort((a, b) => a - b);
}
