import type { Core } from '@strapi/strapi';
import { homeSite, type SiteRef } from '../../sites/directory';

/** What every server-rendered page shows around its content: the ward, as the site's settings say. */
export interface PageSite {
  /** The public static site's address, without a trailing slash. */
  url: string;
  wardName: string;
  siteTitle: string;
  address: string;
  phone: string;
  email: string;
  personResponsible: string;
  personResponsibleTitle: string;
  /** The CMS's own upload, or the site's default emblem. */
  emblemUrl: string;
}

export const siteUrl = (strapi: Core.Strapi): string => strapi.config.get('public-site.url', 'http://localhost:8080') as string;

export async function pageSite(strapi: Core.Strapi, site?: SiteRef): Promise<PageSite> {
  const url = siteUrl(strapi);
  const documentId = (site ?? (await homeSite(strapi)))?.documentId;
  const settings = (documentId ? await strapi.documents('api::site.site' as never).findOne({ documentId, populate: ['emblem'] } as never) : null) as
    | (Partial<Omit<PageSite, 'url' | 'emblemUrl'>> & { emblem?: { url?: string } | null })
    | null;
  return {
    url,
    wardName: settings?.wardName ?? '',
    siteTitle: settings?.siteTitle ?? '',
    address: settings?.address ?? '',
    phone: settings?.phone ?? '',
    email: settings?.email ?? '',
    personResponsible: settings?.personResponsible ?? '',
    personResponsibleTitle: settings?.personResponsibleTitle || 'Chịu trách nhiệm nội dung',
    emblemUrl: settings?.emblem?.url ?? `${url}/assets/emblem.svg`,
  };
}
