import type { Core } from '@strapi/strapi';
import { SITE_UID } from './owned';

/** A ward's site as the rest of the code refers to it. */
export interface SiteRef {
  id: number;
  documentId: string;
  code: string;
  /** Host names that serve this site's public output, lower case, without port. */
  hosts: string[];
}

/** Host names from the `domains` field: one per line or comma-separated, scheme, port and path ignored. */
export function hostsOf(domains: string | null | undefined): string[] {
  return (domains ?? '')
    .split(/[\s,;]+/)
    .map((entry) => entry.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/:].*$/, ''))
    .filter(Boolean);
}

// Sites change rarely (the city's IT adds a ward); every instance rereads them at most this often, and at
// once on a change it made itself.
const TTL_MS = 30_000;

let cached: { at: number; sites: Promise<SiteRef[]> } | undefined;

async function load(strapi: Core.Strapi): Promise<SiteRef[]> {
  const rows = (await strapi.db.query(SITE_UID as never).findMany({
    select: ['id', 'documentId', 'code', 'domains', 'locale'],
    orderBy: { id: 'asc' },
  })) as Array<{ id: number; documentId: string; code: string | null; domains: string | null }>;
  // A localized site has one row per locale; the first (lowest id) row is the one relations point at.
  const byDocument = new Map<string, SiteRef>();
  for (const row of rows) {
    if (byDocument.has(row.documentId)) continue;
    byDocument.set(row.documentId, { id: row.id, documentId: row.documentId, code: row.code ?? '', hosts: hostsOf(row.domains) });
  }
  return [...byDocument.values()];
}

/** Every site, in the order they were created: the first is the home site of a single-ward installation. */
export function allSites(strapi: Core.Strapi): Promise<SiteRef[]> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const sites = load(strapi);
    cached = { at: Date.now(), sites };
    sites.catch(() => { cached = undefined; });
  }
  return cached.sites;
}

export function forgetSites(): void {
  cached = undefined;
}

export async function siteByCode(strapi: Core.Strapi, code: string): Promise<SiteRef | undefined> {
  return (await allSites(strapi)).find((site) => site.code === code);
}

export async function siteByHost(strapi: Core.Strapi, host: string): Promise<SiteRef | undefined> {
  const name = hostsOf(host)[0];
  return name ? (await allSites(strapi)).find((site) => site.hosts.includes(name)) : undefined;
}

export async function siteById(strapi: Core.Strapi, id: number): Promise<SiteRef | undefined> {
  return (await allSites(strapi)).find((site) => site.id === id);
}

/** The site a write that names none belongs to when nothing else tells: the first one. */
export async function homeSite(strapi: Core.Strapi): Promise<SiteRef | undefined> {
  return (await allSites(strapi))[0];
}
