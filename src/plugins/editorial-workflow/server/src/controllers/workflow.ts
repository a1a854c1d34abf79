import type { Core } from '@strapi/strapi';
import { WorkflowError } from '../errors';
import { getRegistry } from '../registry';
import { answerRefusal, type Ctx } from './refusal';
import { eventLabel } from '../notify';
import { stateView } from '../workflow/state-view';
import { logRepository } from '../repositories/log';
import { itemsTitled } from '../services/items';
import { describeLogRows } from '../services/log-rows';
import { notificationsRepository } from '../repositories/notifications';
import { actorAt, actorOf, rightsAtSites } from '../services/actor';
import { CITYWIDE_ROLES } from '../permissions';
import { membershipsOf, sitesForAction, staffSites } from '../sites/memberships';
import { rowsOfSites } from '../sites/owned';
import { peopleOf } from '../services/people';
import type { WorkflowService } from '../services/workflow';
import { MIN_REASON_LENGTH, REASON_CODES } from '../workflow/types';
import { compareQuery, documentParams, idParams, localeQuery, logQuery, pageQuery, parse, reviewerBody, transitionBody } from '../validation/inputs';
import { compareService } from '../services/compare';
import { commentsService } from '../services/comments';
import { assertMayReadDraft } from '../services/read-access';

const LOG_PAGE_SIZE = 50;
const INBOX_PAGE_SIZE = 30;

