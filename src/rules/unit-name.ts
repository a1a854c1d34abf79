import type { ContentRule } from './context';
import { assertUnique } from './unique';

/** A unit's name is unique within its ward: two wards may each have a "Văn phòng HĐND – UBND". */
export const unitNameRule: ContentRule = {
  uids: ['api::contributor-unit.contributor-unit'],
  async beforeWrite(strapi, write) {
    const name = typeof write.merged.name === 'string' ? write.merged.name.trim() : '';
    if (!name || !('name' in write.data)) return;
    await assertUnique(strapi, write, { name }, `Phường, xã này đã có đơn vị tên "${name}": hãy đặt tên khác hoặc sửa đơn vị đã có.`);
  },
};
