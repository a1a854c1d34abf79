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
