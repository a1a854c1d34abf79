import { TZDate } from '@date-fns/tz';
import { addDays, endOfDay, format, getISODay, set } from 'date-fns';
import { DEFAULT_CALENDAR } from './defaults';

export { DEFAULT_CALENDAR } from './defaults';

export interface CalendarConfig {
  /** IANA time zone whose wall clock defines "a day", e.g. 'Asia/Ho_Chi_Minh'. */
  timeZone: string;
  /** ISO weekdays (1 = Monday … 7 = Sunday) that are not working days, usually [6, 7]. */
  weekend: number[];
  /** 'yyyy-mm-dd' days off even when they fall Monday–Friday. */
  holidays: string[];
  /** 'yyyy-mm-dd' weekend days that are worked (ngày làm bù). */
  makeUpWorkingDays: string[];
  /** 'HH:mm' at which a deadline starts counting when the request arrives on a day off. */
  workdayStart: string;
}

export interface WorkingCalendar {
  /** Whether the local day of `date` is a working day. */
  isWorkingDay(date: Date): boolean;
  /** Due time for "N working days from `start`" (same local time of day; see createCalendar). */
  addWorkingDays(start: Date, days: number): Date;
  /** Working days in (local day of `from`, local day of `to`]; negative when `to` is earlier. */
  workingDaysBetween(from: Date, to: Date): number;
  /** Last millisecond of the local day `isoDate` ('yyyy-mm-dd') + N calendar days. */
  endOfLocalDay(isoDate: string, plusCalendarDays?: number): Date;
  /** 'yyyy-mm-dd' of `date` in the calendar's time zone. */
  localDate(date: Date): string;
}

const CONFIG_KEYS: readonly (keyof CalendarConfig)[] = [
  'timeZone',
  'weekend',
  'holidays',
  'makeUpWorkingDays',
  'workdayStart',
];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface CalendarDay {
  year: number;
  month: number; // 1–12
  day: number;
}

/** Parses 'yyyy-mm-dd', rejecting impossible days such as 2026-02-30. */
export function parseIsoDate(value: unknown): CalendarDay | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Plain calendar arithmetic, no time zone involved: a date that Date.UTC rolls over is not real.
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

function isKnownTimeZone(timeZone: string): boolean {
  try {
    // Intl throws a RangeError for a zone missing from the runtime's tz database; TZDate relies on the same database.
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function fail(key: string, value: unknown, problem: string): never {
  throw new Error(`Invalid editorial-workflow calendar config "${key}": ${show(value)} ${problem}`);
}

function validateDateList(key: 'holidays' | 'makeUpWorkingDays', value: unknown): string[] {
  if (!Array.isArray(value)) fail(key, value, "is not an array of 'yyyy-mm-dd' strings");
  value.forEach((item, index) => {
    if (!parseIsoDate(item)) fail(`${key}[${index}]`, item, "is not a real 'yyyy-mm-dd' date");
  });
  return [...(value as string[])];
}

/**
 * Checks a calendar config (typically from config/plugins.ts, at Strapi startup) and returns a
 * fresh copy. Throws an Error naming the offending key and value, so a typo stops the server
 * instead of silently shifting every deadline.
 */
export function validateCalendarConfig(config: unknown): CalendarConfig {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new Error(`Invalid editorial-workflow calendar config: expected an object, got ${show(config)}`);
  }
  const input = config as Record<string, unknown>;

  // A misspelt key would otherwise be ignored while the default it meant to replace stays in force.
  for (const key of Object.keys(input)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      fail(key, input[key], `is not a known key (expected one of ${CONFIG_KEYS.join(', ')})`);
    }
  }

  const { timeZone, weekend, workdayStart } = input;
  if (typeof timeZone !== 'string' || !isKnownTimeZone(timeZone)) {
    fail('timeZone', timeZone, "is not a known IANA time zone (e.g. 'Asia/Ho_Chi_Minh')");
  }

  if (!Array.isArray(weekend)) fail('weekend', weekend, 'is not an array of ISO weekdays (1 = Monday … 7 = Sunday)');
  weekend.forEach((day, index) => {
    if (!Number.isInteger(day) || day < 1 || day > 7) fail(`weekend[${index}]`, day, 'is not an ISO weekday from 1 to 7');
  });
  const weekendDays = new Set(weekend as number[]);
  // With no working weekday at all, addWorkingDays could never finish.
  if (weekendDays.size === 7) fail('weekend', weekend, 'leaves no working weekday');

  if (typeof workdayStart !== 'string' || !HH_MM.test(workdayStart)) {
    fail('workdayStart', workdayStart, "is not a time of day 'HH:mm' from 00:00 to 23:59");
  }

  const holidays = validateDateList('holidays', input.holidays);
  const makeUpWorkingDays = validateDateList('makeUpWorkingDays', input.makeUpWorkingDays);
  const holidaySet = new Set(holidays);
  makeUpWorkingDays.forEach((date, index) => {
    const key = `makeUpWorkingDays[${index}]`;
    if (holidaySet.has(date)) fail(key, date, 'is also listed in holidays; a day cannot be both');
    // A make-up day on a weekday changes nothing, so it is most likely a wrong date.
    const { year, month, day } = parseIsoDate(date) as CalendarDay;
    const isoWeekday = getISODay(new TZDate(year, month - 1, day, 12, timeZone));
    if (!weekendDays.has(isoWeekday)) fail(key, date, `is not a weekend day (weekend = ${show(weekend)})`);
  });

  return {
    timeZone,
    weekend: [...(weekend as number[])],
    holidays,
    makeUpWorkingDays,
    workdayStart,
  };
}

