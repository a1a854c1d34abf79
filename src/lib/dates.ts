import { addDays, format, getISOWeeksInYear, isExists, parseISO, setISOWeek, startOfISOWeek } from 'date-fns';

/** Calendar dates travel as "yyyy-mm-dd"; people read them as dd/mm/yyyy. */
export function formatDate(isoDate: string): string {
  return format(parseISO(isoDate.slice(0, 10)), 'dd/MM/yyyy');
}

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** "yyyy-mm-dd" of an instant in Vietnam's time zone (Dublin Core, sitemap, calendar dates). */
export function vietnamDay(value: string | Date): string {
  return VIETNAM_DAY.format(typeof value === 'string' ? new Date(value) : value);
}

/** A calendar date ("2026-11-23") or a timestamp, as the ward reads it: dd/mm/yyyy in Vietnam's time zone. */
export function viDate(value: string | null | undefined): string {
  if (!value) return '';
  return formatDate(value.length > 10 ? vietnamDay(value) : value);
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

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Thứ Hai" … "Chủ nhật" of a calendar date ("yyyy-mm-dd"). */
export function vietnameseWeekday(isoDate: string): string {
  return WEEKDAYS[parseISO(isoDate.slice(0, 10)).getDay()];
}

/** The ISO week ("2026-W48") that contains a date. */
export function isoWeekOf(date: Date): string {
  return format(date, "RRRR-'W'II");
}

/** Day 0 of Excel's serial dates (1900 system, with its phantom 29/02/1900). */
const EXCEL_EPOCH = new Date(1899, 11, 30);
const VIETNAMESE_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A calendar date as the one-stop systems export it, as "yyyy-mm-dd": dd/mm/yyyy (also d/m/yyyy,
 * dd-mm-yyyy, dd.mm.yyyy, with or without a time after it), yyyy-mm-dd (or an ISO timestamp), an Excel
 * serial day number (46085, or 46085.4 with a time; what an XLSX date cell holds). null when it is no
 * real date (31/02/2026).
 */
export function parseCalendarDate(value: unknown): string | null {
  if (typeof value === 'number') {
    // A fraction is the time of day (date-time cells): the date is its whole part.
    return value >= 1 && value < 2_958_466 ? format(addDays(EXCEL_EPOCH, Math.floor(value)), 'yyyy-MM-dd') : null;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim().split(/[ T]/)[0];
  if (/^\d{1,7}(\.\d+)?$/.test(text)) return parseCalendarDate(Number(text));
  // Read by pattern rather than date-fns's parse: 50,000 rows × 3 dates must take milliseconds.
  const vn = VIETNAMESE_DATE.exec(text);
  const iso = vn ? null : ISO_DATE.exec(text);
  const [year, month, day] = vn ? [+vn[3], +vn[2], +vn[1]] : iso ? [+iso[1], +iso[2], +iso[3]] : [0, 0, 0];
  return year >= 1900 && isExists(year, month - 1, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** Today's date on the ward's wall clock (Asia/Ho_Chi_Minh), as "yyyy-mm-dd". */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDay(now);
}

/** A date column as the database hands it back ("yyyy-mm-dd" text, or a Date), as "yyyy-mm-dd". */
export function storedDay(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}
