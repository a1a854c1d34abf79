import type { Core } from '@strapi/strapi';

/** The field that names an item of each governed type, for queues, notices and e-mails. */
const TITLE_FIELDS: Record<string, string[]> = {
  'api::article.article': ['title'],
  'api::work-schedule.work-schedule': ['title', 'week'],
  'api::procedure.procedure': ['name'],
  'api::legal-document.legal-document': ['title', 'numberSymbol'],
  'api::disclosure.disclosure': ['title'],
  'api::page.page': ['title'],
  'api::official.official': ['fullName', 'position'],
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
    // Log rows about the workflow itself (a deputy named) have no item behind them.
    const fields = TITLE_FIELDS[uid];
    if (!fields) continue;
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

/**
 * Governed items whose title (any of its naming fields, any locale, draft or published) contains `text`
 * whatever its case: what "search by title" means in the log. Compared here rather than with $containsi,
 * whose LIKE on SQLite folds only ASCII letters ("VỆ" would not find "vệ").
 */
export async function itemsTitled(strapi: Core.Strapi, uids: string[], text: string): Promise<Array<{ uid: string; documentIds: string[] }>> {
  const fold = (value: string) => value.normalize('NFC').toLocaleLowerCase('vi');
  const wanted = fold(text);
  const found: Array<{ uid: string; documentIds: string[] }> = [];
  for (const uid of uids) {
    const fields = TITLE_FIELDS[uid] ?? [];
    if (fields.length === 0) continue;
    const rows = (await strapi.db.query(uid as never).findMany({ select: ['documentId', ...fields] })) as Array<Record<string, string | null>>;
    const documentIds = new Set(
      rows.filter((row) => fields.some((field) => row[field] && fold(row[field]!).includes(wanted))).map((row) => row.documentId!),
    );
    if (documentIds.size > 0) found.push({ uid, documentIds: [...documentIds] });
  }
  return found;
}

export const titleKey = (item: ItemRef) => `${item.targetUid}|${item.targetDocumentId}|${item.locale ?? ''}`;

function hasLocale(strapi: Core.Strapi, uid: string): boolean {
  return Boolean((strapi.contentType(uid as never) as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n?.localized);
}
