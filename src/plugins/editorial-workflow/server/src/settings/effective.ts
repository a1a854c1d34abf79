import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { validateCalendarConfig, type CalendarConfig } from '../time/calendar';
import type { WorkflowDefinition } from '../workflow/types';

/** One year's days off and make-up working days, as the board enters them in the settings page. */
export interface YearCalendar {
  holidays: string[];
  makeUpWorkingDays: string[];
}

/** Review SLAs in working days, per workflow and state, where they differ from the table. */
export type SlaOverrides = Record<string, Record<string, number>>;

/** What the settings table holds (key `calendar.<year>` and `sla`). */
export interface StoredSettings {
  years: Record<string, YearCalendar>;
  sla: SlaOverrides;
  /** The highest revision of the rows: what another instance compares to see a change. */
  revision: number;
}

export const EMPTY_SETTINGS: StoredSettings = { years: {}, sla: {}, revision: 0 };

/** Warn this many months before the last covered year ends. */
export const WARN_MONTHS = 6;

const yearOf = (isoDate: string) => isoDate.slice(0, 4);

/**
 * The calendar in force: the built-in / config/plugins.ts calendar, in which every year the board saved
 * is replaced as a whole (its holidays and make-up days), other years untouched.
 */
export function effectiveCalendar(base: CalendarConfig, years: Record<string, YearCalendar>): CalendarConfig {
  const replaced = new Set(Object.keys(years));
  const keep = (days: string[]) => days.filter((day) => !replaced.has(yearOf(day)));
  const stored = Object.values(years);
  return validateCalendarConfig({
    ...base,
    holidays: [...keep(base.holidays), ...stored.flatMap((year) => year.holidays)].sort(),
    makeUpWorkingDays: [...keep(base.makeUpWorkingDays), ...stored.flatMap((year) => year.makeUpWorkingDays)].sort(),
  });
}

/** One year of a calendar, e.g. to show it in the settings page. */
export function yearCalendar(calendar: CalendarConfig, year: string): YearCalendar {
  return {
    holidays: calendar.holidays.filter((day) => yearOf(day) === year),
    makeUpWorkingDays: calendar.makeUpWorkingDays.filter((day) => yearOf(day) === year),
  };
}

/** Years with at least one public holiday listed: a year without any has surely not been entered. */
export function coveredYears(calendar: CalendarConfig): number[] {
  return [...new Set(calendar.holidays.map((day) => Number(yearOf(day))))].sort((a, b) => a - b);
}

/**
 * The warning the settings page, the queue and the server log show when the calendar runs out: from
 * 1 July of the last covered year (six months before its end), and louder once that year is over.
 */
export function calendarWarning(calendar: CalendarConfig, now: Date): string | null {
  const years = coveredYears(calendar);
  const last = years.at(-1);
  const today = format(new TZDate(now.getTime(), calendar.timeZone), 'yyyy-MM-dd');
  if (last === undefined) return 'Chưa có lịch ngày nghỉ lễ nào: hãy nhập ngày nghỉ lễ của năm nay.';
  const warnFrom = `${last}-${String(13 - WARN_MONTHS).padStart(2, '0')}-01`;
  if (today < warnFrom) return null;
  if (Number(yearOf(today)) > last) {
    return `Lịch ngày nghỉ chỉ có đến hết năm ${last}: hạn xử lý sau ngày 31/12/${last} đang tính như thể không có ngày nghỉ lễ. Hãy nhập ngày nghỉ lễ năm ${Number(yearOf(today))}.`;
  }
  return `Lịch ngày nghỉ chỉ có đến hết năm ${last}: hãy nhập ngày nghỉ lễ năm ${last + 1}.`;
}

/** The review SLA in force for a state: the board's override, else the table's `dueWorkingDays`. */
export function slaOf(wf: WorkflowDefinition, state: string, overrides: SlaOverrides): number | undefined {
  const defined = wf.states.find((candidate) => candidate.id === state)?.dueWorkingDays;
  if (defined === undefined) return undefined;
  return overrides[wf.id]?.[state] ?? defined;
}
