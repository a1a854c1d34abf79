import type { Core } from '@strapi/strapi';
import type { CheckpointCheck, VerifyResult } from '../api-types';
import { WorkflowError } from '../errors';
import { checkpointText, signatureValid, signCheckpoint, type ChainPoint, type Checkpoint } from '../log/checkpoint';
import { compareWithCheckpoint, vietnamTime } from '../log/checkpoint-check';
import { notifier } from '../notify';
import { holdersOf } from '../notify/recipients';
import { PLUGIN } from '../permissions';
import { checkpointsRepository, type CheckpointReason } from '../repositories/checkpoints';
import { logRepository } from '../repositories/log';
import { calendarOf } from './due';

/** Whoever may verify the log receives the daily checkpoint (by default the editorial board). */
export const CHECKPOINT_RECIPIENTS_ACTION = `plugin::${PLUGIN}.log.verify`;

/**
 * Signed checkpoints of the log: issued (and stored) on demand, with every export and daily; a later
 * `verify` proves that today's chain still holds the row a checkpoint vouches for.
 */
export function checkpointsService({ strapi }: { strapi: Core.Strapi }) {
  const log = logRepository(strapi);
  const store = checkpointsRepository(strapi);

  /** Signs the head of the log, or `point` (an export's last row), and records who asked. */
  async function issue(reason: CheckpointReason, requestedBy: number | null, point?: ChainPoint): Promise<Checkpoint> {
    const checkpoint = signCheckpoint(point ?? (await log.last()), new Date());
    await store.record(checkpoint, reason, requestedBy);
    return checkpoint;
  }

  /** The daily job: one checkpoint, mailed to the board when e-mail is configured. */
  async function daily(): Promise<{ checkpoint: Checkpoint; recipients: number[] }> {
    const checkpoint = await issue('daily', null);
    const recipients = await holdersOf(strapi, CHECKPOINT_RECIPIENTS_ACTION);
    await notifier(strapi).email({
      recipients,
      subject: `[Trang TTĐT] Mốc kiểm tra nhật ký biên tập ${vietnamTime(checkpoint.at)}`,
      text: [
        `Mốc kiểm tra nhật ký biên tập lúc ${vietnamTime(checkpoint.at)} (giờ Việt Nam).`,
        'Xin lưu thư này ở nơi khác máy chủ (hộp thư, bản in). Nếu sau này có dòng nhật ký bị xoá,',
        'việc kiểm tra theo mốc này ở trang Nhật ký sẽ chỉ ra những dòng bị thiếu.',
        '',
        checkpointText(checkpoint),
      ].join('\n'),
    });
    return { checkpoint, recipients };
  }

  return {
    issue,
    daily,

    /**
     * The daily job as the cron runs it: once per local day, whichever instance runs it and however often
     * (null when today's was already given out).
     */
    async dailyOnce(now: Date): Promise<{ checkpoint: Checkpoint; recipients: number[] } | null> {
      const calendar = calendarOf(strapi);
      const startOfToday = new Date(calendar.endOfLocalDay(calendar.localDate(now), -1).getTime() + 1).toISOString();
      return (await store.dailySince(startOfToday)) ? null : daily();
    },

    /**
     * The chain walk, and a comparison with `given` (refused when its signature is not this server's)
     * or else with the strongest stored checkpoint. Not ok when either fails.
     */
    async verify(given?: Checkpoint): Promise<VerifyResult> {
      if (given && !signatureValid(given)) {
        throw new WorkflowError(400, 'CHECKPOINT_SIGNATURE',
          'Chữ ký của mốc kiểm tra không đúng: mốc đã bị sửa hoặc không do máy chủ này cấp (khoá ký LOG_CHECKPOINT_SECRET khác). Hãy dán nguyên văn mốc trong thư hoặc tệp xuất.');
      }
      const chain = await log.verify();
      const checkpoint = given ?? (await store.strongest());
      if (!checkpoint) return chain;
      const source = given ? 'given' : 'stored';
      const check: CheckpointCheck = signatureValid(checkpoint)
        ? compareWithCheckpoint(checkpoint, source, await log.pointAt(checkpoint.seq), (await log.last({ seq: { $lte: checkpoint.seq } })).seq)
        : { source, checkpoint, ok: false, message: 'Mốc kiểm tra lưu trong cơ sở dữ liệu có chữ ký sai: bảng mốc kiểm tra đã bị sửa, hoặc khoá ký LOG_CHECKPOINT_SECRET đã đổi. Hãy kiểm tra theo mốc trong thư hoặc tệp xuất.' };
      if (!chain.ok) return { ...chain, checkpoint: check };
      if (check.ok) return { ...chain, checkpoint: check };
      return { ok: false, rows: chain.rows, brokenAt: check.missing?.from ?? checkpoint.seq, reason: check.message, checkpoint: check };
    },
  };
}

export type CheckpointsService = ReturnType<typeof checkpointsService>;
