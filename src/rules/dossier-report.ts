import { errors } from '@strapi/utils';
import type { ContentRule, Data } from './context';
import { assign } from './write';

const count = (doc: Data, field: string): number => Number(doc[field] ?? 0);
const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part * 10000) / whole) / 100;

/**
 * The derived rates of a report, the one definition for typed and computed reports:
 * on-time % = 100 − (resolved late + overdue in progress) / (carried over + received), as the
 * provincial one-stop systems publish it; online % = received online / received.
 */
export function reportRates(doc: Data): { onTimeRate: number | null; onlineRate: number | null } {
  const received = count(doc, 'receivedOnline') + count(doc, 'receivedInPerson') + count(doc, 'receivedPostal');
  const toHandle = count(doc, 'carriedOver') + received;
  const late = count(doc, 'resolvedLate') + count(doc, 'inProgressOverdue');
  const lateRate = percent(late, toHandle);
  return {
    onTimeRate: lateRate === null ? null : Math.round((100 - lateRate) * 100) / 100,
    onlineRate: percent(count(doc, 'receivedOnline'), received),
  };
}

/** The figures of a report must add up, and the rates are derived, never typed. */
export const dossierReportRule: ContentRule = {
  uids: ['api::dossier-report.dossier-report'],
  async beforeWrite(_strapi, write) {
    const doc = write.merged;
    const toHandle =
      count(doc, 'carriedOver') + count(doc, 'receivedOnline') + count(doc, 'receivedInPerson') + count(doc, 'receivedPostal');
    const accounted =
      count(doc, 'resolvedEarly') + count(doc, 'resolvedOnTime') + count(doc, 'resolvedLate') +
      count(doc, 'inProgressOnTime') + count(doc, 'inProgressOverdue') + count(doc, 'returnedOrWithdrawn');
    if (accounted > toHandle) {
      throw new errors.ValidationError(
        `Số hồ sơ đã giải quyết, đang giải quyết và trả lại/rút (${accounted}) vượt quá số phải giải quyết (tồn kỳ trước + tiếp nhận mới = ${toHandle}).`,
      );
    }
    assign(write, reportRates(doc));
  },
};
