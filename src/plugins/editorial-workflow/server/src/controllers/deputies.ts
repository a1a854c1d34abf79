import type { Core } from '@strapi/strapi';
import { answerRefusal, type Ctx } from './refusal';
import { deputiesService } from '../services/deputies';
import { deputyBody, idParams, parse } from '../validation/inputs';

/** Deputies during leave (/deputies): each person names, lists and ends their own. */
export function deputiesController({ strapi }: { strapi: Core.Strapi }) {
  const deputies = deputiesService(strapi);
  async function respond(ctx: Ctx, status: number, work: () => Promise<unknown>) {
    try {
      ctx.body = { data: await work() };
      ctx.status = status;
    } catch (error) {
      answerRefusal(ctx, error);
    }
  }
  return {
    list: (ctx: Ctx) => respond(ctx, 200, () => deputies.list(ctx.state.user)),
    options: (ctx: Ctx) => respond(ctx, 200, () => deputies.options(ctx.state.user)),
    create: (ctx: Ctx) => respond(ctx, 201, () => deputies.name(ctx.state.user, parse(deputyBody, ctx.request.body ?? {}))),
    end: (ctx: Ctx) => respond(ctx, 200, async () => deputies.end(ctx.state.user, parse(idParams, ctx.params).id!)),
  };
}
