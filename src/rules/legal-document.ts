import { errors } from '@strapi/utils';
import { documentTypeName, parseDocumentNumber } from '../lib/document-number';
import type { ContentRule } from './context';
import { assertUnique } from './unique';
import { assign } from './write';

const EXAMPLES = '17/KH-BBT, 15/QĐ-UBND, 123/2015/NĐ-CP';

/**
 * A document is identified by (issuer, year, type, number), not by how its number was typed:
 * "17/KH-BBT" and "17 / KH - BBT" of the same year are the same plan.
 */
export const legalDocumentRule: ContentRule = {
  uids: ['api::legal-document.legal-document'],
  async beforeWrite(strapi, write) {
    const touched = write.action === 'create' || 'numberSymbol' in write.data || 'issuedAt' in write.data;
    if (!touched) return;

    const raw = String(write.merged.numberSymbol ?? '').trim();
    const parsed = parseDocumentNumber(raw);
    if (!parsed) {
      throw new errors.ValidationError(
        `Số, ký hiệu văn bản "${raw}" không đúng dạng "số/loại-cơ quan" hoặc "số/năm/loại-cơ quan", ví dụ: ${EXAMPLES}.`,
      );
    }
    const issuedYear = yearOf(write.merged.issuedAt);
    if (parsed.year !== null && issuedYear !== null && parsed.year !== issuedYear) {
      throw new errors.ValidationError(
        `Năm trong số, ký hiệu (${parsed.year}) khác năm của ngày ban hành (${issuedYear}).`,
      );
    }
    const year = parsed.year ?? issuedYear;
    if (year === null) {
      throw new errors.ValidationError(
        `Văn bản "${raw}" không ghi năm trong số, ký hiệu: cần nhập ngày ban hành để xác định năm.`,
      );
    }

    const typeName = documentTypeName(parsed.docType);
    assign(write, {
      numberSymbol: raw,
      number: parsed.number,
      year,
      docType: parsed.docType,
      issuer: parsed.issuer,
      ...(write.merged.title ? {} : { title: [typeName, raw].filter(Boolean).join(' ') }),
    });
    await assertUnique(
      strapi,
      write,
      { number: parsed.number, year, docType: parsed.docType, issuer: parsed.issuer },
      `Đã có văn bản số ${parsed.number} năm ${year}, ${parsed.docType ? `loại ${parsed.docType}, ` : ''}của ${parsed.issuer}: không tạo trùng văn bản.`,
    );
  },
};

function yearOf(date: unknown): number | null {
  const match = /^(\d{4})-\d{2}-\d{2}/.exec(String(date ?? ''));
  return match ? Number(match[1]) : null;
}
