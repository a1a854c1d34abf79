import type { CheckpointCheck } from '../api-types';
import type { ChainPoint, Checkpoint } from './checkpoint';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** "23:55 ngày 12/03/2026" in Vietnam's time, as the board reads it. */
export function vietnamTime(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts.hour}:${parts.minute} ngày ${parts.day}/${parts.month}/${parts.year}`;
}

/**
 * What today's log says about a (validly signed) checkpoint.
 * - `atSeq`: the row that now has the checkpoint's sequence number, if any;
 * - `lastUpTo`: the highest sequence number still present at or below it (0 when none).
 * The chain extends the checkpoint exactly when that row is still there with the same hash; otherwise
 * the rows after `lastUpTo` up to the checkpoint are gone, or the row was replaced.
 */
export function compareWithCheckpoint(
  checkpoint: Checkpoint,
  source: CheckpointCheck['source'],
  atSeq: ChainPoint | null,
  lastUpTo: number,
): CheckpointCheck {
  const when = `mốc kiểm tra lúc ${vietnamTime(checkpoint.at)}`;
  if (checkpoint.seq === 0) {
    return { source, checkpoint, ok: true, message: `Nhật ký nối tiếp ${when} (khi đó nhật ký còn trống).` };
  }
  if (!atSeq) {
    const from = lastUpTo + 1;
    const to = checkpoint.seq;
    const rows = from === to ? `dòng nhật ký số ${to}` : `các dòng nhật ký số ${from}–${to}`;
    return {
      source, checkpoint, ok: false, missing: { from, to },
      message: `Thiếu ${rows} so với ${when}: các dòng này đã bị xoá khỏi nhật ký.`,
    };
  }
  if (atSeq.hash !== checkpoint.hash) {
    return {
      source, checkpoint, ok: false,
      message: `Dòng nhật ký số ${checkpoint.seq} không còn như ${when}: nhật ký đến dòng này đã bị xoá rồi ghi lại hoặc bị sửa.`,
    };
  }
  return { source, checkpoint, ok: true, message: `Nhật ký hôm nay nối tiếp ${when} (dòng số ${checkpoint.seq}).` };
}
