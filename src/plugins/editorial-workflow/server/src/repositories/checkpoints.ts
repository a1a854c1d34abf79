import type { Core } from '@strapi/strapi';
import type { Checkpoint } from '../log/checkpoint';

const UID = 'plugin::editorial-workflow.checkpoint';

/** Who asked for a checkpoint: the daily job, or a person (on demand, or with an export). */
export type CheckpointReason = 'daily' | 'on_demand' | 'log_export' | 'stats_export';

/**
 * Every checkpoint given out, one row each. Append-only like the log; note that whoever can delete log
 * rows can delete these too, which is why checkpoints are also mailed and exported.
 */
export function checkpointsRepository(strapi: Core.Strapi) {
  const query = () => strapi.db.query(UID as never);
  return {
    async record(checkpoint: Checkpoint, reason: CheckpointReason, requestedBy: number | null): Promise<void> {
      await query().create({ data: { ...checkpoint, reason, requestedBy } });
    },

    /** Whether a daily checkpoint was given out at or after `since` (an ISO instant). */
    async dailySince(since: string): Promise<boolean> {
      return (await query().count({ where: { reason: 'daily', at: { $gte: since } } })) > 0;
    },

    /** The stored checkpoint that vouches for the most rows (the latest one of those). */
    async strongest(): Promise<Checkpoint | null> {
      const row: Checkpoint | null = await query().findOne({
        orderBy: [{ seq: 'desc' }, { id: 'desc' }], select: ['seq', 'hash', 'at', 'signature'],
      });
      return row ? { seq: row.seq, hash: row.hash, at: row.at, signature: row.signature } : null;
    },
  };
}
