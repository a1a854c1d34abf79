import { errors } from '@strapi/utils';
import { formatDate, isoWeekRange } from '../lib/dates';
import type { ContentRule } from './context';
import { assertUnique } from './unique';
import { assign } from './write';

export const BODY_NAMES: Readonly<Record<string, string>> = {
  dang_uy: 'Đảng ủy',
  hdnd: 'HĐND',
  ubnd: 'UBND',
  ub_mttq: 'UB MTTQ',
  doan_the: 'các đoàn thể',
};

/** One schedule per body per week, and every entry inside that week. */
export const workScheduleRule: ContentRule = {
  uids: ['api::work-schedule.work-schedule'],
  async beforeWrite(strapi, write) {
    const week = String(write.merged.week ?? '');
    const range = isoWeekRange(week);
    if (!range) {
      throw new errors.ValidationError(`Tuần "${week}" không hợp lệ: ghi theo dạng năm-Wsố tuần, ví dụ 2026-W48.`);
    }
    assign(write, { weekStart: range.start });

    const entries = write.data.entries;
    if (Array.isArray(entries)) {
      for (const entry of entries as Array<{ date?: unknown }>) {
        const date = typeof entry?.date === 'string' ? entry.date.slice(0, 10) : '';
        if (date && (date < range.start || date > range.end)) {
          throw new errors.ValidationError(
            `Ngày ${formatDate(date)} không thuộc tuần ${week} (${formatDate(range.start)} – ${formatDate(range.end)}).`,
          );
        }
      }
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
