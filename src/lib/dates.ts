import { addDays, format, getISOWeeksInYear, parseISO, setISOWeek, startOfISOWeek } from 'date-fns';

/** Calendar dates travel as "yyyy-mm-dd"; people read them as dd/mm/yyyy. */
export function formatDate(isoDate: string): string {
  return format(parseISO(isoDate.slice(0, 10)), 'dd/MM/yyyy');
}

export interface WeekRange {
  start: string;
  end: string;
}

/** "2026-W48" → Monday 2026-11-23 … Sunday 2026-11-29; null for a week the year does not have. */
export function isoWeekRange(week: string): WeekRange | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return null;
  const [year, number] = [Number(match[1]), Number(match[2])];
  const jan4 = new Date(year, 0, 4);
  if (number < 1 || number > getISOWeeksInYear(jan4)) return null;
  const monday = startOfISOWeek(setISOWeek(jan4, number));
  return { start: format(monday, 'yyyy-MM-dd'), end: format(addDays(monday, 6), 'yyyy-MM-dd') };
}

/** The ISO week ("2026-W48") that contains a date. */
export function isoWeekOf(date: Date): string {
  return format(date, "RRRR-'W'II");
}
