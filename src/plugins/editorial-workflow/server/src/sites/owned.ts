import type { Core } from '@strapi/strapi';

/**
 * The sites collection and "which site an item belongs to", read off the schemas as the app does
 * (src/sites/owned.ts: a type is a ward's when it has a `site` relation to the sites collection). The
 * plugin compiles on its own (rootDir server/src), so it repeats that one-line rule instead of importing it.
 */
export const SITE_UID = 'api::site.site';

interface Attribute { type?: string; target?: string }

export function isSiteOwned(strapi: Core.Strapi, uid: string): boolean {
  const attribute = (strapi.contentTypes[uid as never] as { attributes?: Record<string, Attribute> } | undefined)?.attributes?.site;
  return attribute?.type === 'relation' && attribute.target === SITE_UID;
}

/** The id of the site row an item's rows point at, or null (not a ward's type, no such item, no site yet). */
export async function siteOfItem(strapi: Core.Strapi, uid: string, documentId: string): Promise<number | null> {
  if (!isSiteOwned(strapi, uid)) return null;
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { documentId },
    select: ['id'],
    populate: { site: { select: ['id'] } },
  })) as Array<{ site?: { id: number } | null }>;
  return rows.find((row) => row.site)?.site?.id ?? null;
}

/** The site of each of many items (key `uid|documentId`; null for types without a site), one query per type. */
export async function sitesOfItems(strapi: Core.Strapi, items: Array<{ uid: string; documentId: string }>): Promise<Map<string, number | null>> {
  const found = new Map<string, number | null>();
  const byUid = new Map<string, Set<string>>();
  for (const item of items) {
    found.set(`${item.uid}|${item.documentId}`, null);
    if (isSiteOwned(strapi, item.uid)) byUid.set(item.uid, (byUid.get(item.uid) ?? new Set()).add(item.documentId));
  }
  for (const [uid, ids] of byUid) {
    const all = [...ids];
    for (let start = 0; start < all.length; start += 500) {
      const rows = (await strapi.db.query(uid as never).findMany({
        where: { documentId: { $in: all.slice(start, start + 500) } },
        select: ['documentId'],
        populate: { site: { select: ['id'] } },
      })) as Array<{ documentId: string; site?: { id: number } | null }>;
      for (const row of rows) if (row.site) found.set(`${uid}|${row.documentId}`, row.site.id);
    }
  }
  return found;
}

/** Log-like rows about items of the given sites, and those about items of types without a site. */
export async function rowsOfSites<T extends { targetUid: string; targetDocumentId: string }>(strapi: Core.Strapi, rows: T[], sites: number[]): Promise<T[]> {
  const siteOf = await sitesOfItems(strapi, rows.map((row) => ({ uid: row.targetUid, documentId: row.targetDocumentId })));
  const wanted = new Set(sites);
  return rows.filter((row) => {
    if (!isSiteOwned(strapi, row.targetUid)) return true;
    const site = siteOf.get(`${row.targetUid}|${row.targetDocumentId}`);
    return site !== null && site !== undefined && wanted.has(site);
  });
}
