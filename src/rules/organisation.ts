import { errors } from '@strapi/utils';
import type { ContentRule } from './context';
import { assertUnique } from './unique';

export const PAGE = 'api::page.page';
export const OFFICIAL = 'api::official.official';

/** A phone number as the public dials it: digits, spaces, +, dots, dashes and brackets; 6 to 20 digits. */
const PHONE = /^[0-9 +().-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * The organisation's pages and officials: what the schema cannot say in Vietnamese. The ward has one
 * introduction page a language (the site's /gioi-thieu/ shows it); an official's phone and e-mail are
 * published, so they must be ones a citizen can use.
 */
export const organisationRule: ContentRule = {
  uids: [PAGE, OFFICIAL],
  async beforeWrite(strapi, write) {
    if (write.uid === PAGE) {
      if (text(write.merged.title).length < 3) {
        throw new errors.ValidationError('Tiêu đề trang phải có ít nhất 3 ký tự.', { field: 'title' });
      }
      if (write.merged.kind === 'gioi_thieu' && 'kind' in write.data) {
        await assertUnique(strapi, write, { kind: 'gioi_thieu' },
          'Đã có một trang loại "Giới thiệu chung" trong ngôn ngữ này: hãy sửa trang đó, hoặc chọn loại khác cho trang này.');
      }
      return;
    }
    if (text(write.merged.fullName).length < 3) {
      throw new errors.ValidationError('Họ và tên cán bộ phải có ít nhất 3 ký tự.', { field: 'fullName' });
    }
    if (text(write.merged.position).length < 2) {
      throw new errors.ValidationError('Hãy ghi chức vụ của cán bộ, ví dụ "Chủ tịch UBND phường".', { field: 'position' });
    }
    const phone = text(write.merged.phone);
    const digits = phone.replace(/\D/g, '').length;
    if (phone && (!PHONE.test(phone) || digits < 6 || digits > 20)) {
      throw new errors.ValidationError(
        `Số điện thoại "${phone}" không hợp lệ: chỉ dùng chữ số, dấu cách, dấu + . - và ngoặc, ví dụ "024 3353 0001".`,
        { field: 'phone' },
      );
    }
    const email = text(write.merged.email);
    if (email && !EMAIL.test(email)) {
      throw new errors.ValidationError(`Thư điện tử "${email}" không hợp lệ, ví dụ "vanphong@phulam.gov.vn".`, { field: 'email' });
    }
  },
};
