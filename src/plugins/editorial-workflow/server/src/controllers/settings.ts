import type { Core } from '@strapi/strapi';
import { answerRefusal, type Ctx } from './refusal';
import type { SettingsService } from '../services/settings';

/** The board's workflow settings page: GET /settings and one PUT per section. */
export function settingsController({ strapi }: { strapi: Core.Strapi }) {
  const service = () => strapi.plugin('editorial-workflow').service('settings') as SettingsService;
  const answer = async (ctx: Ctx, work: () => Promise<unknown>) => {
    try {
      ctx.body = { data: await work() };
    } catch (error) {
      answerRefusal(ctx, error);
    }
  };
  return {
    get: (ctx: Ctx) => answer(ctx, () => service().report()),
    warning: (ctx: Ctx) => answer(ctx, async () => ({ warning: await service().warning() })),
    putYear: (ctx: Ctx) => answer(ctx, () => service().putYear(ctx.state.user, ctx.params.year, ctx.request.body)),
    putSla: (ctx: Ctx) => answer(ctx, () => service().putSla(ctx.state.user, ctx.params.workflow, ctx.request.body)),
    putCategory: (ctx: Ctx) => answer(ctx, () => service().putCategoryDeadline(ctx.state.user, ctx.params.documentId, ctx.request.body)),
    putQuotas: (ctx: Ctx) => answer(ctx, () => service().putQuotas(ctx.state.user, ctx.request.body)),
  };
}
