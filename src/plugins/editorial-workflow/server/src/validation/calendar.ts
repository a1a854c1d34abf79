import { z } from 'zod';
import { isoDay, spanDays } from './stats';

/** Longest range one calendar request may ask for: a month view with its leading and trailing weeks fits. */
export const MAX_CALENDAR_SPAN_DAYS = 62;

/** GET /editorial-workflow/calendar: two Hà Nội days (both included), optionally one unit and one type. */
export const calendarQuery = z
  .strictObject(
    {
      from: isoDay,
      to: isoDay,
      unit: z.string().regex(/^[a-z0-9]{10,40}$/, 'phải là mã của một đơn vị').optional(),
      type: z.string().regex(/^api::[a-z0-9-]+\.[a-z0-9-]+$/, 'phải là mã một loại nội dung, ví dụ api::article.article').optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `tham số không được hỗ trợ: ${issue.keys.join(', ')}` : undefined) },
  )
  .superRefine((query, ctx) => {
    if (query.from > query.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: `ngày bắt đầu (${query.from}) phải trước hoặc trùng ngày kết thúc "to" (${query.to})` });
      return;
    }
    const days = spanDays(query.from, query.to);
    if (days > MAX_CALENDAR_SPAN_DAYS) {
      ctx.addIssue({
        code: 'custom', path: ['to'],
        message: `khoảng thời gian từ ${query.from} đến ${query.to} dài ${days} ngày, tối đa ${MAX_CALENDAR_SPAN_DAYS} ngày`,
      });
    }
  });

export type CalendarQuery = z.infer<typeof calendarQuery>;

/** GET /editorial-workflow/calendar.ics?token=: the feed's token, nothing else. */
export const feedQuery = z.strictObject({ token: z.string({ error: 'bắt buộc: token' }).max(200) });
