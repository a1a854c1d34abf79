import type { Core } from '@strapi/strapi';
import type { Data, WriteContext, Write } from './context';
import { isLocalized } from './unique';

/** Builds the view of a create/update that the rules check: incoming data over the stored draft. */
export async function describeWrite(strapi: Core.Strapi, ctx: WriteContext): Promise<Write> {
  const data = ctx.params.data as Data;
  const localized = isLocalized(strapi, ctx.uid);
  const locale = localized
    ? ctx.params.locale ?? ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string)
    : undefined;
  let stored = ctx.action === 'update' && ctx.params.documentId
    ? await storedDraft(strapi, ctx.uid, ctx.params.documentId, locale)
    : {};
  // A new language version of an existing document: the fields that are not localized are the document's,
  // shared by every version (i18n keeps them in step), so the rules see them as the other version holds them.
  if (localized && ctx.params.documentId && Object.keys(stored).length === 0) {
    stored = await sharedFields(strapi, ctx.uid, ctx.params.documentId);
  }
  return {
    uid: ctx.uid,
    action: ctx.action as Write['action'],
    documentId: ctx.params.documentId,
    locale,
    data,
    merged: { ...stored, ...data },
  };
}

/** Rules that derive a field set it both in what is written and in the merged view later rules read. */
export function assign(write: Write, values: Data): void {
  Object.assign(write.data, values);
  Object.assign(write.merged, values);
}

async function storedDraft(strapi: Core.Strapi, uid: string, documentId: string, locale?: string): Promise<Data> {
  const where: Record<string, unknown> = { documentId };
  if (locale) where.locale = locale;
  const hasDraftAndPublish = (strapi.contentType(uid as never) as { options?: { draftAndPublish?: boolean } })
    .options?.draftAndPublish;
  if (hasDraftAndPublish) where.publishedAt = null;
  return ((await strapi.db.query(uid as never).findOne({ where })) as Data | null) ?? {};
}

/** The non-localized attributes of any stored draft of the document (none when it has no version yet). */
async function sharedFields(strapi: Core.Strapi, uid: string, documentId: string): Promise<Data> {
  const other = await storedDraft(strapi, uid, documentId);
  const attributes = (strapi.contentType(uid as never) as { attributes: Record<string, { pluginOptions?: { i18n?: { localized?: boolean } } }> }).attributes;
  return Object.fromEntries(Object.entries(other).filter(([name]) => attributes[name]?.pluginOptions?.i18n?.localized === false));
}
