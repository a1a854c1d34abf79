import type { Core } from '@strapi/strapi';
import { answerRefusal } from './refusal';
import { logRepository } from '../repositories/log';
import { snapshotsRepository } from '../repositories/snapshots';
import type { CheckpointsService } from '../services/checkpoints';
import { exportLog } from '../services/log-export';
import { parse } from '../validation/inputs';
import { logExportQuery, verifyBody } from '../validation/log';

interface Ctx {
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user: { id: number } };
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
        const file = exportLog(log, snapshots, where, checkpoint, format);
        ctx.set('Content-Type', file.contentType);
        ctx.set('Content-Disposition', `attachment; filename="nhat-ky-bien-tap-${from ?? 'dau'}-${to ?? 'nay'}.${format}"`);
        ctx.body = file.body;
      });
    },
  };
}
