import type { Core } from '@strapi/strapi';

/** The field that names an item of each governed type, for queues, notices and e-mails. */
const TITLE_FIELDS: Record<string, string[]> = {
  'api::article.article': ['title'],
  'api::work-schedule.work-schedule': ['title', 'week'],
  'api::procedure.procedure': ['name'],
  'api::legal-document.legal-document': ['title', 'numberSymbol'],
  'api::disclosure.disclosure': ['title'],
  'api::question.question': ['title'],
};

export interface ItemRef {
  targetUid: string;
  targetDocumentId: string;
  locale: string | null;
}

/** Titles of many items in one query per type: `${uid}|${documentId}|${locale}` → title. */
export async function titlesOf(strapi: Core.Strapi, items: ItemRef[]): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  const byUid = new Map<string, ItemRef[]>();
  for (const item of items) byUid.set(item.targetUid, [...(byUid.get(item.targetUid) ?? []), item]);
  for (const [uid, refs] of byUid) {
    const fields = TITLE_FIELDS[uid] ?? [];
    const rows = (await strapi.db.query(uid as never).findMany({
      where: { documentId: { $in: refs.map((ref) => ref.targetDocumentId) }, publishedAt: null },
      select: ['documentId', 'locale', ...fields].filter((field) => field !== 'locale' || hasLocale(strapi, uid)),
    })) as Array<Record<string, string | null>>;
    for (const row of rows) {
      const title = fields.map((field) => row[field]).find(Boolean) ?? row.documentId ?? '';
      titles.set(`${uid}|${row.documentId}|${row.locale ?? ''}`, title as string);
    }
  }
  return titles;
}

export const titleKey = (item: ItemRef) => `${item.targetUid}|${item.targetDocumentId}|${item.locale ?? ''}`;

function hasLocale(strapi: Core.Strapi, uid: string): boolean {
  return Boolean((strapi.contentType(uid as never) as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n?.localized);
}
