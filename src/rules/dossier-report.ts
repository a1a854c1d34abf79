import { errors } from '@strapi/utils';
import type { ContentRule, Data } from './context';
import { assign } from './write';

const count = (doc: Data, field: string): number => Number(doc[field] ?? 0);

/**
 * The figures of a report must add up, and the on-time rate is derived, never typed:
 * on-time % = 100 − (resolved late + overdue in progress) / (carried over + received), as the
 * provincial one-stop systems publish it.
 */
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
    const late = count(doc, 'resolvedLate') + count(doc, 'inProgressOverdue');
    const onTimeRate = toHandle === 0 ? null : Math.round((100 - (late * 100) / toHandle) * 100) / 100;
    assign(write, { onTimeRate });
  },
};
