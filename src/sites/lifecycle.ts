import type { Core, Modules } from '@strapi/strapi';
import { ConflictError } from '../lib/conflict-error';
import { allSites, forgetSites } from './directory';
import { SITE_UID, siteOwnedUids } from './owned';

interface Ctx {
  uid: string;
  action: string;
  params: { documentId?: string };
}

const displayName = (strapi: Core.Strapi, uid: string) =>
  (strapi.contentTypes[uid as never] as { info?: { displayName?: string } } | undefined)?.info?.displayName ?? uid;

/** How many rows of each ward's type belong to the site, for the ones that have any. */
async function holdings(strapi: Core.Strapi, siteDocumentId: string): Promise<Array<{ uid: string; count: number }>> {
  const counts = await Promise.all(siteOwnedUids(strapi).map(async (uid) => ({
    uid,
    count: await strapi.db.query(uid as never).count({ where: { site: { documentId: siteDocumentId } } }),
  })));
  return counts.filter((entry) => entry.count > 0);
}

/**
 * A site is deleted only empty, and never the last one: its content would otherwise lose its site (and be
 * given the first site at the next start, another ward's), and an installation without a site serves nothing.
 * Every change to a site is seen at once by this instance's directory.
 */
export function registerSiteLifecycle(strapi: Core.Strapi): void {
  const middleware = async (ctx: Ctx, next: () => Promise<unknown>) => {
    if (ctx.uid !== SITE_UID) return next();
    if (ctx.action === 'delete' && ctx.params.documentId) {
      if ((await allSites(strapi)).length <= 1) {
        throw new ConflictError('Không xoá được trang phường, xã duy nhất của hệ thống: hãy sửa thông tin của trang này thay vì xoá.');
      }
      const held = await holdings(strapi, ctx.params.documentId);
      if (held.length > 0) {
        const list = held.map(({ uid, count }) => `${count} ${displayName(strapi, uid).toLowerCase()}`).join(', ');
        throw new ConflictError(`Không xoá được phường, xã này: trang còn ${list}. Hãy xoá các mục đó trước.`);
      }
    }
    try {
      return await next();
    } finally {
      forgetSites();
    }
  };
  strapi.documents.use(middleware as unknown as Modules.Documents.Middleware.Middleware);
}
