import { addDays, format, parseISO } from 'date-fns';
import { todayInVietnam } from '../../../../lib/dates';

/** A statistics period: two Vietnam calendar days, "yyyy-mm-dd", both included. */
export interface Period {
  from: string;
  to: string;
}

export const DEFAULT_PERIOD_DAYS = 30;

/** The last 30 days up to today on the ward's wall clock, whatever the browser's zone and the hour. */
export function defaultPeriod(now: Date = new Date()): Period {
  const to = todayInVietnam(now);
  return { from: format(addDays(parseISO(to), 1 - DEFAULT_PERIOD_DAYS), 'yyyy-MM-dd'), to };
}

/** The one description of a period that the request, the download and its file name all use. */
export const periodQuery = (period: Period) => `from=${period.from}&to=${period.to}`;
export const periodFileName = (period: Period, extension: string) => `thong-ke-${period.from}-${period.to}.${extension}`;
