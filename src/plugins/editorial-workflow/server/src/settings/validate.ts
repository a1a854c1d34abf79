import { TZDate } from '@date-fns/tz';
import { getISODay } from 'date-fns';
import { WorkflowError } from '../errors';
import { parseIsoDate, type CalendarConfig } from '../time/calendar';
import type { WorkflowDefinition } from '../workflow/types';
import type { YearCalendar } from './effective';

/** Limits of what the board may enter: beyond them a value is a typo, not a policy. */
export const YEAR_RANGE = { min: 2000, max: 2100 };
export const SLA_RANGE = { min: 1, max: 30 };
/** The schemas' own limits (category.publishDeadlineDays, contributor-unit.monthlyQuota). */
export const DEADLINE_RANGE = { min: 1, max: 30 };
export const QUOTA_RANGE = { min: 0, max: 1000 };
const MAX_DAYS_PER_YEAR = 60;

const bad = (message: string): never => {
  throw new WorkflowError(400, 'BAD_SETTING', message);
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const dayMonthYear = (isoDate: string) => isoDate.split('-').reverse().join('/');

export function parseYear(value: unknown): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(String(value)) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    bad(`Năm "${String(value)}" không hợp lệ: hãy nhập năm từ ${YEAR_RANGE.min} đến ${YEAR_RANGE.max}.`);
  }
  return year;
}

function integerIn(value: unknown, range: { min: number; max: number }, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
    bad(`${field}: "${String(value)}" không hợp lệ, hãy nhập số nguyên từ ${range.min} đến ${range.max}.`);
  }
  return value as number;
}

function dayList(value: unknown, year: number, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) bad(`${field}: phải là danh sách ngày dạng yyyy-mm-dd.`);
  const list = value as unknown[];
  if (list.length > MAX_DAYS_PER_YEAR) bad(`${field}: tối đa ${MAX_DAYS_PER_YEAR} ngày trong một năm.`);
  const seen = new Set<string>();
  return list.map((item) => {
    const day = parseIsoDate(item);
    if (!day) bad(`${field}: "${String(item)}" không phải là một ngày có thật (dạng yyyy-mm-dd).`);
    const iso = item as string;
    if (day!.year !== year) bad(`${field}: ngày ${dayMonthYear(iso)} không thuộc năm ${year}.`);
    if (seen.has(iso)) bad(`${field}: ngày ${dayMonthYear(iso)} bị nhập hai lần.`);
    seen.add(iso);
    return iso;
  }).sort();
}

/**
 * One year's calendar as the board sends it: real days of that year, no duplicates, at least one holiday
 * (every year has Tết Dương lịch), make-up days only on weekend days and never also a holiday — the same
 * rules as validateCalendarConfig, in Vietnamese and naming the field.
 */
export function parseYearCalendar(body: unknown, year: number, calendar: CalendarConfig): YearCalendar {
  if (!isRecord(body)) return bad('Dữ liệu gửi lên phải có "holidays" và "makeUpWorkingDays".');
  const unknown = Object.keys(body).filter((key) => key !== 'holidays' && key !== 'makeUpWorkingDays');
  if (unknown.length > 0) bad(`Trường không được hỗ trợ: ${unknown.join(', ')}.`);
  const holidays = dayList(body.holidays, year, 'Ngày nghỉ lễ');
  const makeUpWorkingDays = dayList(body.makeUpWorkingDays, year, 'Ngày làm bù');
  if (holidays.length === 0) bad(`Ngày nghỉ lễ: năm ${year} phải có ít nhất một ngày nghỉ lễ (Tết Dương lịch 01/01).`);
  const holidaySet = new Set(holidays);
  const weekend = new Set(calendar.weekend);
  for (const iso of makeUpWorkingDays) {
    if (holidaySet.has(iso)) bad(`Ngày làm bù: ngày ${dayMonthYear(iso)} cũng là ngày nghỉ lễ; một ngày không thể vừa nghỉ vừa làm bù.`);
    const { year: y, month, day } = parseIsoDate(iso)!;
    if (!weekend.has(getISODay(new TZDate(y, month - 1, day, 12, calendar.timeZone)))) {
      bad(`Ngày làm bù: ngày ${dayMonthYear(iso)} không phải thứ Bảy hay Chủ nhật (ngày thường vốn là ngày làm việc).`);
    }
  }
  return { holidays, makeUpWorkingDays };
}

/** `{ days: { <state>: n } }` for one workflow: only its waiting states (those with a target in the table). */
export function parseSla(body: unknown, wf: WorkflowDefinition): Record<string, number> {
  if (!isRecord(body) || !isRecord(body.days)) return bad('Dữ liệu gửi lên phải có "days": { trạng thái: số ngày làm việc }.');
  const out: Record<string, number> = {};
  for (const [state, days] of Object.entries(body.days)) {
    const definition = wf.states.find((candidate) => candidate.id === state);
    if (!definition) bad(`Trạng thái "${state}" không có trong quy trình "${wf.label}".`);
    if (definition!.dueWorkingDays === undefined) bad(`Trạng thái "${definition!.label}" không có thời hạn xử lý để đặt.`);
    out[state] = integerIn(days, SLA_RANGE, `Thời hạn "${definition!.label}" (ngày làm việc)`);
  }
  return out;
}

export function parseDeadline(body: unknown): number {
  if (!isRecord(body)) return bad('Dữ liệu gửi lên phải có "publishDeadlineDays".');
  return integerIn(body.publishDeadlineDays, DEADLINE_RANGE, 'Thời hạn đăng (ngày sau sự kiện)');
}

/** `{ quotas: { <unit documentId>: n } }`; the units are checked against the table by the caller. */
export function parseQuotas(body: unknown): Record<string, number> {
  if (!isRecord(body) || !isRecord(body.quotas)) return bad('Dữ liệu gửi lên phải có "quotas": { đơn vị: số tin mỗi tháng }.');
  const entries = Object.entries(body.quotas);
  if (entries.length === 0) bad('Chưa có đơn vị nào để lưu chỉ tiêu.');
  return Object.fromEntries(entries.map(([unit, value]) => [unit, integerIn(value, QUOTA_RANGE, `Chỉ tiêu (tin mỗi tháng) của đơn vị "${unit}"`)]));
}
