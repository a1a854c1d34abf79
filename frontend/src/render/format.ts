import { getISODay, parseISO } from 'date-fns';
import { formatDate } from '../../../src/lib/dates';

const VN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A calendar date ("2026-11-23") or a timestamp, as the ward reads it: dd/mm/yyyy in Vietnam's time zone. */
export function viDate(value: string | null | undefined): string {
  if (!value) return '';
  return formatDate(value.length > 10 ? VN_DAY.format(new Date(value)) : value);
}

/** yyyy-mm-dd in Vietnam's time zone, for machine-readable dates (Dublin Core, sitemap). */
export function isoDay(value: string | Date): string {
  return VN_DAY.format(typeof value === 'string' ? new Date(value) : value);
}

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

/** "Thứ Hai" … "Chủ nhật" for a calendar date. */
export function weekdayName(isoDate: string): string {
  return WEEKDAYS[getISODay(parseISO(isoDate.slice(0, 10))) - 1];
}

/** 97.5 → "97,5%" (Vietnamese decimal comma). */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}
