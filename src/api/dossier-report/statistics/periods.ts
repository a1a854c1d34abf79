import { addDays, endOfMonth, endOfQuarter, endOfYear, format, parseISO, startOfMonth, startOfQuarter, startOfYear } from 'date-fns';

export type PeriodKind = 'day' | 'month' | 'quarter' | 'year';

export interface Period {
  period: PeriodKind;
  start: string;
  end: string;
}

const ymd = (date: Date) => format(date, 'yyyy-MM-dd');

const STEPS: Array<{ period: PeriodKind; start(d: Date): Date; end(d: Date): Date }> = [
  { period: 'day', start: (d) => d, end: (d) => d },
  { period: 'month', start: startOfMonth, end: endOfMonth },
  { period: 'quarter', start: startOfQuarter, end: endOfQuarter },
  { period: 'year', start: startOfYear, end: endOfYear },
];

/** Every day, month, quarter and year that overlaps [from, to] (dates as "yyyy-mm-dd"). */
export function periodsOverlapping(from: string, to: string): Period[] {
  const last = parseISO(to);
  return STEPS.flatMap(({ period, start, end }) => {
    const periods: Period[] = [];
    for (let at = start(parseISO(from)); at <= last; at = addDays(end(at), 1)) {
      periods.push({ period, start: ymd(at), end: ymd(end(at)) });
    }
    return periods;
  });
}
