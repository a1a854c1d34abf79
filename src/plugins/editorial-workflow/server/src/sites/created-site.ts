import type { Core } from '@strapi/strapi';
import { isSiteOwned } from './owned';

/**
 * The Content Manager answers a create with the new item populated "with relation counts" (site → {count}),
 * then strips from it what the user may not read, testing the read conditions on that answer: "same site
 * as me" needs the site's id, so a create of a ward's type loads it (its read, update and list already
 * populate what their conditions name).
 */
export function populateSiteOnCreate(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'create' || !isSiteOwned(strapi, context.uid)) return next();
    const params = context.params as { populate?: unknown };
    const populate = params.populate as Record<string, unknown> | undefined;
    const site = populate && typeof populate === 'object' && !Array.isArray(populate) ? populate.site : undefined;
    if (site && typeof site === 'object' && 'count' in site) params.populate = { ...populate, site: { fields: ['documentId'] } };
    return next();
  });
}
