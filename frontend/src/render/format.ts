import { getISODay, parseISO } from 'date-fns';
import { viDate, vietnamDay } from '../../../src/lib/dates';

export { viDate };

/** yyyy-mm-dd in Vietnam's time zone, for machine-readable dates (Dublin Core, sitemap). */
export const isoDay = vietnamDay;

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

/** "Thứ Hai" … "Chủ nhật" for a calendar date. */
export function weekdayName(isoDate: string): string {
  return WEEKDAYS[getISODay(parseISO(isoDate.slice(0, 10))) - 1];
}

/** 97.5 → "97,5%" (Vietnamese decimal comma). */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}
