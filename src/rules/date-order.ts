import { errors } from '@strapi/utils';
import { formatDate } from '../lib/dates';
import type { ContentRule } from './context';

interface Order {
  earlier: string;
  later: string;
  message: string;
}

/** Pairs of dates whose order the schema cannot express. */
const ORDERS: Record<string, Order[]> = {
  'api::dossier.dossier': [
    { earlier: 'receivedAt', later: 'dueAt', message: 'Ngày hẹn trả không được trước ngày tiếp nhận' },
    { earlier: 'receivedAt', later: 'returnedAt', message: 'Ngày trả kết quả không được trước ngày tiếp nhận' },
  ],
  'api::disclosure.disclosure': [
    { earlier: 'disclosedAt', later: 'disclosedUntil', message: 'Hạn công khai không được trước ngày công khai' },
    { earlier: 'decisionDate', later: 'disclosedAt', message: 'Ngày công khai không được trước ngày quyết định' },
  ],
  'api::legal-document.legal-document': [
    { earlier: 'effectiveAt', later: 'expiresAt', message: 'Ngày hết hiệu lực không được trước ngày có hiệu lực' },
    { earlier: 'issuedAt', later: 'expiresAt', message: 'Ngày hết hiệu lực không được trước ngày ban hành' },
  ],
  'api::dossier-report.dossier-report': [
    { earlier: 'periodStart', later: 'periodEnd', message: 'Ngày cuối kỳ không được trước ngày đầu kỳ' },
  ],
};

export const dateOrderRule: ContentRule = {
  uids: Object.keys(ORDERS),
  async beforeWrite(_strapi, write) {
    for (const { earlier, later, message } of ORDERS[write.uid]) {
      const from = write.merged[earlier];
      const to = write.merged[later];
      if (typeof from === 'string' && typeof to === 'string' && to.slice(0, 10) < from.slice(0, 10)) {
        throw new errors.ValidationError(`${message} (${formatDate(to)} < ${formatDate(from)}).`, { field: later });
      }
    }
  },
};
