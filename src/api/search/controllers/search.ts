import { errors } from '@strapi/utils';
import { z } from 'zod';
import type { Search } from '../../../public-api/search/service';
import { PAGE_SIZE } from '../../../public-api/search/service';
import { SEARCH_TYPES } from '../../../public-api/search/documents';
import { publicSiteOf } from '../../../sites/public-scope';

const input = z.strictObject(
  {
    q: z.string({ error: 'Từ khóa (q): bắt buộc, một chuỗi.' }).trim().min(2, 'Từ khóa (q): ít nhất 2 ký tự.').max(100, 'Từ khóa (q): tối đa 100 ký tự.'),
    type: z
      .string({ error: 'Loại (type): một chuỗi.' })
      .refine((value) => value.split(',').every((t) => (SEARCH_TYPES as string[]).includes(t)), `Loại (type): chọn trong ${SEARCH_TYPES.join(', ')}.`)
      .optional(),
    page: z.coerce.number({ error: 'Trang (page): một số.' }).int('Trang (page): số nguyên.').min(1, 'Trang (page): từ 1.').max(100, 'Trang (page): tối đa 100.').default(1),
    locale: z.string({ error: 'Ngôn ngữ (locale): một chuỗi.' }).regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'Ngôn ngữ (locale): mã như vi hoặc en.').optional(),
    // Read by siteOfRequest: the ward's code, where the host does not tell the site.
    site: z.unknown().optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'Chỉ nhận các tham số q, type, page, locale, site.' : undefined) },
);

interface Ctx {
  query: Record<string, unknown>;
  body: unknown;
}


export default {
  /**
   * Accent- and case-insensitive search, within the request's site (and the shared procedures), over published articles, procedures, legal documents,
   * disclosures and answered questions: "dong da" finds "Đống Đa", quoted words match as a phrase.
   */
  async search(ctx: Ctx) {
    const parsed = input.safeParse(ctx.query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new errors.ValidationError(issue.message, { param: issue.path[0] ?? null });
    }
    const { q, type, page, locale } = parsed.data;
    const search = strapi.service('api::search.search') as unknown as Search;
    const site = await publicSiteOf(strapi, ctx);
    const { total, results } = await search.search({
      q, types: type ? type.split(',') : SEARCH_TYPES, locale: locale ?? (await search.defaultLocale()), site: site.id, page,
    });
    // `total` stops at MAX_RESULTS (a hundred pages): pageCount never names a page without results.
    ctx.body = { data: results, meta: { pagination: { page, pageSize: PAGE_SIZE, pageCount: Math.ceil(total / PAGE_SIZE), total } } };
  },
};
