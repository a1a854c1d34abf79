import { randomUUID } from 'node:crypto';
import { errors } from '@strapi/utils';
import { CHOICES } from '../bootstrap/admin-labels';
import { formatDate, isoWeekOf, isoWeekRange, vietnameseWeekday } from '../lib/dates';
import type { ContentRule, Data, Write } from './context';
import { assertUnique } from './unique';
import { assign } from './write';

export const BODY_NAMES: Readonly<Record<string, string>> = {
  dang_uy: 'Đảng ủy',
  hdnd: 'HĐND',
  ubnd: 'UBND',
  ub_mttq: 'UB MTTQ',
  doan_the: 'các đoàn thể',
};

const SESSIONS = CHOICES['schedule.entry'].session;
const SUMMARY_CONTENT = 120;

/**
 * The week a schedule is for. The office picks its Monday (weekStart) and the ISO week is derived from it;
 * a write naming only the week (the API, imports, the seed) gets its Monday derived instead. The Monday
 * wins when both come, as from the edit form, where the week is read-only and still holds the old value.
 */
function weekOf(write: Write): { week: string; start: string; end: string } {
  const monday = typeof write.data.weekStart === 'string' && write.data.weekStart ? write.data.weekStart.slice(0, 10) : null;
  const week = typeof write.data.week === 'string' && write.data.week ? write.data.week : null;
  const chosen = monday ?? (week ? null : String(write.merged.weekStart ?? '').slice(0, 10));
  if (chosen) {
    const date = new Date(`${chosen}T00:00:00`);
    if (Number.isNaN(date.getTime())) throw new errors.ValidationError(`Ngày "${chosen}" không hợp lệ: hãy chọn ngày thứ Hai đầu tuần.`);
    const range = isoWeekRange(isoWeekOf(date))!;
    if (range.start !== chosen) {
      throw new errors.ValidationError(
        `Ngày ${formatDate(chosen)} là ${vietnameseWeekday(chosen)}: hãy chọn ngày thứ Hai đầu tuần (${formatDate(range.start)}).`,
      );
    }
    return { week: isoWeekOf(date), ...range };
  }
  const range = week ? isoWeekRange(week) : null;
  if (!range) {
    throw new errors.ValidationError(
      week ? `Tuần "${week}" không hợp lệ: ghi theo dạng năm-Wsố tuần, ví dụ 2026-W48.` : 'Hãy chọn ngày thứ Hai đầu tuần của lịch công tác.',
    );
  }
  return { week: week!, ...range };
}

/** How a collapsed entry reads in the edit form: "Thứ Hai 07/12 · Sáng 08:00 · Họp giao ban…". */
export function entrySummary(entry: Data): string {
  const date = typeof entry.date === 'string' ? entry.date.slice(0, 10) : '';
  const day = date ? `${vietnameseWeekday(date)} ${formatDate(date).slice(0, 5)}` : '';
  const time = typeof entry.time === 'string' ? entry.time.slice(0, 5) : '';
  const session = [SESSIONS[String(entry.session ?? '')] ?? '', time].filter(Boolean).join(' ');
  const text = String(entry.content ?? '').replace(/\s+/g, ' ').trim();
  const content = text.length > SUMMARY_CONTENT ? `${text.slice(0, SUMMARY_CONTENT - 1)}…` : text;
  return [day, session, content].filter(Boolean).join(' · ');
}

/**
 * Each entry's lasting key, minted once and sent back by the edit form: component ids change at every
 * publish, and the site's iCalendar feeds need a UID that stays while the entry is edited or moved, so a
 * calendar replaces the event instead of adding another. An entry duplicated in the form gets its own key.
 */
function withKeys(entries: Data[]): Data[] {
  const seen = new Set<string>();
  return entries.map((entry) => {
    if (!entry || typeof entry !== 'object') return entry;
    const given = typeof entry.key === 'string' && /^[\w-]{8,36}$/.test(entry.key) ? entry.key : '';
    const key = given && !seen.has(given) ? given : randomUUID();
    seen.add(key);
    return { ...entry, key };
  });
}

/** One schedule per body per week, every entry inside that week, and each entry's summary. */
export const workScheduleRule: ContentRule = {
  uids: ['api::work-schedule.work-schedule'],
  async beforeWrite(strapi, write) {
    const { week, start, end } = weekOf(write);
    assign(write, { week, weekStart: start });

    const entries = write.data.entries;
    if (Array.isArray(entries)) {
      for (const entry of entries as Array<{ date?: unknown }>) {
        const date = typeof entry?.date === 'string' ? entry.date.slice(0, 10) : '';
        if (date && (date < start || date > end)) {
          throw new errors.ValidationError(
            `Ngày ${formatDate(date)} không thuộc tuần ${week} (${formatDate(start)} – ${formatDate(end)}).`,
          );
        }
      }
      assign(write, { entries: withKeys(entries as Data[]).map((entry) => (entry && typeof entry === 'object' ? { ...entry, summary: entrySummary(entry) } : entry)) });
    }

    const body = String(write.merged.body ?? '');
    await assertUnique(
      strapi,
      write,
      { body, week },
      `Đã có lịch công tác của ${BODY_NAMES[body] ?? body} cho tuần ${week}: hãy sửa lịch đó thay vì tạo mới.`,
    );
  },
};
