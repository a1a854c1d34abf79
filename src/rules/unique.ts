import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Write } from './context';
import { isSiteOwned } from '../sites/owned';

/**
 * Refuses a write when another document of the same type (in the same locale, for localized types)
 * already has these values. Rows of the document itself (its draft and published copies) do not count.
 */
export async function assertUnique(
  strapi: Core.Strapi,
  write: Write,
  where: Record<string, unknown>,
  message: string,
): Promise<void> {
  const existing = await strapi.db.query(write.uid as never).findOne({
    where: { ...where, ...scopeOf(strapi, write) },
    select: ['documentId'],
  });
  if (existing) throw new errors.ValidationError(message, { duplicateOf: existing.documentId });
}

/** The rows a uniqueness check compares against: same locale, other documents. */
export function scopeOf(strapi: Core.Strapi, write: Write): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  if (write.documentId) scope.documentId = { $ne: write.documentId };
  if (isLocalized(strapi, write.uid)) scope.locale = write.locale;
  // Each ward has its own slugs, unit names, document numbers: another site's item is no clash.
  if (isSiteOwned(strapi, write.uid) && typeof write.merged.site === 'string') scope.site = { documentId: write.merged.site };
  return scope;
}

export function isLocalized(strapi: Core.Strapi, uid: string): boolean {
  const contentType = strapi.contentType(uid as never) as { pluginOptions?: { i18n?: { localized?: boolean } } };
  return contentType?.pluginOptions?.i18n?.localized === true;
}
