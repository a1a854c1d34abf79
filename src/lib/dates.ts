import { TZDate } from '@date-fns/tz';
import { addDays, format, getISOWeeksInYear, isValid, parse, parseISO, setISOWeek, startOfISOWeek } from 'date-fns';

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

/** Day 0 of Excel's serial dates (1900 system, with its phantom 29/02/1900). */
const EXCEL_EPOCH = new Date(1899, 11, 30);
const DATE_FORMS = ['d/M/yyyy', 'd-M-yyyy', 'd.M.yyyy', 'yyyy-MM-dd'];

/**
 * A calendar date as the one-stop systems export it, as "yyyy-mm-dd": dd/mm/yyyy (with or without a
 * time after it), yyyy-mm-dd (or an ISO timestamp), an Excel serial day number (45986), or a date cell
 * that exceljs read as a Date at UTC midnight. null when it is no real date (31/02/2026).
 */
export function parseCalendarDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    return Number.isInteger(value) && value > 0 && value < 2_958_466 ? format(addDays(EXCEL_EPOCH, value), 'yyyy-MM-dd') : null;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim().split(/[ T]/)[0];
  if (/^\d{1,7}$/.test(text)) return parseCalendarDate(Number(text));
  for (const form of DATE_FORMS) {
    const date = parse(text, form, EXCEL_EPOCH);
    if (isValid(date) && date.getFullYear() >= 1900) return format(date, 'yyyy-MM-dd');
  }
  return null;
}

/** Today's date on the ward's wall clock (Asia/Ho_Chi_Minh), as "yyyy-mm-dd". */
export function todayInVietnam(now: Date = new Date()): string {
  return format(new TZDate(now, 'Asia/Ho_Chi_Minh'), 'yyyy-MM-dd');
}

/** A date column as the database hands it back ("yyyy-mm-dd" text, or a Date), as "yyyy-mm-dd". */
export function storedDay(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}
