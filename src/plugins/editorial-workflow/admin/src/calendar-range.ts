import { addDays, addMonths, addWeeks, endOfMonth, endOfWeek, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';

export type CalendarView = 'month' | 'week';

/** Weeks start on Monday (Thứ Hai), as the ward's work schedules do. */
const WEEK = { weekStartsOn: 1 } as const;
const dayOf = (date: Date) => format(date, 'yyyy-MM-dd');

/**
 * The days a view shows around `anchor` ('yyyy-mm-dd'): a week, or a month with the weeks it touches (at
 * most 42 days, within the server's 62). Pure calendar-day arithmetic, whatever the browser's zone.
 */
export function daysOf(view: CalendarView, anchor: string): string[] {
  const at = parseISO(anchor);
  const first = startOfWeek(view === 'month' ? startOfMonth(at) : at, WEEK);
  const last = endOfWeek(view === 'month' ? endOfMonth(at) : at, WEEK);
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(dayOf(day));
  return days;
}

/** The anchor one view earlier (-1) or later (+1). */
export const shift = (view: CalendarView, anchor: string, step: number) =>
  dayOf(view === 'month' ? addMonths(parseISO(anchor), step) : addWeeks(parseISO(anchor), step));

/** "12/2026" for a month, "30/11 – 06/12/2026" for a week. */
export function viewTitle(view: CalendarView, anchor: string): string {
  if (view === 'month') return format(parseISO(anchor), 'MM/yyyy');
  const days = daysOf('week', anchor);
  return `${format(parseISO(days[0]), 'dd/MM')} – ${format(parseISO(days[6]), 'dd/MM/yyyy')}`;
}

/** Same month as the anchor (days of the neighbouring months are shown dimmed in the month view). */
export const sameMonth = (day: string, anchor: string) => day.slice(0, 7) === anchor.slice(0, 7);
