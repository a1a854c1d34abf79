import type { Core } from '@strapi/strapi';
import { answerRefusal, type Ctx } from './refusal';
import type { SettingsService } from '../services/settings';
import { CITYWIDE_ROLES } from '../permissions';
import { sitesForAction } from '../sites/memberships';

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
  // Categories and unit quotas are a ward's: the board sees and edits those of its own wards only.
  const sites = (ctx: Ctx) => sitesForAction(strapi, ctx.state.user, 'plugin::editorial-workflow.settings.manage', CITYWIDE_ROLES);
  return {
    get: (ctx: Ctx) => answer(ctx, async () => service().report(new Date(), await sites(ctx))),
    warning: (ctx: Ctx) => answer(ctx, async () => ({ warning: await service().warning() })),
    putYear: (ctx: Ctx) => answer(ctx, async () => service().putYear(ctx.state.user, ctx.params.year, ctx.request.body, await sites(ctx))),
    putSla: (ctx: Ctx) => answer(ctx, async () => service().putSla(ctx.state.user, ctx.params.workflow, ctx.request.body, await sites(ctx))),
    putCategory: (ctx: Ctx) => answer(ctx, async () => service().putCategoryDeadline(ctx.state.user, ctx.params.documentId, ctx.request.body, await sites(ctx))),
    putQuotas: (ctx: Ctx) => answer(ctx, async () => service().putQuotas(ctx.state.user, ctx.request.body, await sites(ctx))),
  };
}
