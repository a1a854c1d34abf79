import { errors } from '@strapi/utils';
import type { ContentRule, Data } from './context';
import { assign } from './write';
import { reportRates } from '../lib/report-rates';

const count = (doc: Data, field: string): number => Number(doc[field] ?? 0);

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
