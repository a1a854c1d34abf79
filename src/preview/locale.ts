import type { Core } from '@strapi/strapi';

/**
 * The locale a preview reads: the one asked for on a localized type; none on the others, whose rows hold no
 * locale the admin's `?locale=vi` would match.
 */
export function previewLocale(strapi: Core.Strapi, uid: string, locale: unknown): string | null {
  const contentType = strapi.contentType(uid as never) as { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined;
  return contentType?.pluginOptions?.i18n?.localized && typeof locale === 'string' && locale ? locale : null;
}
