import type { Core } from '@strapi/strapi';
import { answerRefusal } from './refusal';
import { CITYWIDE_ROLES } from '../permissions';
import { sitesForAction } from '../sites/memberships';
import { CSV_CONTENT_TYPE, toCsv, toXlsx, XLSX_CONTENT_TYPE } from '../services/stats-export';
import type { CheckpointsService } from '../services/checkpoints';
import type { StatsService } from '../services/stats';
import { parse } from '../validation/inputs';
import { statsQuery } from '../validation/stats';

interface Ctx {
  query: Record<string, unknown>;
  body: unknown;
  status: number;
  state: { user: { id: number } };
  set(field: string, value: string): void;
}

/** GET /editorial-workflow/stats?from=yyyy-mm-dd&to=yyyy-mm-dd[&groupBy=unit|category][&format=json|csv|xlsx] */
export function statsController({ strapi }: { strapi: Core.Strapi }) {
  const service = () => strapi.plugin('editorial-workflow').service('stats') as StatsService;

  return {
    /** GET /editorial-workflow/stats/questions?from=&to=: citizens' questions per field. */
    async questions(ctx: Ctx) {
      try {
        const { from, to } = parse(statsQuery, ctx.query);
        // Like the figures below: the questions of the wards where the person holds stats.read.
        const sites = await sitesForAction(strapi, ctx.state.user, 'plugin::editorial-workflow.stats.read', CITYWIDE_ROLES);
        const result = await (strapi.plugin('editorial-workflow').service('questionStats') as {
          compute(query: { from: string; to: string; sites: number[] | null }): Promise<unknown>;
        }).compute({ from, to, sites });
        ctx.body = { data: result };
      } catch (error) {
        answerRefusal(ctx, error);
      }
    },

    async stats(ctx: Ctx) {
      try {
        const { from, to, groupBy, format } = parse(statsQuery, ctx.query);
        // A ward's staff see their wards' figures; the city role and the super admin every ward's.
        const sites = await sitesForAction(strapi, ctx.state.user, 'plugin::editorial-workflow.stats.read', CITYWIDE_ROLES);
        const result = await service().compute({ from, to, groupBy, sites });
        if (format === 'json') {
          ctx.body = { data: result };
          return;
        }
        // The checkpoint of the log the figures come from, so that a printed export also vouches for the log.
        const checkpoint = await (strapi.plugin('editorial-workflow').service('checkpoints') as CheckpointsService).issue('stats_export', ctx.state.user.id);
        // Headers first: Koa keeps a Content-Type that is already set when the body is assigned.
        ctx.set('Content-Type', format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE);
        ctx.set('Content-Disposition', `attachment; filename="thong-ke-${from}-${to}.${format}"`);
        ctx.body = format === 'csv' ? toCsv(result, checkpoint) : await toXlsx(result, checkpoint);
      } catch (error) {
        answerRefusal(ctx, error);
      }
    },
  };
}
