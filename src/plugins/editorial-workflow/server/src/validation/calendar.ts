import { z } from 'zod';
import { periodQuery } from './stats';

/** Longest range one calendar request may ask for: a month view with its leading and trailing weeks fits. */
export const MAX_CALENDAR_SPAN_DAYS = 62;

/** GET /editorial-workflow/calendar: two Hà Nội days (both included), optionally one unit and one type. */
export const calendarQuery = periodQuery({
  unit: z.string().regex(/^[a-z0-9]{10,40}$/, 'phải là mã của một đơn vị').optional(),
  type: z.string().regex(/^api::[a-z0-9-]+\.[a-z0-9-]+$/, 'phải là mã một loại nội dung, ví dụ api::article.article').optional(),
}, MAX_CALENDAR_SPAN_DAYS);

export type CalendarQuery = z.infer<typeof calendarQuery>;

/** GET /editorial-workflow/calendar.ics?token=: the feed's token, nothing else. */
export const feedQuery = z.strictObject({ token: z.string({ error: 'bắt buộc: token' }).max(200) });
