import { factories } from '@strapi/strapi';
import { publicSiteOf } from '../../../sites/public-scope';
import { inLocale } from '../../../sites/translations';

/**
 * `findOne` without an id (GET /api/site-setting) is the site of the request, so that read-only API tokens,
 * which may call only `find` and `findOne` actions, can read it too; with an id it is Strapi's own.
 */
export default factories.createCoreController('api::site.site', ({ strapi }) => ({
  async findOne(ctx) {
    if (ctx.params?.id !== undefined) return super.findOne(ctx);
    const site = await publicSiteOf(strapi, ctx);
    const { locale, populate } = ctx.query as { locale?: string; populate?: unknown };
    const document = await strapi.documents('api::site.site').findOne({ documentId: site.documentId, populate: populate as never });
    const { translations } = ((await strapi.documents('api::site.site').findOne({ documentId: site.documentId, populate: ['translations'] as never })) ??
      {}) as { translations?: Array<Record<string, unknown>> };
    const sanitized = (await this.sanitizeOutput!(document, ctx)) as Record<string, unknown>;
    const defaultLocale = (await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string;
    return { data: inLocale(sanitized, translations as never, typeof locale === 'string' ? locale : undefined, defaultLocale), meta: {} };
  },
}));
