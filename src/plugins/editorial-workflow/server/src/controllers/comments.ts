import type { Core } from '@strapi/strapi';
import { WorkflowError } from '../errors';
import { getRegistry } from '../registry';
import { answerRefusal, type Ctx } from './refusal';
import { commentsService, type CommentTarget } from '../services/comments';
import { assertMayReadDraft } from '../services/read-access';
import type { WorkflowService } from '../services/workflow';
import { commentBody, commentEdit, commentParams, commentResolve, documentParams, localeQuery, parse } from '../validation/inputs';

/** The comment routes under /items/:uid/:documentId/comments: each first checks that the user may read the item. */
export function commentsController({ strapi }: { strapi: Core.Strapi }) {
  const workflow = () => strapi.plugin('editorial-workflow').service('workflow') as WorkflowService;
  const comments = commentsService(strapi);

  async function respond(ctx: Ctx, status: number, work: (target: CommentTarget) => Promise<unknown>) {
    try {
      const { uid, documentId } = parse(documentParams, { uid: ctx.params.uid, documentId: ctx.params.documentId });
      const { locale } = parse(localeQuery, ctx.query);
      if (!getRegistry().workflowOf(uid)) throw new WorkflowError(404, 'NOT_GOVERNED', 'Loại nội dung này không qua quy trình biên tập.');
      await assertMayReadDraft(strapi, ctx.state.userAbility, uid, documentId, locale ?? null);
      const data = await work({ uid, documentId, locale: await workflow().localeOf(uid, locale) });
      ctx.status = status;
      ctx.body = { data };
    } catch (error) {
      answerRefusal(ctx, error);
    }
  }
  const id = (ctx: Ctx) => parse(commentParams, ctx.params).id;

  return {
    list: (ctx: Ctx) => respond(ctx, 200, (target) => comments.list(target)),
    options: (ctx: Ctx) => respond(ctx, 200, (target) => comments.options(target, ctx.state.user)),
    create: (ctx: Ctx) => respond(ctx, 201, (target) => comments.create(target, parse(commentBody, ctx.request.body ?? {}), ctx.state.user)),
    edit: (ctx: Ctx) => respond(ctx, 200, (target) => comments.edit(target, id(ctx), parse(commentEdit, ctx.request.body ?? {}).body, ctx.state.user)),
    resolve: (ctx: Ctx) => respond(ctx, 200, (target) => comments.resolve(target, id(ctx), parse(commentResolve, ctx.request.body ?? {}).resolved, ctx.state.user)),
  };
}
