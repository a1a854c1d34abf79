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

/** GET /editorial-workflow/stats: the period (local days), the grouping and the output format. */
export const statsQuery = z
  .strictObject(
    {
      from: isoDay,
      to: isoDay,
      groupBy: z.enum(['unit', 'category'], { error: 'phải là "unit" hoặc "category"' }).default('unit'),
      format: z.enum(['json', 'csv', 'xlsx'], { error: 'phải là "json", "csv" hoặc "xlsx"' }).default('json'),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `tham số không được hỗ trợ: ${issue.keys.join(', ')}` : undefined) },
  )
  .superRefine((query, ctx) => {
    if (query.from > query.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: `ngày bắt đầu (${query.from}) phải trước hoặc trùng ngày kết thúc "to" (${query.to})` });
      return;
    }
    const days = spanDays(query.from, query.to);
    if (days > MAX_STATS_SPAN_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `khoảng thời gian từ ${query.from} đến ${query.to} dài ${days} ngày, tối đa ${MAX_STATS_SPAN_DAYS} ngày`,
      });
    }
  });

export type StatsQueryInput = z.infer<typeof statsQuery>;
