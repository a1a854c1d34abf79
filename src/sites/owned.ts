import type { Core } from '@strapi/strapi';

export const SITE_UID = 'api::site.site';

interface RelationAttribute { type?: string; target?: string }

/**
 * The content types that belong to one ward: those with a `site` relation to the sites collection. Read off
 * the schemas, so a type gains its site (and everything scoped by it) by gaining the attribute.
 */
export function siteOwnedUids(strapi: Core.Strapi): string[] {
  return Object.entries(strapi.contentTypes as unknown as Record<string, { attributes: Record<string, RelationAttribute> }>)
    .filter(([, contentType]) => contentType.attributes.site?.type === 'relation' && contentType.attributes.site.target === SITE_UID)
    .map(([uid]) => uid);
}

export function isSiteOwned(strapi: Core.Strapi, uid: string): boolean {
  const attribute = (strapi.contentTypes[uid as never] as { attributes?: Record<string, RelationAttribute> } | undefined)?.attributes?.site;
  return attribute?.type === 'relation' && attribute.target === SITE_UID;
}

/** The table linking a site-owned type's rows to their site: Strapi keeps every relation in one. */
export interface SiteLink { table: string; item: string; site: string }

export function siteLinkOf(strapi: Core.Strapi, uid: string): SiteLink {
  const joinTable = (strapi.db.metadata.get(uid as never).attributes as unknown as Record<string, { joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }>).site?.joinTable;
  if (!joinTable) throw new Error(`sites: ${uid} has no site link table.`);
  return { table: joinTable.name, item: joinTable.joinColumn.name, site: joinTable.inverseJoinColumn.name };
}

/**
 * "Belongs to these sites" as a filter on the item's own id: `id IN (SELECT … FROM <type>_site_lnk WHERE
 * site_id IN …)`. Strapi compiles `site: { id }` to two LEFT JOINs and a DISTINCT over every column; the
 * subquery reads one ward's rows off the link table's (site, item) index (bootstrap/read-indexes.ts), so a
 * ward's reads cost what they cost with one ward in the database (bench:sites).
 */
export function siteFilter(strapi: Core.Strapi, uid: string, siteIds: number | number[]): Record<string, unknown> {
  const link = siteLinkOf(strapi, uid);
  const subquery = strapi.db.getConnection(link.table).select(link.item).whereIn(link.site, Array.isArray(siteIds) ? siteIds : [siteIds]);
  return { id: { $in: subquery } };
}
