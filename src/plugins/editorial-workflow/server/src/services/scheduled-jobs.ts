import type { Core } from '@strapi/strapi';
import type { CheckpointsService } from './checkpoints';

interface Job {
  /** Cron rule, in Hà Nội time. */
  rule: string;
  run(strapi: Core.Strapi, now: Date): Promise<unknown>;
}

const service = <T>(strapi: Core.Strapi, name: string) => strapi.plugin('editorial-workflow').service(name) as T;

/** Every scheduled job of the plugin. Each is idempotent on its own; the lock keeps runs from overlapping. */
export const JOBS = {
  // Scheduled publications and expiries, then the overdue notices.
  'editorial-workflow-scheduled-publish': {
    rule: '*/1 * * * *',
    run: (strapi, now) => service<{ runDue(now: Date): Promise<unknown> }>(strapi, 'scheduler').runDue(now),
  },
  // A signed checkpoint of the log every evening, mailed to the board (see services/checkpoints.ts).
  'editorial-workflow-log-checkpoint': {
    rule: '55 23 * * *',
    run: (strapi, now) => service<CheckpointsService>(strapi, 'checkpoints').dailyOnce(now),
  },
} satisfies Record<string, Job>;

export type JobName = keyof typeof JOBS;

/** Keys of the jobs' advisory locks: one namespace, so other locks of the application never collide. */
const LOCK_NAMESPACE = 0x5057; // "PW"

/**
 * Runs `work` unless another instance holds the lock `name` (PostgreSQL: a transaction-level advisory lock,
 * released when the run ends or its connection dies). SQLite has one instance: no lock.
 */
export async function exclusively<T>(strapi: Core.Strapi, name: string, work: () => Promise<T>): Promise<{ ran: boolean; result?: T }> {
  if (strapi.db.dialect.client !== 'postgres') return { ran: true, result: await work() };
  // knex's own transaction, not strapi.db.transaction: the job's writes run in transactions of their own.
  return strapi.db.connection.transaction(async (trx) => {
    const { rows } = await trx.raw('select pg_try_advisory_xact_lock(?, hashtext(?)) as locked', [LOCK_NAMESPACE, name]);
    if (!rows[0].locked) return { ran: false };
    return { ran: true, result: await work() };
  });
}

/** Runs the plugin's scheduled jobs; `run` is what the cron calls on every instance where CRON_ENABLED is on. */
export function scheduledJobsService({ strapi }: { strapi: Core.Strapi }) {
  return {
    async run(name: JobName, now = new Date()): Promise<{ ran: boolean; result?: unknown }> {
      const outcome = await exclusively(strapi, `cron:${name}`, () => JOBS[name].run(strapi, now));
      if (!outcome.ran) strapi.log.debug(`editorial-workflow: ${name} is running on another instance; skipped here`);
      return outcome;
    },
  };
}

export type ScheduledJobsService = ReturnType<typeof scheduledJobsService>;
