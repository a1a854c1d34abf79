import type { Core } from '@strapi/strapi';
import { answerRefusal } from './refusal';
import { logRepository } from '../repositories/log';
import { snapshotsRepository } from '../repositories/snapshots';
import type { CheckpointsService } from '../services/checkpoints';
import { exportLog, type RowScope } from '../services/log-export';
import { CITYWIDE_ROLES } from '../permissions';
import { sitesForAction } from '../sites/memberships';
import { rowsOfSites } from '../sites/owned';
import { parse } from '../validation/inputs';
import { logExportQuery, verifyBody } from '../validation/log';

interface Ctx {
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user: { id: number; roles?: Array<{ code?: string }> } };
  body: unknown;
  status: number;
  set(field: string, value: string): void;
}

const DAY_MS = 86_400_000;
/** Start of a local (Vietnam) day as the log stores times: ISO UTC strings, which sort as text. */
const startOfVietnamDay = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The log's checkpoints and exports: GET /log/head, POST /log/verify, GET /log/export. */
export function logController({ strapi }: { strapi: Core.Strapi }) {
  const checkpoints = () => strapi.plugin('editorial-workflow').service('checkpoints') as CheckpointsService;
  const log = logRepository(strapi);
  const snapshots = snapshotsRepository(strapi);

  async function answer(ctx: Ctx, work: () => Promise<void>) {
    try {
      await work();
    } catch (error) {
      answerRefusal(ctx, error);
    }
  }

  return {
    /** A fresh signed checkpoint of the log's head, stored with who asked. */
    async head(ctx: Ctx) {
      await answer(ctx, async () => {
        ctx.body = { data: await checkpoints().issue('on_demand', ctx.state.user.id) };
      });
    },

    /** The chain walk, and the comparison with the given checkpoint (or the strongest stored one). */
    async verify(ctx: Ctx) {
      await answer(ctx, async () => {
        const { checkpoint } = parse(verifyBody, ctx.request.body ?? {});
        ctx.body = { data: await checkpoints().verify(checkpoint) };
      });
    },

    /**
     * Every row (or those of a period of local days) with the checkpoint of the last one, as CSV or XLSX,
     * or as JSON Lines with the content snapshots the rows name.
     */
    async export(ctx: Ctx) {
      await answer(ctx, async () => {
        const { format, from, to } = parse(logExportQuery, ctx.query);
        const at: Record<string, string> = {};
        if (from) at.$gte = startOfVietnamDay(from).toISOString();
        if (to) at.$lt = new Date(startOfVietnamDay(to).getTime() + DAY_MS).toISOString();
        const where = Object.keys(at).length > 0 ? { at } : {};
        // The last row is fixed first: rows appended while the file streams are not in it, nor in its checkpoint.
        const checkpoint = await checkpoints().issue('log_export', ctx.state.user.id, await log.last(where));
        // Like the log page: only rows of items of the wards where the person holds log.read (the city
        // role and the super admin: every row). The checkpoint still signs the whole chain's head at the
        // last row, so a ward's export proves less than a full one: each row recomputes to its own hash,
        // but its prevHash links to rows of other wards that are not in the file, so neither the links nor
        // "no row missing" can be checked offline; the whole chain is, from an unscoped export or /log/verify.
        const sites = await sitesForAction(strapi, ctx.state.user, 'plugin::editorial-workflow.log.read', CITYWIDE_ROLES);
        const scope: RowScope | undefined = sites ? (rows) => rowsOfSites(strapi, rows, sites) : undefined;
        const file = exportLog(log, snapshots, where, checkpoint, format, scope);
        ctx.set('Content-Type', file.contentType);
        ctx.set('Content-Disposition', `attachment; filename="nhat-ky-bien-tap-${from ?? 'dau'}-${to ?? 'nay'}.${format}"`);
        ctx.body = file.body;
      });
    },
  };
}
