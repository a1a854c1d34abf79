import { errors } from '@strapi/utils';
import { documentTypeName } from '../lib/document-number';
import { isSlug, toSlug } from '../lib/slug';
import type { ContentRule, Data } from './context';
import { assertUnique, scopeOf } from './unique';
import { assign } from './write';

/** Where each type's slug comes from when the editor leaves it empty. */
const SLUG_SOURCES: Record<string, (doc: Data) => unknown> = {
  'api::article.article': (doc) => doc.title,
  'api::category.category': (doc) => doc.name,
  'api::contributor-unit.contributor-unit': (doc) => doc.name,
  'api::procedure-field.procedure-field': (doc) => doc.name,
  'api::procedure.procedure': (doc) => doc.name,
  'api::disclosure.disclosure': (doc) => doc.title,
  'api::page.page': (doc) => doc.title,
  // "Kế hoạch 17/KH-BBT" → ke-hoach-17-kh-bbt; a law has no type in its symbol, so its title leads.
  'api::legal-document.legal-document': (doc) =>
    [documentTypeName(String(doc.docType ?? '')) ?? doc.title, doc.numberSymbol].filter(Boolean).join(' '),
};

/**
 * Slugs are unique per type and locale. A slug the editor types must be well formed and free; a
 * generated one takes the first free suffix (-2, -3, …). A stored slug never changes by itself, so
 * published links keep working when a title is corrected.
 */
export const slugRule: ContentRule = {
  uids: Object.keys(SLUG_SOURCES),
  async beforeWrite(strapi, write) {
    const given = write.data.slug;
    if (typeof given === 'string' && given !== '') {
      if (!isSlug(given)) {
        throw new errors.ValidationError(
          `Đường dẫn (slug) "${given}" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "dang-uy-phuong".`,
        );
      }
      await assertUnique(strapi, write, { slug: given }, `Đường dẫn (slug) "${given}" đã được dùng cho một mục khác cùng loại.`);
      return;
    }
    if (typeof write.merged.slug === 'string' && write.merged.slug !== '') return;

    const source = SLUG_SOURCES[write.uid](write.merged);
    const base = typeof source === 'string' ? toSlug(source) : '';
    if (!base) return;
    const taken = await strapi.db.query(write.uid as never).findMany({
      where: { $or: [{ slug: base }, { slug: { $startsWith: `${base}-` } }], ...scopeOf(strapi, write) },
      select: ['slug'],
    });
    const used = new Set(taken.map((row: { slug: string }) => row.slug));
    let slug = base;
    for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
    assign(write, { slug });
  },
};
