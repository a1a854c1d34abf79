import { z } from 'zod';

/** Longest period one request may ask for, in calendar days with both ends included (a leap year). */
export const MAX_STATS_SPAN_DAYS = 366;

export const isoDay = z.iso.date({
  error: (issue) => (issue.input === undefined ? 'bắt buộc, dạng yyyy-mm-dd' : 'không phải một ngày có thật dạng yyyy-mm-dd'),
});

/** Calendar days from `from` to `to`, both included ('yyyy-mm-dd', already validated). */
export function spanDays(from: string, to: string): number {
  const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000) + 1;
}

/**
 * A query over a period of local days (`from`, `to`, both included, at most `maxDays`) with `fields` beside
 * them; unknown parameters are named. Shared by the statistics and the calendar.
 */
export function periodQuery<T extends z.ZodRawShape>(fields: T, maxDays: number) {
  return z
    .strictObject(
      { from: isoDay, to: isoDay, ...fields },
      { error: (issue) => (issue.code === 'unrecognized_keys' ? `tham số không được hỗ trợ: ${issue.keys.join(', ')}` : undefined) },
    )
    .superRefine((query, ctx) => {
      const { from, to } = query as { from: string; to: string };
      if (from > to) {
        ctx.addIssue({ code: 'custom', path: ['from'], message: `ngày bắt đầu (${from}) phải trước hoặc trùng ngày kết thúc "to" (${to})` });
        return;
      }
      const days = spanDays(from, to);
      if (days > maxDays) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: `khoảng thời gian từ ${from} đến ${to} dài ${days} ngày, tối đa ${maxDays} ngày` });
      }
    });
}

/** GET /editorial-workflow/stats: the period (local days), the grouping and the output format. */
export const statsQuery = periodQuery({
  groupBy: z.enum(['unit', 'category'], { error: 'phải là "unit" hoặc "category"' }).default('unit'),
  format: z.enum(['json', 'csv', 'xlsx'], { error: 'phải là "json", "csv" hoặc "xlsx"' }).default('json'),
}, MAX_STATS_SPAN_DAYS);

export type StatsQueryInput = z.infer<typeof statsQuery>;