/** Parses and answers; every decision is the service's. */
export function workflowController({ strapi }: { strapi: Core.Strapi }) {
  const service = () => strapi.plugin('editorial-workflow').service('workflow') as WorkflowService;
  const log = logRepository(strapi);
  const inbox = notificationsRepository(strapi);
  const comments = commentsService(strapi);

  async function respond(ctx: Ctx, work: () => Promise<unknown>) {
    try {
      ctx.body = { data: await work() };
    } catch (error) {
      answerRefusal(ctx, error);
    }
  }

  return {
    definition(ctx: Ctx) {
      ctx.body = { data: { workflows: getRegistry().workflows, reasonCodes: REASON_CODES, minReasonLength: MIN_REASON_LENGTH } };
    },

    async document(ctx: Ctx) {
      await respond(ctx, async () => {
        const { uid, documentId } = parse(documentParams, ctx.params);
        const { locale } = parse(localeQuery, ctx.query);
        const target = { uid, documentId, locale };
        // The panel's history names reasons, comments and people: only for those who may read the item.
        await assertMayReadDraft(strapi, ctx.state.userAbility, uid, documentId, locale ?? null);
        const state = await service().state(target);
        const wf = getRegistry().workflowOf(uid)!;
        const view = stateView(wf, state);
        const actor = await actorAt(strapi, ctx.state.user, target);
        const details = await service().details(target, (ctx.state.user as { id?: number } | undefined)?.id);
        return {
          workflow: wf.id,
          state: state.state,
          stateLabel: view.label,
          dueAt: state.dueAt,
          overdue: view.overdue,
          isOrientation: details.isOrientation,
          reviewer: state.reviewerId ? (await peopleOf(strapi, [state.reviewerId]))[0] ?? null : null,
          mayAssignReviewer: service().mayAssignReviewer(state, actor),
          publishAt: state.publishAt,
          scheduled: details.scheduled,
          ...details.people,
          deletable: details.deletable,
          editable: details.editable,
          // Threads not yet resolved, and those the last return pointed at: what a resubmission leaves to settle.
          openComments: await comments.open({ uid, documentId, locale: state.locale }),
          returnComments: await comments.ofLastReturn({ uid, documentId, locale: state.locale }),
          history: (await service().history(target)).map((entry) => ({ ...entry, label: eventLabel(wf, entry.event) })),
          transitions: await service().available(target, actor),
        };
      });
    },

    /** Two points of the item's history compared field by field; only for those who may read the item. */
    async compare(ctx: Ctx) {
      await respond(ctx, async () => {
        const { uid, documentId } = parse(documentParams, ctx.params);
        const { locale, from, to } = parse(compareQuery, ctx.query);
        // Checked before anything is looked up, as for the panel: a refused reader leaves no trace.
        await assertMayReadDraft(strapi, ctx.state.userAbility, uid, documentId, locale ?? null);
        return compareService(strapi).compare({ uid, documentId, locale, from, to, userId: ctx.state.user.id });
      });
    },

    async transition(ctx: Ctx) {
      await respond(ctx, async () => {
        const { uid, documentId } = parse(documentParams, ctx.params);
        const body = parse(transitionBody, ctx.request.body ?? {});
        const { transition, locale, commentIds, ...input } = body;
        const pointed = commentIds?.length
          ? { target: { uid, documentId, locale: await service().localeOf(uid, locale) }, ids: commentIds }
          : null;
        // Checked before the step: a bad pointer refuses the whole request, and nothing moves.
        if (pointed) await comments.assertPointable(pointed.target, pointed.ids, getRegistry().workflowOf(uid)?.transitions.find((t) => t.id === transition));
        const result = await service().perform({
          uid, documentId, locale, transitionId: transition, input, actor: await actorAt(strapi, ctx.state.user, { uid, documentId }),
          alsoDo: pointed ? (entry) => comments.pointAt(pointed.ids, entry.seq) : undefined,
        });
        return { state: result.state.state, entry: result.entry };
      });
    },

    async log(ctx: Ctx) {
      await respond(ctx, async () => {
        const query = parse(logQuery, ctx.query);
        const where: Record<string, unknown> = {};
        if (query.documentId) where.targetDocumentId = query.documentId;
        if (query.title) {
          const items = await itemsTitled(strapi, getRegistry().governedUids(), query.title);
          if (items.length === 0) return [];
          where.$or = items.map((item) => ({ targetUid: item.uid, targetDocumentId: { $in: item.documentIds } }));
        }
        if (query.event) where.event = query.event;
        if (query.from || query.to) {
          where.at = { ...(query.from ? { $gte: `${query.from}T00:00:00` } : {}), ...(query.to ? { $lte: `${query.to}T23:59:59.999Z` } : {}) };
        }
        const found = await log.search(where, LOG_PAGE_SIZE, (query.page - 1) * LOG_PAGE_SIZE);
        // Rows of wards where the person holds no log-reading role are left out (a page may then be shorter).
        const sites = await sitesForAction(strapi, ctx.state.user, 'plugin::editorial-workflow.log.read', CITYWIDE_ROLES);
        const rows = sites ? await rowsOfSites(strapi, found, sites) : found;
        const actor = query.actor?.toLocaleLowerCase('vi');
        return describeLogRows(strapi, actor ? rows.filter((row) => row.actor.name.toLocaleLowerCase('vi').includes(actor)) : rows);
      });
    },

    async reviewers(ctx: Ctx) {
      await respond(ctx, async () => {
        const { uid, documentId } = parse(documentParams, ctx.params);
        const { locale } = parse(localeQuery, ctx.query);
        await assertMayReadDraft(strapi, ctx.state.userAbility, uid, documentId, locale ?? null);
        return service().reviewers({ uid, documentId, locale }, await actorAt(strapi, ctx.state.user, { uid, documentId }));
      });
    },

    async assignReviewer(ctx: Ctx) {
      await respond(ctx, async () => {
        const { uid, documentId } = parse(documentParams, ctx.params);
        const { reviewerId, locale } = parse(reviewerBody, ctx.request.body ?? {});
        await assertMayReadDraft(strapi, ctx.state.userAbility, uid, documentId, locale ?? null);
        const state = await service().assignReviewer({ uid, documentId, locale }, await actorAt(strapi, ctx.state.user, { uid, documentId }), reviewerId);
        return { reviewerId: state.reviewerId ?? null };
      });
    },

    async assignees(ctx: Ctx) {
      await respond(ctx, async () => {
        const { uid } = parse(documentParams.pick({ uid: true }), ctx.params);
        // The route names no item, so no one ward: people of the wards the asker works in (the super admin: all).
        return service().assignees(uid, await actorOf(strapi, ctx.state.user), await staffSites(strapi));
      });
    },

    /** The wards the signed-in person works in (the home page names them): code and name, nothing else. */
    async mySites(ctx: Ctx) {
      await respond(ctx, async () => {
        const ids = (await membershipsOf(strapi, ctx.state.user.id)).map((membership) => membership.siteId);
        if (ids.length === 0) return [];
        const rows = (await strapi.db.query('api::site.site' as never).findMany({
          where: { id: { $in: ids } }, select: ['code', 'wardName'], orderBy: { id: 'asc' },
        })) as Array<{ code: string; wardName: string }>;
        return rows.map(({ code, wardName }) => ({ code, wardName }));
      });
    },

    async queue(ctx: Ctx) {
      await respond(ctx, async () => service().queue(await actorOf(strapi, ctx.state.user), new Date(), rightsAtSites(strapi, ctx.state.user)));
    },

    async inbox(ctx: Ctx) {
      await respond(ctx, async () => {
        const { page } = parse(pageQuery, ctx.query);
        const userId = ctx.state.user.id;
        return {
          unread: await inbox.unread(userId),
          notifications: await inbox.inbox(userId, INBOX_PAGE_SIZE, (page - 1) * INBOX_PAGE_SIZE),
        };
      });
    },

    async read(ctx: Ctx) {
      await respond(ctx, async () => {
        const { id } = parse(idParams, ctx.params);
        const marked = await inbox.markRead(ctx.state.user.id, id);
        if (id !== undefined && marked === 0) throw new WorkflowError(404, 'NOT_FOUND', 'Không có thông báo chưa đọc này trong hộp thư của bạn.');
        return { marked };
      });
    },
  };
}