/**
 * Working-day arithmetic in the configured time zone.
 *
 * Every calculation runs on TZDate values, whose getters and setters read the wall clock of
 * `config.timeZone`, so date-fns' addDays/getISODay/format work on local calendar days whatever
 * the server's own TZ is. Results are plain Dates (instants).
 *
 * addWorkingDays: a request that arrives on a day off starts counting at `workdayStart` of the
 * next working day; one that arrives on a working day counts from that moment, even after office
 * hours. The due time keeps the local time of day, so "+1" means "same time the next working day".
 */
export function createCalendar(config: CalendarConfig = DEFAULT_CALENDAR): WorkingCalendar {
  const { timeZone, weekend, holidays, makeUpWorkingDays, workdayStart } = validateCalendarConfig(config);
  const weekendDays = new Set(weekend);
  const holidaySet = new Set(holidays);
  const makeUpSet = new Set(makeUpWorkingDays);
  const [startHours, startMinutes] = workdayStart.split(':').map(Number);

  function zoned(date: Date, name: string): TZDate {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
      throw new RangeError(`${name} must be a valid Date, got ${show(date)}`);
    }
    return new TZDate(date.getTime(), timeZone);
  }

  // The validator forbids a day being both a holiday and a make-up day, so the order here is moot.
  function isWorking(day: TZDate): boolean {
    const key = format(day, 'yyyy-MM-dd');
    if (holidaySet.has(key)) return false;
    if (makeUpSet.has(key)) return true;
    return !weekendDays.has(getISODay(day));
  }

  // Noon is a safe anchor for stepping through days: no zone has a DST jump at midday.
  const noon = (day: TZDate): TZDate => set(day, { hours: 12, minutes: 0, seconds: 0, milliseconds: 0 });

  return {
    isWorkingDay: (date) => isWorking(zoned(date, 'date')),

    addWorkingDays(start, days) {
      if (!Number.isInteger(days) || days < 0) {
        throw new RangeError(`days must be a non-negative integer, got ${show(days)}`);
      }
      let cursor = zoned(start, 'start');
      if (!isWorking(cursor)) {
        do {
          cursor = addDays(cursor, 1);
        } while (!isWorking(cursor));
        cursor = set(cursor, { hours: startHours, minutes: startMinutes, seconds: 0, milliseconds: 0 });
      }
      for (let left = days; left > 0; ) {
        cursor = addDays(cursor, 1);
        if (isWorking(cursor)) left -= 1;
      }
      return new Date(cursor.getTime());
    },

    workingDaysBetween(from, to) {
      const a = noon(zoned(from, 'from'));
      const b = noon(zoned(to, 'to'));
      const [first, last, sign] = a.getTime() <= b.getTime() ? [a, b, 1] : [b, a, -1];
      const lastKey = format(last, 'yyyy-MM-dd');
      let count = 0;
      // 'yyyy-MM-dd' strings sort like the days they name.
      for (let day = addDays(first, 1); format(day, 'yyyy-MM-dd') <= lastKey; day = addDays(day, 1)) {
        if (isWorking(day)) count += 1;
      }
      return sign * count;
    },

    endOfLocalDay(isoDate, plusCalendarDays = 0) {
      const parsed = parseIsoDate(isoDate);
      if (!parsed) throw new RangeError(`isoDate must be a real 'yyyy-mm-dd' date, got ${show(isoDate)}`);
      if (!Number.isInteger(plusCalendarDays)) {
        throw new RangeError(`plusCalendarDays must be an integer, got ${show(plusCalendarDays)}`);
      }
      const day = new TZDate(parsed.year, parsed.month - 1, parsed.day, 12, timeZone);
      return new Date(endOfDay(addDays(day, plusCalendarDays)).getTime());
    },

    localDate: (date) => format(zoned(date, 'date'), 'yyyy-MM-dd'),
  };
}
