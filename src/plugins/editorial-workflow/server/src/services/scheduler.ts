import type { Core } from '@strapi/strapi';
import { WorkflowError } from '../errors';
import { workflowTransaction } from '../guard/transaction';
import { logRepository } from '../repositories/log';
import { statesRepository, type StateRow } from '../repositories/states';
import { notifier } from '../notify';
import { getRegistry } from '../registry';
import { actorOf, SYSTEM_ACTOR, type AdminUser } from './actor';
import { titleKey, titlesOf } from './items';
import type { WorkflowService } from './workflow';

export interface SchedulerRun {
  /** Scheduled steps carried out (publications and expiries). */
  published: number;
  failed: number;
}

/**
 * Scheduled steps, run by Strapi's cron: a publication, or an expiry (a scheduled `unpublish`, with the
 * reason given when it was scheduled). A due item goes through the ordinary transition on behalf of the
 * person who scheduled it, so the permission and (to publish) the approved content hash are checked
 * again at fire time. Firing is idempotent: the state moves once, a second instance firing
 * at the same moment loses the conditional update. A refusal is logged and the schedule cleared.
 */
export function schedulerService({ strapi }: { strapi: Core.Strapi }) {
  const states = statesRepository(strapi);
  const log = logRepository(strapi);
  const workflow = () => strapi.plugin('editorial-workflow').service('workflow') as WorkflowService;

  const notify = notifier(strapi);

  async function recordFailure(row: StateRow, transitionId: string, reason: string, now: Date): Promise<void> {
    const wf = getRegistry().workflowOf(row.targetUid)!;
    const title = (await titlesOf(strapi, [row])).get(titleKey(row)) ?? row.targetDocumentId;
    const notice = await workflowTransaction(strapi, async ({ trx }) => {
      if (!(await states.moveIf(row, { publishAt: null, publishBy: null, scheduledTransition: null, scheduledInput: null }))) return null;
      const entry = await log.append({
        targetUid: row.targetUid, targetDocumentId: row.targetDocumentId, locale: row.locale,
        event: `scheduled_${transitionId}_failed`, fromState: row.state, toState: row.state,
        actor: { id: null, name: SYSTEM_ACTOR.name, roles: [], units: [] }, reasonCode: null,
        reasonText: reason, comment: null, contentHash: null, at: now,
      }, trx);
      return notify.record(wf, entry, title, {
        event: entry.event, toState: row.state, actorId: null, authorId: row.authorId, unitHeadIds: [], scheduledBy: row.publishBy,
      });
    });
    if (notice) await notify.email(notice);
  }

  /**
   * Items past their due time get one notice (logged as `overdue`, so breaches are on record), sent
   * to whoever should act and to the board.
   */
  async function noticeOverdue(now: Date): Promise<number> {
    const late = (await states.findMany({ dueAt: { $notNull: true, $lt: now.toISOString() } }))
      .filter((row) => !row.overdueNotified);
    const titles = await titlesOf(strapi, late);
    for (const row of late) {
      const wf = getRegistry().workflowOf(row.targetUid);
      const kind = wf?.states.find((state) => state.id === row.state)?.kind;
      if (!wf || (kind !== 'review' && kind !== 'ready')) continue;
      const unit = await workflow().unitOf(row);
      const notice = await workflowTransaction(strapi, async ({ trx }) => {
        // Decided by the conditional update: a second run (another instance, a retry) sends nothing.
        if (!(await states.markOverdueNotified(row.id))) return null;
        const entry = await log.append({
          targetUid: row.targetUid, targetDocumentId: row.targetDocumentId, locale: row.locale, event: 'overdue',
          fromState: row.state, toState: row.state, actor: { id: null, name: SYSTEM_ACTOR.name, roles: [], units: [] },
          reasonCode: null, reasonText: `Quá hạn xử lý từ ${row.dueAt}.`, comment: null, contentHash: null, at: now,
        }, trx);
        return notify.record(wf, entry, titles.get(titleKey(row)) ?? row.targetDocumentId, {
          event: 'overdue', toState: row.state, actorId: null, authorId: row.authorId, unitHeadIds: unit?.headIds ?? [],
        });
      });
      if (notice) await notify.email(notice);
    }
    return late.length;
  }

  return {
    noticeOverdue,

    async runDue(now: Date): Promise<SchedulerRun> {
      const due = await states.findMany({ publishAt: { $notNull: true, $lte: now.toISOString() } });
      const run: SchedulerRun = { published: 0, failed: 0 };
      for (const row of due) {
        const transitionId = row.scheduledTransition ?? 'publish';
        const user = row.publishBy
          ? ((await strapi.db.query('admin::user').findOne({ where: { id: row.publishBy }, populate: ['roles'] })) as AdminUser | null)
          : null;
        try {
          if (!user) throw new WorkflowError(403, 'NO_PUBLISHER', 'Người hẹn giờ đăng không còn tài khoản.');
          await workflow().perform({
            uid: row.targetUid, documentId: row.targetDocumentId, locale: row.locale, transitionId,
            input: row.scheduledInput ?? {}, actor: await actorOf(strapi, user), now,
          });
          run.published += 1;
        } catch (error) {
          if (error instanceof WorkflowError && error.details.code === 'CONFLICT') continue;
          run.failed += 1;
          const what = transitionId === 'publish' ? 'đăng' : 'gỡ';
          const reason = `Không ${what} được theo lịch hẹn: ${error instanceof Error ? error.message : String(error)}`;
          strapi.log.warn(`editorial-workflow: ${row.targetUid} ${row.targetDocumentId}: ${reason}`);
          const fresh = await states.find(row.targetUid, row.targetDocumentId, row.locale);
          if (fresh?.publishAt) await recordFailure(fresh, transitionId, reason, now);
        }
      }
      await noticeOverdue(now);
      return run;
    },
  };
}
