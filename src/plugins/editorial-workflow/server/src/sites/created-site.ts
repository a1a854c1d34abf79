import type { Core } from '@strapi/strapi';
import { requestUser } from '../gate/request-user';
import { isSiteOwned } from './owned';

/**
 * The Content Manager answers a create, or an update that adds a language version, with the item populated
 * "with relation counts" (site → {count}) or only with what the request's query names, then strips from it
 * what the user may not read, testing the read conditions on that answer: "same site as me" needs the
 * site's id, so an admin's write of a ward's type loads it.
 */
export function populateSiteOnWrite(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if ((context.action !== 'create' && context.action !== 'update') || !isSiteOwned(strapi, context.uid) || !requestUser(strapi)) return next();
    const params = context.params as { populate?: unknown };
    const populate = params.populate;
    if (populate && typeof populate === 'object' && !Array.isArray(populate)) {
      params.populate = { ...(populate as Record<string, unknown>), site: { fields: ['documentId'] } };
    }
    return next();
  });
}
