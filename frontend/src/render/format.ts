import { getISODay, parseISO } from 'date-fns';
import { viDate, vietnamDay } from '../../../src/lib/dates';
import type { Locale } from '../site/i18n';

export { viDate };

/** yyyy-mm-dd in Vietnam's time zone, for machine-readable dates (Dublin Core, sitemap). */
export const isoDay = vietnamDay;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date or a timestamp as an English reader reads it: "2 December 2026", Vietnam's day. */
export function enDate(value: string | null | undefined): string {
  if (!value) return '';
  const [year, month, day] = (value.length > 10 ? vietnamDay(value) : value.slice(0, 10)).split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Each language's way of writing a date. */
export const DATE_FORMATS: Record<Locale, (value: string | null | undefined) => string> = { vi: viDate, en: enDate };

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

/** "Thứ Hai" … "Chủ nhật" for a calendar date. */
export function weekdayName(isoDate: string): string {
  return WEEKDAYS[getISODay(parseISO(isoDate.slice(0, 10))) - 1];
}

/** 97.5 → "97,5%" (Vietnamese decimal comma). */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}
