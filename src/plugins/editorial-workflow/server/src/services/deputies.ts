import type { Core } from '@strapi/strapi';
import type { Assignee, DeputyView } from '../api-types';
import { WorkflowError } from '../errors';
import { workflowTransaction } from '../guard/transaction';
import { holdersOf } from '../notify/recipients';
import { getRegistry } from '../registry';
import { deputiesRepository, type DeputyRow } from '../repositories/deputies';
import { logRepository } from '../repositories/log';
import { unitsRepository } from '../repositories/units';
import { permissionOf } from '../workflow/evaluate';
import { isSuperAdmin, membersAmong, membershipsOf } from '../sites/memberships';
import { actorOf, displayName, type AdminUser } from './actor';
import { calendarOf } from './due';
import { peopleOf } from './people';

export const DEPUTY_UID = 'plugin::editorial-workflow.deputy';
/** A leave longer than this is a reassignment of the role, which the super admin makes in the roles. */
export const MAX_LEAVE_DAYS = 60;

const dayMs = 24 * 60 * 60 * 1000;
const span = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / dayMs) + 1;
const shown = (day: string) => day.split('-').reverse().join('/');

/**
 * Deputies during leave: a unit head or board member names someone who, from one local day to another,
 * holds their workflow rights (evaluate() tries the principal's rights when the deputy's own fall short)
 * and gets the notices meant for them. Naming and ending are in the log.
 */
