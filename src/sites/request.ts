import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { allSites, siteByCode, siteByHost, type SiteRef } from './directory';

/** What the public API reads of a request to tell its site. */
export interface SiteRequest {
  query?: Record<string, unknown>;
  /** Koa's host name: X-Forwarded-Host only behind a trusted proxy (TRUST_PROXY). */
  hostname?: string;
}

/**
 * The site a public request is for: the `site` parameter (a ward's code) when given, else the site whose
 * domains include the request's host, else the only site of a single-ward installation. Where several
 * sites exist and the host tells none, the parameter is required: a guess would show one ward's content
 * under another's name.
 */
export async function siteOfRequest(strapi: Core.Strapi, request: SiteRequest): Promise<SiteRef> {
  const asked = request.query?.site;
  if (asked !== undefined) {
    if (typeof asked !== 'string' || !/^[0-9]{5}$/.test(asked)) {
      throw new errors.ValidationError('Tham số site phải là mã đơn vị hành chính của phường, xã (5 chữ số), ví dụ site=09556.', { param: 'site' });
    }
    const site = await siteByCode(strapi, asked);
    if (!site) throw new errors.NotFoundError(`Không có trang của phường, xã mã ${asked} trên hệ thống này.`);
    return site;
  }
  const byHost = await siteByHost(strapi, request.hostname ?? '');
  if (byHost) return byHost;
  const sites = await allSites(strapi);
  if (sites.length === 1) return sites[0];
  if (sites.length === 0) throw new errors.NotFoundError('Hệ thống chưa có trang phường, xã nào.');
  throw new errors.ValidationError(
    `Tên miền này không gắn với phường, xã nào: hãy thêm tham số site=<mã đơn vị hành chính> (${sites.map((site) => site.code).join(', ')}).`,
    { param: 'site' },
  );
}
