import type { Core } from '@strapi/strapi';
import { forgetSites } from '../sites/directory';
import { SITE_UID } from '../sites/owned';
import { PLACEHOLDER_CODE } from '../sites/first-site';
import { SITE_SETTINGS } from './data/site';

type Data = Record<string, unknown>;

/**
 * The demo ward's site, found by its code. On a new database the first site is the placeholder made at
 * start (code 00000): the demo ward takes it over, so it is site 1; anywhere else it is added.
 */
export async function ensureDemoSite(strapi: Core.Strapi, report: { created: number; existing: number }): Promise<string> {
  const docs = strapi.documents(SITE_UID as never) as unknown as {
    findFirst(params: Data): Promise<{ documentId: string } | null>;
    create(params: Data): Promise<{ documentId: string }>;
    update(params: Data): Promise<{ documentId: string }>;
  };
  const existing = await docs.findFirst({ filters: { code: SITE_SETTINGS.code } });
  if (existing) {
    report.existing += 1;
    return existing.documentId;
  }
  const { code, domains, vi, en } = SITE_SETTINGS;
  const data = { code, domains, ...vi, translations: [{ locale: 'en', ...en }] };
  const placeholder = await docs.findFirst({ filters: { code: PLACEHOLDER_CODE }, sort: 'id:asc' });
  const site = placeholder ? await docs.update({ documentId: placeholder.documentId, data }) : await docs.create({ data });
  forgetSites();
  report.created += 1;
  return site.documentId;
}

/** Another demo ward's site, found by its code, or added. */
export async function ensureWardSite(strapi: Core.Strapi, data: Data & { code: string }, report: { created: number; existing: number }): Promise<string> {
  const docs = strapi.documents(SITE_UID as never) as unknown as {
    findFirst(params: Data): Promise<{ documentId: string } | null>;
    create(params: Data): Promise<{ documentId: string }>;
  };
  const existing = await docs.findFirst({ filters: { code: data.code } });
  if (existing) {
    report.existing += 1;
    return existing.documentId;
  }
  const site = await docs.create({ data });
  forgetSites();
  report.created += 1;
  return site.documentId;
}