export function deputiesService(strapi: Core.Strapi) {
  const repo = deputiesRepository(strapi);
  const log = logRepository(strapi);
  const units = unitsRepository(strapi);
  const today = (now: Date) => calendarOf(strapi).localDate(now);

  /** Unit heads and board members (of any workflow) may name a deputy: their absence stalls the chain. */
  async function reviews(user: AdminUser): Promise<boolean> {
    if ((await units.ofUser(user.id)).some((unit) => unit.headIds.includes(user.id))) return true;
    const actor = await actorOf(strapi, user, { withDeputies: false });
    return getRegistry().workflows.some((wf) => actor.permissions.has(permissionOf(wf, wf.boardTransition)));
  }

  /** Staff who hold any workflow step: those who can act at all (one query for every step's permission). */
  async function staffIds(): Promise<number[]> {
    const actions = getRegistry().workflows.flatMap((wf) => wf.transitions.map((t) => permissionOf(wf, t.id)));
    return [...new Set(await holdersOf(strapi, [...new Set(actions)]))];
  }

  /**
   * Of these people, those who share a ward with the user (a deputy stands in only where the principal
   * works: standing-in.ts); the super admin, global, may name anyone.
   */
  async function sharingAWard(user: AdminUser, ids: number[]): Promise<number[]> {
    if (isSuperAdmin(user)) return ids;
    return membersAmong(strapi, ids, (await membershipsOf(strapi, user.id)).map((m) => m.siteId));
  }

  const view = (row: DeputyRow, day: string, userId: number): DeputyView => ({
    id: row.id,
    principal: { id: row.principalId, name: row.principalName },
    deputy: { id: row.deputyId, name: row.deputyName },
    fromDate: row.fromDate,
    toDate: row.toDate,
    active: row.fromDate <= day && day <= row.toDate,
    mine: row.principalId === userId,
  });

  async function appendLog(trx: unknown, user: AdminUser, event: 'deputy_named' | 'deputy_ended', row: DeputyRow, comment: string, now: Date) {
    const actorUnits = await units.ofUser(user.id);
    const roles = (user.roles ?? []).map((role) => role.name);
    await log.append({
      targetUid: DEPUTY_UID, targetDocumentId: `deputy-${row.id}`, locale: null, event, fromState: null, toState: null,
      actor: { id: user.id, name: displayName(user), roles, units: actorUnits.map((unit) => unit.name) },
      reasonCode: null, reasonText: null, comment, contentHash: null, at: now,
    }, trx as never);
  }

  return {
    /** For the deputies section: whether this person may name one, and the leaves they are part of. */
    async list(user: AdminUser, now = new Date()): Promise<{ mayName: boolean; leaves: DeputyView[] }> {
      const day = today(now);
      return { mayName: await reviews(user), leaves: (await repo.concerning(user.id, day)).map((row) => view(row, day, user.id)) };
    },

    /** Who may be named: staff holding any workflow step, but not the person themselves. */
    async options(user: AdminUser): Promise<Assignee[]> {
      if (!(await reviews(user))) throw new WorkflowError(403, 'NOT_A_REVIEWER', 'Chỉ trưởng đơn vị và Ban biên tập cử người thay khi vắng.');
      return peopleOf(strapi, await sharingAWard(user, (await staffIds()).filter((id) => id !== user.id)));
    },

    async name(user: AdminUser, input: { deputyId: number; fromDate: string; toDate: string }, now = new Date()): Promise<DeputyView> {
      const day = today(now);
      if (!(await reviews(user))) throw new WorkflowError(403, 'NOT_A_REVIEWER', 'Chỉ trưởng đơn vị và Ban biên tập cử người thay khi vắng.');
      if (input.deputyId === user.id) throw new WorkflowError(400, 'SELF_DEPUTY', 'Không thể tự cử mình làm người thay.');
      if (input.toDate < input.fromDate) throw new WorkflowError(400, 'BAD_RANGE', `"Đến ngày" (${shown(input.toDate)}) phải từ "Từ ngày" (${shown(input.fromDate)}) trở đi.`);
      if (input.toDate < day) throw new WorkflowError(400, 'PAST_RANGE', `Khoảng nghỉ đã qua: hôm nay là ${shown(day)}.`);
      if (span(input.fromDate, input.toDate) > MAX_LEAVE_DAYS) {
        throw new WorkflowError(400, 'TOO_LONG', `Mỗi lần cử người thay tối đa ${MAX_LEAVE_DAYS} ngày; vắng lâu hơn thì quản trị viên giao lại vai trò.`);
      }
      // Someone of another ward is refused as one who is not staff: the picker does not offer them either.
      if (!(await staffIds()).includes(input.deputyId) || (await sharingAWard(user, [input.deputyId])).length === 0) {
        throw new WorkflowError(400, 'NOT_STAFF', 'Người được cử phải là cán bộ đang có vai trò trong quy trình biên tập.');
      }
      const clash = await repo.overlapping(user.id, input.fromDate, input.toDate);
      if (clash) {
        throw new WorkflowError(409, 'OVERLAP', `Đã cử ${clash.deputyName} thay từ ${shown(clash.fromDate)} đến ${shown(clash.toDate)}: hãy kết thúc lần cử đó trước.`);
      }
      const [deputy] = await peopleOf(strapi, [input.deputyId]);
      const principalName = displayName(user);
      return workflowTransaction(strapi, async ({ trx }) => {
        const row = await repo.create({
          principalId: user.id, principalName, deputyId: input.deputyId, deputyName: deputy.name,
          fromDate: input.fromDate, toDate: input.toDate, namedById: user.id,
        });
        await appendLog(trx, user, 'deputy_named', row, `${principalName} cử ${deputy.name} thay mình từ ${shown(row.fromDate)} đến ${shown(row.toDate)}.`, now);
        return view(row, day, user.id);
      });
    },

    /** Ends a leave now (the principal is back early): only the person who named it. */
    async end(user: AdminUser, id: number, now = new Date()): Promise<DeputyView> {
      const day = today(now);
      const row = await repo.find(id);
      if (!row || row.endedAt) throw new WorkflowError(404, 'NO_LEAVE', 'Không có lần cử người thay này.');
      if (row.principalId !== user.id) throw new WorkflowError(403, 'NOT_YOURS', 'Chỉ người đã cử mới kết thúc được việc thay.');
      return workflowTransaction(strapi, async ({ trx }) => {
        const ended = await repo.end(row.id, now.toISOString());
        await appendLog(trx, user, 'deputy_ended', ended, `${row.principalName} kết thúc việc ${row.deputyName} thay mình (cử từ ${shown(row.fromDate)} đến ${shown(row.toDate)}).`, now);
        return view(ended, day, user.id);
      });
    },
  };
}
